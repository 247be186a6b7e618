package org.bomoco.data;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files of a directory as bytes, to carry to a machine without the directory (a Spark executor): read on the
 * driver ({@link #read}), written once per machine into the temporary folder ({@link #local}), so the other side
 * reads exactly the bytes the driver read and no shared file system is needed.
 *
 * @param files relative path ({@code /}-separated) → bytes, in path order
 */
public record FileBundle(Map<String, byte[]> files) implements Serializable {
    /** Local copies by content hash, per JVM. */
    private static final Map<String, Path> LOCAL = new ConcurrentHashMap<>();

    public FileBundle {
        files = new TreeMap<>(files);
    }

    /**
     * Reads the regular files of {@code dir}: all of them with {@code recursive}, else the top-level ones.
     *
     * @throws IOException naming the directory when it cannot be read
     */
    public static FileBundle read(Path dir, boolean recursive) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new IOException("cannot read " + dir + " to ship it to the Spark executors (" + e + ")", e);
        }
        return new FileBundle(out);
    }

    /**
     * A local directory holding exactly these files: {@code <tmp>/bomoco-spark/<hash>}, written once per machine (a
     * directory being written is renamed into place, so concurrent executors never see half of it).
     *
     * @throws UncheckedIOException when the temporary folder cannot be written
     */
    public Path local() {
        return LOCAL.computeIfAbsent(hash(), h -> {
            try {
                return write(Path.of(System.getProperty("java.io.tmpdir"), "bomoco-spark", h));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the shipped files to the executor's temp folder", e);
            }
        });
    }

    private Path write(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempDirectory(target.getParent(), ".part-");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = temp.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
        return target;
    }

    /** The first 32 hex digits of SHA-256 over every (path, length, bytes), in path order: the content's name. */
    public String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(f.getValue().length).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Whether there are no files. */
    public boolean isEmpty() {
        return files.isEmpty();
    }
}
