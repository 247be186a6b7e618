package org.bomoco.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.bomoco.experiment.RunTask;

/**
 * The files the executors need, read on the driver and broadcast once: the directory of every {@code path} instance
 * and, when some instance is generated, the catalogue's top-level files. Executors write each directory to their local
 * temporary folder ({@link #local}), so no shared file system is needed and every run reads the same bytes as on the
 * driver.
 *
 * @param instances per {@code path} instance name, its files (relative path → bytes)
 * @param catalogue the catalogue's top-level files (empty when no instance is generated)
 */
record Shipment(Map<String, Map<String, byte[]>> instances, Map<String, byte[]> catalogue) implements Serializable {
    /** Local copies by content hash, per JVM. */
    private static final Map<String, Path> LOCAL = new ConcurrentHashMap<>();

    /** Reads the files {@code pending} needs, the catalogue from {@code catalogue}. */
    static Shipment of(List<RunTask> pending, Path catalogue) throws IOException {
        Map<String, Map<String, byte[]>> instances = new TreeMap<>();
        boolean generated = false;
        for (RunTask t : pending) {
            if (t.instance().path() != null && !instances.containsKey(t.instance().name())) {
                instances.put(t.instance().name(), files(t.instance().path(), true));
            }
            generated |= t.instance().generate() != null;
        }
        return new Shipment(instances, generated ? files(catalogue, false) : new TreeMap<>());
    }

    private static Map<String, byte[]> files(Path dir, boolean recursive) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new IOException("cannot read " + dir + " to ship it to the Spark executors (" + e + ")", e);
        }
        return out;
    }

    /** This JVM's copy of {@code instance}'s directory ({@code null} for an instance that is not a path). */
    Path instanceDirectory(String instance) {
        Map<String, byte[]> files = instances.get(instance);
        return files == null ? null : local(files);
    }

    /** This JVM's copy of the catalogue. */
    Path catalogueDirectory() {
        return local(catalogue);
    }

    /**
     * A local directory holding exactly {@code files}: {@code <tmp>/bomoco-spark/<sha-256 of the files>}, written
     * once per machine (a directory being written is renamed into place, so concurrent executors never see half).
     */
    static Path local(Map<String, byte[]> files) {
        String hash = hash(files);
        return LOCAL.computeIfAbsent(hash, h -> {
            try {
                return write(files, Path.of(System.getProperty("java.io.tmpdir"), "bomoco-spark", h));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the shipped files to the executor's temp folder", e);
            }
        });
    }

    private static Path write(Map<String, byte[]> files, Path target) throws IOException {
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

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                sha.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(f.getValue().length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
