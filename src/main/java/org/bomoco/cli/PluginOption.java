package org.bomoco.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Plugins;
import org.bomoco.experiment.PluginSpec;
import org.bomoco.experiment.SpecNode;

import picocli.CommandLine.Option;

/**
 * The {@code --plugins DIR} option of the commands that resolve algorithm ids ({@code solve}, {@code run},
 * {@code validate}): directories of plug-in jars (or single jars) added to the registry after the
 * {@value Plugins#ENVIRONMENT} path and before an experiment file's {@code plugins:} key.
 */
final class PluginOption {
    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of plug-in jars (or one .jar) providing further algorithms through "
                    + "org.bomoco.algorithms.OptimizerProvider; repeatable. Also: the BOMOCO_PLUGINS variable "
                    + "(a path list) and an experiment's 'plugins:' key.")
    List<Path> directories = new ArrayList<>();

    /** The entries of the option, in order. */
    List<Plugins.Entry> entries() {
        return directories.stream().map(d -> new Plugins.Entry(d, "--plugins", 0)).toList();
    }

    /** The registry with the built-ins, {@value Plugins#ENVIRONMENT} and this option's plug-ins. */
    AlgorithmRegistry registry() {
        return AlgorithmRegistry.withPlugins(entries());
    }

    /** As {@link #registry()}, plus the plug-ins of the (parsed) experiment file's {@code plugins:} key. */
    AlgorithmRegistry registry(SpecNode experiment) {
        return AlgorithmRegistry.withPlugins(all(experiment));
    }

    /** This option's entries, then those of the (parsed) {@code experiment}'s {@code plugins:} key. */
    List<Plugins.Entry> all(SpecNode experiment) {
        List<Plugins.Entry> all = new ArrayList<>(entries());
        all.addAll(PluginSpec.read(experiment));
        return all;
    }
}
