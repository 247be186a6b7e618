package org.bomoco.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.data.CarbonProfiles;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.SpecNode;
import org.bomoco.model.PlacementInstance;

/**
 * {@code kind: adaptation} — evaluation 2 of issue 5, "adaptation over time": a simulated week in which the 48-hour
 * carbon and spot-price forecasts are re-issued every hour with realistic error ({@link AdaptationWeather}), and
 * the strategies of {@link AdaptationStrategy} re-plan (or not) on a rolling horizon
 * ({@link AdaptationSimulation}); each is scored by the realised carbon, cost and water and by its churn.
 *
 * <p>Cells: one per strategy × replicate ({@code cells/<strategy>-r<replicate>.csv}, an {@link AdaptationTrace}),
 * each a unit of work ({@link AdaptationReplicate}) run on the context's {@link CellEngine}: {@code threads} local
 * workers (MOEA Framework runs are serialised by its adapter, so extra threads mostly overlap compilation and
 * bookkeeping) or Spark tasks. A finished cell is never recomputed; outputs are rebuilt from all cells
 * ({@link AdaptationReport}). Everything but the wall times is a function of the configuration alone.
 */
final class AdaptationStudy implements Study {
    private final AdaptationSpec spec;
    private final EngineSpec engine;

    AdaptationStudy(AdaptationSpec spec) {
        this(spec, EngineSpec.DEFAULT);
    }

    AdaptationStudy(AdaptationSpec spec, EngineSpec engine) {
        this.spec = spec;
        this.engine = engine;
    }

    static Study read(SpecNode root) {
        AdaptationSpec spec = AdaptationSpec.read(root);
        return new AdaptationStudy(spec, EngineSpec.read(root));
    }

    @Override
    public EngineSpec engine() {
        return engine;
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
        CellEngine engine = context.cells(spec.threads());
        files.prepare(spec.toYaml(), context.force(), engine.engine(), engine.parallelism()).ifPresent(context.out()::println);
        PlacementInstance base = new InstanceLoader(context.catalogue()).problem(spec.instance()).instance();
        CarbonProfiles profiles = CarbonProfiles.read(context.catalogue().resolve("carbon-profiles.csv"));
        AdaptationSimulation sim = new AdaptationSimulation(spec, base, profiles,
                AlgorithmRegistry.standard().get(spec.algorithm()));
        context.out().printf("adaptation study %s: %s %s%n", spec.name(), summary(), engine.where());
        context.out().flush();
        compute(files, AdaptationInputs.of(spec, context.catalogue(), sim), engine, context);
        return AdaptationReport.write(spec, base, traces(files), files, context.out());
    }

    /** Runs the missing cells on {@code engine}, storing each as it comes back. */
    private void compute(StudyFiles files, AdaptationInputs inputs, CellEngine engine, StudyContext context)
            throws IOException {
        List<AdaptationReplicate> missing = new ArrayList<>();
        for (AdaptationStrategy s : spec.strategies()) {
            for (int r = 0; r < spec.replicates(); r++) {
                if (files.cell(cellId(s, r)).isEmpty()) {
                    missing.add(new AdaptationReplicate(inputs, s, r));
                }
            }
        }
        boolean[] stored = new boolean[missing.size()];
        engine.run(missing, (index, text) -> {
            if (stored[index]) {
                return;
            }
            AdaptationReplicate cell = missing.get(index);
            String id = cellId(cell.strategy(), cell.replicate());
            files.saveCell(id, text);
            stored[index] = true;
            context.out().printf(Locale.ROOT, "  %s done (%.1f s)%n", id, AdaptationTrace.parse(text).wallSeconds());
            context.out().flush();
        });
    }

    /** Every cell's trace, read back from {@code cells/}, by strategy then replicate. */
    private Map<AdaptationStrategy, List<AdaptationTrace>> traces(StudyFiles files) throws IOException {
        Map<AdaptationStrategy, List<AdaptationTrace>> out = new LinkedHashMap<>();
        for (AdaptationStrategy s : spec.strategies()) {
            List<AdaptationTrace> list = new ArrayList<>();
            for (int r = 0; r < spec.replicates(); r++) {
                String id = cellId(s, r);
                list.add(AdaptationTrace.parse(files.cell(id).orElseThrow(
                        () -> new IOException("cell " + files.cells().resolve(id) + " vanished"))));
            }
            out.put(s, list);
        }
        return out;
    }

    /** The cell file name of {@code strategy} × {@code replicate}. */
    static String cellId(AdaptationStrategy strategy, int replicate) {
        return strategy.id() + "-r" + replicate + ".csv";
    }
}
