package org.bomoco.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bomoco.model.InputException;

/**
 * The one mapping from a failure to what the user reads: an {@link InputException} or a missing file the user named
 * is a user error (exit 2); any other I/O failure is exit 1, said in words (which file could not be written or read
 * and why: read-only file system, not a directory, no space left), without Java class names or temp-file names.
 */
final class Failures {
    /** Temp files of the atomic writers: {@code .<name><random digits>.tmp} beside the target. */
    private static final Pattern TEMP = Pattern.compile("^\\.(.+?)\\d+\\.tmp$");
    /** {@link FileNotFoundException} messages: {@code path (reason)}. */
    private static final Pattern NOT_FOUND = Pattern.compile("^(.*) \\((.*)\\)$");
    private static final int MAX_DEPTH = 8;
    private static final String WRITE = "could not write ";

    private Failures() {
    }

    /** The user error or I/O failure inside {@code ex} (through wrappers), or {@code null} for a bug. */
    static Exception cause(Throwable ex) {
        Throwable t = ex;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof InputException || t instanceof IOException) {
                return (Exception) t;
            }
            if (!(t instanceof UncheckedIOException || t instanceof ExecutionException
                    || t instanceof CompletionException || t.getClass() == RuntimeException.class
                    || t.getClass() == IllegalStateException.class)) {
                return null;
            }
        }
        return null;
    }

    /** Whether an {@link OutOfMemoryError} is in {@code ex}'s cause chain (a worker thread's arrives wrapped). */
    static boolean outOfMemory(Throwable ex) {
        Throwable t = ex;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The line for an {@link OutOfMemoryError}, without the {@code bomoco:} prefix: the heap it had and the fix. */
    static String outOfMemoryLine(long maxHeapBytes) {
        return "out of memory: the Java heap of " + Math.max(1, maxHeapBytes >> 20) + " MB is too small for this "
                + "command; give it more with BOMOCO_JAVA_OPTS=-Xmx<size> (for example -Xmx4g; docs/cluster.md "
                + "lists the heap a run needs per instance size)";
    }

    /** Whether {@code ex} is the user's fault: bad input, or an input file that does not exist. */
    static boolean isUserError(Exception ex) {
        return ex instanceof InputException
                || ex instanceof NoSuchFileException n && n.getFile() != null && !isTemp(n.getFile())
                || ex instanceof FileNotFoundException && ex.getMessage() != null
                        && ex.getMessage().endsWith("(No such file or directory)");
    }

    /** One line for the user, without the {@code bomoco:} prefix. */
    static String describe(Exception ex) {
        if (ex instanceof InputException) {
            return ex.getMessage();
        }
        if (ex instanceof FileNotFoundException f && f.getMessage() != null) {
            Matcher m = NOT_FOUND.matcher(f.getMessage());
            return m.matches() ? file(m.group(1)) + ": " + words(m.group(2).replace(" or directory", ""))
                    : f.getMessage();
        }
        if (ex instanceof FileSystemException fs && fs.getFile() != null) {
            String why = reason(fs);
            String file = file(fs.getFile());
            boolean writing = why.startsWith("read-only") || why.startsWith("no space");
            return (writing && !file.startsWith(WRITE) ? WRITE + file : file) + ": " + why;
        }
        String msg = ex.getMessage();
        return "I/O error: " + (msg == null || msg.isBlank() ? "the operation failed" : words(msg));
    }

    private static String reason(FileSystemException fs) {
        if (fs instanceof NoSuchFileException) {
            return isTemp(fs.getFile()) ? "cannot create a file in that directory" : "no such file";
        }
        if (fs instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (fs instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (fs instanceof FileAlreadyExistsException) {
            Path p = Path.of(fs.getFile());
            return Files.exists(p) && !Files.isDirectory(p) ? "not a directory" : "already exists";
        }
        if (fs instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        String why = fs.getReason();
        return why == null || why.isBlank() ? "the operation failed" : words(why);
    }

    /** The file as the user knows it: a temp file of an atomic write becomes "could not write TARGET". */
    static String file(String path) {
        Path p = Path.of(path);
        Matcher m = p.getFileName() == null ? null : TEMP.matcher(p.getFileName().toString());
        if (m != null && m.matches()) {
            return WRITE + (p.getParent() == null ? Path.of(m.group(1)) : p.getParent().resolve(m.group(1)));
        }
        return path;
    }

    private static boolean isTemp(String path) {
        Path name = Path.of(path).getFileName();
        return name != null && TEMP.matcher(name.toString()).matches();
    }

    private static String words(String reason) {
        String r = reason.strip();
        return r.isEmpty() ? r : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
}
