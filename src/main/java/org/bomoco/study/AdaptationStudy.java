package org.bomoco.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.data.CarbonProfiles;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.SpecNode;
import org.bomoco.model.PlacementInstance;

/**
 * {@code kind: adaptation} — evaluation 2 of issue 5, "adaptation over time": a simulated week in which the 48-hour
 * carbon and spot-price forecasts are re-issued every hour with realistic error ({@link AdaptationWeather}), and
 * the strategies of {@link AdaptationStrategy} re-plan (or not) on a rolling horizon
 * ({@link AdaptationSimulation}); each is scored by the realised carbon, cost and water and by its churn.
 *
 * <p>Cells: one per strategy × replicate ({@code cells/<strategy>-r<replicate>.csv}, an {@link AdaptationTrace}),
 * run on {@code threads} workers (MOEA Framework runs are serialised by its adapter, so extra threads mostly
 * overlap compilation and bookkeeping). A finished cell is never recomputed; outputs are rebuilt from all cells
 * ({@link AdaptationReport}). Everything but the wall times is a function of the configuration alone.
 */
final class AdaptationStudy implements Study {
    private final AdaptationSpec spec;

    AdaptationStudy(AdaptationSpec spec) {
        this.spec = spec;
    }

    static Study read(SpecNode root) {
        return new AdaptationStudy(AdaptationSpec.read(root));
    }

    AdaptationSpec spec() {
        return spec;
    }

    @Override
    public String kind() {
        return "adaptation";
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
        return spec.strategies().size() + " strategies × " + spec.replicates() + " replicates = "
                + spec.strategies().size() * spec.replicates() + " weeks of " + spec.hours() + " hourly epochs, "
                + spec.algorithm() + " with " + spec.evaluations() + " evaluations per epoch (warm start "
                + spec.warmEvaluations() + "), pick " + spec.pick().id();
    }

    @Override
    public Path run(StudyContext context) throws IOException {
        StudyFiles files = new StudyFiles(spec.output());
        int workers = context.workers(spec.threads());
        files.prepare(spec.toYaml(), context.force(), workers).ifPresent(context.out()::println);
        PlacementInstance base = new InstanceLoader(context.catalogue()).problem(spec.instance()).instance();
        CarbonProfiles profiles = CarbonProfiles.read(context.catalogue().resolve("carbon-profiles.csv"));
        AdaptationSimulation sim = new AdaptationSimulation(spec, base, profiles,
                AlgorithmRegistry.standard().get(spec.algorithm()));
        context.out().printf("adaptation study %s: %s on %d threads%n", spec.name(), summary(), workers);
        context.out().flush();
        Map<AdaptationStrategy, List<AdaptationTrace>> traces = cells(files, sim, workers, context);
        return AdaptationReport.write(spec, base, traces, files, context.out());
    }

    /** Every cell's trace (finished ones read back, missing ones computed), by strategy then replicate. */
    private Map<AdaptationStrategy, List<AdaptationTrace>> cells(StudyFiles files, AdaptationSimulation sim,
                                                                int workers, StudyContext context)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            Map<AdaptationStrategy, List<Future<AdaptationTrace>>> futures = new LinkedHashMap<>();
            for (AdaptationStrategy s : spec.strategies()) {
                List<Future<AdaptationTrace>> list = new ArrayList<>();
                for (int r = 0; r < spec.replicates(); r++) {
                    String id = cellId(s, r);
                    var stored = files.cell(id);
                    final int replicate = r;
                    list.add(stored.isPresent() ? java.util.concurrent.CompletableFuture.completedFuture(
                            AdaptationTrace.parse(stored.get())) : pool.submit(() -> {
                                AdaptationTrace t = sim.run(s, replicate);
                                files.saveCell(id, t.toCsv());
                                synchronized (context.out()) {
                                    context.out().printf("  %s done (%.1f s)%n", id, t.wallSeconds());
                                    context.out().flush();
                                }
                                return t;
                            }));
                }
                futures.put(s, list);
            }
            Map<AdaptationStrategy, List<AdaptationTrace>> out = new LinkedHashMap<>();
            for (var e : futures.entrySet()) {
                List<AdaptationTrace> list = new ArrayList<>();
                for (Future<AdaptationTrace> f : e.getValue()) {
                    list.add(StudyFiles.await(f));
                }
                out.put(e.getKey(), list);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The cell file name of {@code strategy} × {@code replicate}. */
    static String cellId(AdaptationStrategy strategy, int replicate) {
        return strategy.id() + "-r" + replicate + ".csv";
    }
}
