package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Plugins;
import org.bomoco.data.DirectoryLock;
import org.bomoco.study.CellEngine;
import org.bomoco.study.ExperimentStudy;
import org.bomoco.study.Studies;
import org.bomoco.study.Study;
import org.bomoco.study.StudyContext;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.RunEngine;
import org.bomoco.experiment.SpecNode;
import org.bomoco.experiment.SpecReader;
import org.bomoco.experiment.SpecYaml;
import org.bomoco.spark.SparkRuns;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bomoco run}: runs an experiment (resuming an interrupted one), then scores it. The output directory is
 * locked for the whole command ({@link DirectoryLock}): a second run into it is refused with one line, exit 1.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an experiment: every algorithm on every instance, replicates times; each finished run is "
                + "stored at once, so an interrupted experiment resumes where it stopped. Then builds the reference "
                + "sets and indicators.csv.")
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Experiment YAML (see experiments/README.md).")
    Path file;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, 0 to 1,024; 0 = available processors, as the file's 'threads: 0' "
                    + "(default: the file's 'threads:').")
    Integer threads;

    @Option(names = "--force", description = "Delete results of a different configuration in the output directory.")
    boolean force;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "local (default: a thread pool here) or spark (each run, or each cell of a study, a Spark "
                    + "task; docs/cluster.md).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], local[N,MAX_FAILURES], spark://HOST:7077, yarn, "
                    + "k8s://https://HOST:PORT (implies --engine spark).")
    String master;

    @Mixin
    CatalogueOption catalogue;

    @Mixin
    PluginOption plugins;

    /** One pipeline for every kind: read the {@link Study}, lock its output directory, run it. */
    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path cat = catalogue.path();
        SpecNode root = SpecYaml.read(file);
        boolean experiment = Studies.kind(root).equals(Studies.EXPERIMENT);
        Study study = experiment ? experiment(root, cat) : Studies.read(root);
        CellEngine cells = experiment ? null : cells(study);
        Path report;
        DirectoryLock lock = DirectoryLock.acquire(study.output());
        try {
            report = study.run(new StudyContext(out, threads == null ? OptionalInt.empty() : OptionalInt.of(threads),
                    force, cat, cells));
        } finally {
            lock.close();
        }
        out.println("results in " + study.output() + ": " + study.contents());
        out.println("report: " + report);
        out.flush();
        return 0;
    }

    /** The plain experiment of {@link #file} (parsed once: {@code root}), with {@code --threads} and its engine. */
    private Study experiment(SpecNode root, Path cat) throws IOException {
        List<Plugins.Entry> pluginPath = plugins.all(root);
        AlgorithmRegistry registry = AlgorithmRegistry.withPlugins(pluginPath);
        ExperimentSpec e = withThreads(SpecReader.read(root, registry, cat));
        return new ExperimentStudy(e, engine(EngineSpec.read(root).with(engine, master), e, cat, registry), registry,
                pluginPath);
    }

    /** The Spark engine of a study's cells when the file or the options ask for it, else {@code null} (local). */
    private CellEngine cells(Study study) throws IOException {
        EngineSpec where = study.engine().with(engine, master);
        if (!EngineSpec.SPARK.equals(where.engine())) {
            return null;
        }
        String source = master != null ? "--master" : file.toString();
        return SparkRuns.cells(where.master(), source, "bomoco " + study.name());
    }

    /**
     * The Spark engine when {@code where} asks for it, else {@code null} (the runner's local engine); the plug-in
     * jars of {@code registry} go to the executors.
     */
    private RunEngine engine(EngineSpec where, ExperimentSpec e, Path cat, AlgorithmRegistry registry)
            throws IOException {
        if (!EngineSpec.SPARK.equals(where.engine())) {
            return null;
        }
        String source = master != null ? "--master" : file.toString();
        return SparkRuns.engine(where.master(), source, "bomoco " + e.name(), cat,
                registry.plugins().stream().map(j -> Path.of(j.file())).toList());
    }

    private ExperimentSpec withThreads(ExperimentSpec e) {
        if (threads == null) {
            return e;
        }
        return new ExperimentSpec(e.name(), e.seed(), e.replicates(), e.output(), threads, e.instances(),
                e.algorithms(), e.budget(), e.checkpoints(), e.indicators(), e.reference(), e.control());
    }
}
