package org.bomoco.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bomoco.data.FileBundle;
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
        return FileBundle.read(dir, recursive).files();
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

    /** A local directory holding exactly {@code files} ({@link FileBundle#local}). */
    static Path local(Map<String, byte[]> files) {
        return new FileBundle(files).local();
    }
}
