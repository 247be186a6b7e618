package org.bomoco.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bomoco.algorithms.Plugins;

/**
 * The optional top-level key {@code plugins} of an experiment file: one path or a list of paths, each a directory
 * of plug-in jars or one {@code .jar} ({@link Plugins}), relative to the experiment file's folder. Kept out of
 * {@link ExperimentSpec} and its {@link SpecHash} (like {@link EngineSpec}): the algorithm ids the plug-ins provide
 * are in the spec, and the jars with their SHA-256 go into {@code environment.json}.
 */
public final class PluginSpec {
    /** The key. */
    public static final String KEY = "plugins";

    private PluginSpec() {
    }

    /**
     * The plug-in path of {@code yaml} (empty without the key); each entry must exist.
     *
     * @throws org.bomoco.model.InputException (file, line, {@code plugins}) for a value that is not a path or a
     *     list of paths, or a path that does not exist
     */
    public static List<Plugins.Entry> read(Path yaml) {
        return read(SpecYaml.read(yaml));
    }

    /**
     * The plug-in path of an experiment file already parsed ({@link SpecYaml#read}), relative to the folder of
     * its {@link SpecNode#file()}; as {@link #read(Path)}.
     */
    public static List<Plugins.Entry> read(SpecNode root) {
        if (!root.isMap() || !root.anyMapping("").containsKey(KEY)) {
            return List.of();
        }
        SpecNode node = root.anyMapping("").get(KEY);
        List<SpecNode> items = node.isList() ? node.list("[plugins/]") : List.of(node);
        Path base = Path.of(root.file()).toAbsolutePath().getParent();
        List<Plugins.Entry> out = new ArrayList<>();
        for (SpecNode item : items) {
            if (item.isMap() || item.isList()) {
                throw item.error("expected a directory path; write e.g. 'plugins: plugins/' or a list of paths");
            }
            Path p = base.resolve(item.text()).normalize();
            if (!Files.exists(p)) {
                throw item.error("plug-in directory " + p + " does not exist (paths are relative to the experiment "
                        + "file's folder); create it and put the plug-in jars in it, or correct the path");
            }
            out.add(new Plugins.Entry(p, item.file(), item.line()));
        }
        return out;
    }

    /** The absolute paths of {@code entries}, as {@link SpecWriter} stores them in the resolved spec. */
    static List<String> absolute(List<Plugins.Entry> entries) {
        return entries.stream().map(e -> e.path().toAbsolutePath().normalize().toString()).toList();
    }
}
