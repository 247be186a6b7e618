package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.data.DirectoryLock;
import org.bomoco.evaluation.Studies;
import org.bomoco.evaluation.Study;
import org.bomoco.evaluation.StudyContext;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.Environment;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.ExperimentExecutor;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.ProgressReporter;
import org.bomoco.experiment.RunEngine;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.experiment.Scoring;
import org.bomoco.report.Reports;
import org.bomoco.experiment.SpecReader;
import org.bomoco.model.InputException;
import org.bomoco.spark.SparkRuns;

import picocli.CommandLine.Command;
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
            description = "Worker threads (default: the file's threads; 0 = available processors).")
    Integer threads;

    @Option(names = "--force", description = "Delete results of a different configuration in the output directory.")
    boolean force;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "local (default: a thread pool here) or spark (each run a Spark task; docs/cluster.md).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N], local[N,MAX_FAILURES], spark://HOST:7077, yarn, "
                    + "k8s://https://HOST:PORT (implies --engine spark).")
    String master;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "Catalogue for generated instances (default: the bundled datasets/).")
    Path catalogue;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Studies.kind(file).equals(Studies.EXPERIMENT)) {
            return runStudy(out);
        }
        ExperimentSpec e = withThreads(SpecReader.read(file));
        Path cat = catalogue == null ? Paths.catalogue() : catalogue;
        RunEngine runEngine = engine(EngineSpec.read(file).with(engine, master), e, cat);
        DirectoryLock lock = DirectoryLock.acquire(e.output());
        try {
            return runExperiment(out, e, cat, runEngine);
        } finally {
            lock.close();
        }
    }

    /** The experiment's runs, scores and report, with its output directory locked. */
    private int runExperiment(PrintWriter out, ExperimentSpec e, Path cat, RunEngine runEngine) throws IOException {
        RunStore store = new RunStore(e.output());
        store.prepare(e, force).ifPresent(out::println);
        SpecReader.write(e, e.output().resolve("experiment.yaml"));
        int total = Runner.keys(e).size();
        int before = store.finished(Runner.keys(e)).size();
        int workers = Runner.threads(e);
        store.writeEnvironment(Environment.capture(workers, before));
        InstanceLoader loader = new InstanceLoader(cat);
        out.printf("experiment %s: %d runs (%d instances × %d algorithms × %d replicates) on %s%n",
                e.name(), total, e.instances().size(), e.algorithms().size(), e.replicates(),
                runEngine == null ? workers + " threads" : "Spark");
        out.flush();
        new Runner(new ExperimentExecutor(loader, AlgorithmRegistry.standard()), runEngine)
                .run(e, store, ProgressReporter.forConsole(out));
        Scoring.score(e.output(), e, loader, workers);
        Reports.Written report = Reports.write(e.output(), e.control(), cat);
        out.println("results in " + e.output() + ": runs/, reference/, indicators.csv, tables/, figures/");
        out.println("report: " + report.html());
        report.messages().forEach(out::println);
        out.flush();
        return 0;
    }

    /** The Spark engine when {@code where} asks for it, else {@code null} (the runner's local engine). */
    private RunEngine engine(EngineSpec where, ExperimentSpec e, Path cat) throws IOException {
        if (!EngineSpec.SPARK.equals(where.engine())) {
            return null;
        }
        String source = master != null ? "--master" : file.toString();
        return SparkRuns.engine(where.master(), source, "bomoco " + e.name(), cat);
    }

    private int runStudy(PrintWriter out) throws IOException {
        Study study = Studies.read(file);
        if (threads != null && threads < 0) {
            throw new InputException("--threads", 0, null, threads + " is negative; give 0 (all processors) or more");
        }
        Path report;
        DirectoryLock lock = DirectoryLock.acquire(study.output());
        try {
            report = study.run(new StudyContext(out, threads == null ? 0 : threads, force,
                    catalogue == null ? Paths.catalogue() : catalogue));
        } finally {
            lock.close();
        }
        out.println("results in " + study.output() + ": tables/, figures/, cells/");
        out.println("report: " + report);
        out.flush();
        return 0;
    }

    private ExperimentSpec withThreads(ExperimentSpec e) {
        if (threads == null) {
            return e;
        }
        if (threads < 0) {
            throw new InputException("--threads", 0, null, threads + " is negative; give 0 (all processors) or more");
        }
        return new ExperimentSpec(e.name(), e.seed(), e.replicates(), e.output(), threads, e.instances(),
                e.algorithms(), e.budget(), e.checkpoints(), e.indicators(), e.reference(), e.control());
    }
}
