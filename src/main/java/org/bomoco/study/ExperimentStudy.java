package org.bomoco.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Plugins;
import org.bomoco.experiment.Environment;
import org.bomoco.experiment.ExperimentExecutor;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.ProgressReporter;
import org.bomoco.experiment.RunEngine;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.experiment.Scoring;
import org.bomoco.experiment.SpecReader;
import org.bomoco.report.Reports;

/**
 * A plain experiment ({@code kind: experiment}, or no kind) as a {@link Study}, so that {@code ./bomoco run} has one
 * pipeline for every kind. {@link #run}: prepares the {@link RunStore} (refusing results of another configuration
 * unless {@code --force}), writes {@code experiment.yaml} and {@code environment.json}, runs the missing runs on the
 * engine ({@link Runner}), builds the reference sets and {@code indicators.csv} ({@link Scoring}) and writes the
 * tables, figures and report ({@link Reports}).
 */
public final class ExperimentStudy implements Study {
    private final ExperimentSpec spec;
    private final RunEngine engine;
    private final AlgorithmRegistry registry;
    private final List<Plugins.Entry> plugins;

    /**
     * @param spec   the experiment, with any {@code --threads} override applied (an explicit 0 here means all
     *               processors, unlike {@link StudyContext#threads()}, so the spec's value is used as it is)
     * @param engine where the runs go; {@code null} for the local thread pool
     * @param registry the algorithms the spec's ids resolve against (the built-ins and the plug-ins)
     * @param plugins the plug-in jars, recorded in {@code experiment.yaml} and {@code environment.json}
     */
    public ExperimentStudy(ExperimentSpec spec, RunEngine engine, AlgorithmRegistry registry,
                           List<Plugins.Entry> plugins) {
        this.spec = spec;
        this.engine = engine;
        this.registry = registry;
        this.plugins = List.copyOf(plugins);
    }

    public ExperimentSpec spec() {
        return spec;
    }

    @Override
    public String kind() {
        return Studies.EXPERIMENT;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public Path output() {
        return spec.output();
    }

    @Override
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d runs (%d instances × %d algorithms × %d replicates)",
                Runner.keys(spec).size(), spec.instances().size(), spec.algorithms().size(), spec.replicates());
    }

    @Override
    public String contents() {
        return "runs/, reference/, indicators.csv, tables/, figures/";
    }

    /** Runs what is missing, scores every stored run and writes the report; returns {@code report.html}. */
    @Override
    public Path run(StudyContext context) throws IOException {
        PrintWriter out = context.out();
        RunStore store = new RunStore(spec.output());
        store.prepare(spec, context.force()).ifPresent(out::println);
        SpecReader.write(spec, plugins, spec.output().resolve("experiment.yaml"));
        int before = store.finished(Runner.keys(spec)).size();
        int workers = Runner.threads(spec);
        store.writeEnvironment(engine == null ? Environment.capture(workers, before, registry.plugins())
                : Environment.capture(engine.where(), engine.parallelism(), before, registry.plugins()));
        InstanceLoader loader = new InstanceLoader(context.catalogue());
        out.printf("experiment %s: %s on %s%n", spec.name(), summary(),
                engine == null ? workers + " threads" : "Spark");
        out.flush();
        new Runner(new ExperimentExecutor(loader, registry), engine)
                .run(spec, store, ProgressReporter.forConsole(out));
        Scoring.score(spec.output(), spec, loader, workers);
        Reports.Written report = Reports.write(spec.output(), spec.control(), context.catalogue());
        report.messages().forEach(out::println);
        out.flush();
        return report.html();
    }
}
