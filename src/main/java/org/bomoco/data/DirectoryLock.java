package org.bomoco.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive use of a results directory by one run: an operating-system lock ({@link FileChannel#tryLock()}) on the
 * file {@value #FILE} inside it. The lock is released by {@link #close()}, and by the operating system when the
 * process ends in any way (also {@code kill -9} or a crash), so a lock file left behind never blocks a later run;
 * only a live holder does. The file stays and holds the holder's process id, which the refusal names.
 *
 * <p>A second run into the same directory (another process, or another thread of this JVM) is refused at once with a
 * {@link Busy} exception, never waits and never interleaves records. The CLI reports it as an I/O failure (exit 1):
 * the configuration is fine and the same command succeeds once the other run has finished.
 */
public final class DirectoryLock implements AutoCloseable {
    /** The lock file's name inside the results directory. */
    public static final String FILE = ".bomoco.lock";

    /**
     * Directories locked by this JVM. Checked before a channel is opened: on POSIX systems closing any channel of a
     * file drops every lock the process holds on it ({@link FileLock}'s platform notes), so a refused second attempt
     * from this JVM must not open (and close) the file at all.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Another live run holds the directory: {@link #getFile()} is the directory, the reason says who and what to do. */
    public static final class Busy extends FileSystemException {
        private static final long serialVersionUID = 1L;

        Busy(Path directory, String holder) {
            super(directory.toString(), null, "another bomoco run" + holder + " is using this output directory; "
                    + "wait for it to finish, or give this run another output directory");
        }
    }

    /**
     * Locks {@code directory} (created if missing) for this process.
     *
     * @throws Busy when another run (process or thread) holds it
     * @throws IOException when the directory or the lock file cannot be created
     */
    public static DirectoryLock acquire(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path key = directory.toRealPath();
        if (!HELD.add(key)) {
            throw new Busy(directory, " (process " + ProcessHandle.current().pid() + ")");
        }
        try {
            return lock(directory, key);
        } catch (IOException | RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static DirectoryLock lock(Path directory, Path key) throws IOException {
        FileChannel ch = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String holder = holder(ch);
            ch.close();
            throw new Busy(directory, holder);
        }
        try {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        } catch (IOException e) {
            ch.close(); // e.g. a full disk: the pid is only informative, but fail cleanly rather than half-locked
            throw e;
        }
        return new DirectoryLock(key, ch, lock);
    }

    /** " (process N)" from the lock file's content, or "" when it cannot be read. */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            String pid = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
            return pid.matches("\\d+") ? " (process " + pid + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Releases the lock (the file stays). */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(key);
            }
        }
    }
}
