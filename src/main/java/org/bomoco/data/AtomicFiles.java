package org.bomoco.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

/**
 * Atomic replacement of result files: the content goes to a temp file in the target's directory
 * ({@code .<name>.<random>.tmp}), is forced to disk, then moved over the target with {@code ATOMIC_MOVE}. A reader
 * (or a resumed run) sees either the old file, the complete new file, or no file; never a partial one.
 */
public final class AtomicFiles {
    /** Suffix of temp files; {@link #deleteStrayTemps} removes leftovers of killed processes. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /** Writes {@code text} (UTF-8) to {@code file} atomically, creating its directory. */
    public static void write(Path file, CharSequence text) throws IOException {
        write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code bytes} to {@code file} atomically (temp file, then rename), creating its directory. Not forced to
     * disk: for files that can be rebuilt (reference sets, indicator tables, fronts).
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, false);
    }

    /**
     * Writes {@code bytes} to {@code file} atomically and forces the temp file to disk before the rename, so that a
     * finished run survives a power loss as well as a killed process (run records).
     */
    public static void writeDurable(Path file, byte[] bytes) throws IOException {
        write(file, bytes, true);
    }

    private static void write(Path file, byte[] bytes, boolean force) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + file.getFileName(), TEMP_SUFFIX);
        try {
            fill(tmp, file, bytes, force);
            readableByAll(tmp);
            if (force) {
                FaultPoint.reach("record");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING); // a file system without atomic rename
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes {@code bytes} into the temp file {@code tmp} of {@code target}. A failure without a file name (a full
     * disk: {@code IOException: No space left on device}) becomes a {@link FileSystemException} naming the target,
     * so the user reads which output could not be written and why.
     */
    private static void fill(Path tmp, Path target, byte[] bytes, boolean force) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (force) {
                ch.force(true);
            }
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw (IOException) new FileSystemException(target.toString(), null,
                    e.getMessage() == null ? "the write failed" : e.getMessage()).initCause(e);
        }
    }

    /**
     * {@code rw-r--r--} where POSIX permissions exist: {@link Files#createTempFile} makes owner-only files, but
     * results (reports, tables, run records) are meant to be read by others, as a plain write with the usual
     * umask 022 would allow.
     */
    private static void readableByAll(Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): keep the default
        }
    }

    /** Deletes the temp files a killed writer left under {@code dir} (recursively); returns how many. */
    public static int deleteStrayTemps(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(AtomicFiles::isTemp).toList()) {
                Files.deleteIfExists(p);
                n++;
            }
        }
        return n;
    }

    private static boolean isTemp(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p);
    }

    /** Deletes {@code path} and everything below it, if it exists. */
    public static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
