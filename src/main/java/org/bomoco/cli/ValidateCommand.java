package org.bomoco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.study.Studies;
import org.bomoco.study.Study;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.SpecNode;
import org.bomoco.experiment.SpecReader;
import org.bomoco.experiment.SpecYaml;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bomoco validate FILE}: parses the YAML once ({@link SpecYaml#read}), reads the experiment with
 * {@link SpecReader#read(SpecNode, AlgorithmRegistry, Path)} (or the study) and prints a one-line
 * summary (exit 0), or the single error line (exit 2) naming the file, line and key path.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an experiment YAML (keys: experiments/README.md) without running it.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment YAML, e.g. experiments/quickstart.yaml.")
    Path file;

    @Mixin
    PluginOption plugins;

    @Mixin
    CatalogueOption catalogue;

    @Override
    public Integer call() {
        SpecNode root = SpecYaml.read(file);
        if (!Studies.kind(root).equals(Studies.EXPERIMENT)) {
            Study study = Studies.read(root);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: OK — %s study %s: %s, output %s%n", file, study.kind(), study.name(), study.summary(),
                    study.output());
            out.flush();
            return 0;
        }
        ExperimentSpec e = SpecReader.read(root, plugins.registry(root), catalogue.path());
        long runs = (long) e.instances().size() * e.algorithms().size() * e.replicates();
        PrintWriter out = spec.commandLine().getOut();
        long min = e.instances().stream().mapToLong(i -> i.budget(e.budget())).min().orElse(e.budget());
        long max = e.instances().stream().mapToLong(i -> i.budget(e.budget())).max().orElse(e.budget());
        String budget = min == max ? "budget " + min + " evaluations each"
                : "budgets " + min + "–" + max + " evaluations per run (set per instance)";
        out.printf("%s: OK — %d instances × %d algorithms × %d replicates = %d runs, %s, output %s%n", file,
                e.instances().size(), e.algorithms().size(), e.replicates(), runs, budget, e.output());
        out.flush();
        return 0;
    }
}
