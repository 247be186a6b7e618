package org.bomoco.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bomoco.indicators.AdditiveEpsilon;
import org.bomoco.indicators.Hypervolume;
import org.bomoco.indicators.Igd;
import org.bomoco.indicators.IgdPlus;
import org.bomoco.indicators.Indicator;
import org.bomoco.indicators.Normalization;
import org.bomoco.indicators.Spread;
import org.bomoco.model.InputException;

/**
 * Scores stored runs. {@link #score(Path, ExperimentSpec, InstanceLoader, int)}: per instance, builds the reference
 * set from the stored runs ({@link ReferenceSets}) and writes {@code reference/<instance>.csv|json}; then
 * {@link #indicators} computes every indicator of the spec at every trace point of every run from the STORED files
 * only (runs, reference points, bounds and reference point as read back), and {@code indicators.csv} is written. The
 * same stored files therefore give the same table, e.g. when {@code report} recomputes it.
 *
 * <p>Per trace point: the front and the reference set are normalised by the stored bounds; {@code hypervolume} is
 * {@link Hypervolume#compute} with the stored reference point; {@code igd+}, {@code igd}, {@code epsilon} and
 * {@code spread} compare the normalised front with the normalised reference set ({@link IgdPlus}, {@link Igd},
 * {@link AdditiveEpsilon}, {@link Spread}). Trace fronts hold feasible solutions only; a front without any (the run
 * had found no feasible plan yet) has hypervolume 0 and undefined (NaN) distance indicators, which the tables and
 * figures leave out and count.
 */
public final class Scoring {
    private Scoring() {
    }

    /**
     * Scores the experiment stored in {@code output}, reading the resolved spec from {@code experiment.yaml}.
     *
     * @param catalogue catalogue directory (needed only to regenerate instances for {@code set: exact})
     */
    public static void score(Path output, Path catalogue) throws IOException {
        ExperimentSpec spec = SpecReader.read(output.resolve("experiment.yaml"));
        score(output, spec, new InstanceLoader(catalogue), Runner.threads(spec));
    }

    /** Writes the reference sets and {@code indicators.csv} of {@code spec}'s runs stored in {@code output}. */
    public static void score(Path output, ExperimentSpec spec, InstanceLoader loader, int threads)
            throws IOException {
        checkIndicators(spec.indicators());
        RunStore store = new RunStore(output);
        List<RunKey> keys = Runner.keys(spec);
        for (InstanceSpec instance : spec.instances()) {
            List<RunRecord> runs = store.load(keys.stream().filter(k -> k.instance().equals(instance.name()))
                    .toList());
            ReferenceSets.write(output, instance.name(),
                    ReferenceSets.build(spec.reference(), instance, runs, output, loader));
            org.bomoco.data.FaultPoint.reach("reference");
        }
        IndicatorTable.write(output.resolve("indicators.csv"), indicators(output, spec, threads));
    }

    /** Checks indicator ids ({@link Indicator#byId}). */
    static void checkIndicators(List<String> ids) {
        for (String id : ids) {
            if (Indicator.byId(id).isEmpty()) {
                throw new InputException("experiment", 0, "indicators", "unknown indicator '" + id + "'; use "
                        + String.join(", ", Indicator.ids()));
            }
        }
    }

    /** The indicator rows of {@code spec}'s runs, from stored runs and reference sets only (unsorted). */
    public static List<IndicatorTable.Row> indicators(Path output, ExperimentSpec spec, int threads)
            throws IOException {
        checkIndicators(spec.indicators());
        RunStore store = new RunStore(output);
        Map<String, ReferenceSet> refs = new HashMap<>();
        for (InstanceSpec i : spec.instances()) {
            refs.put(i.name(), ReferenceSets.read(output, i.name()));
        }
        List<RunKey> keys = Runner.keys(spec);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, keys.size())));
        try {
            List<Future<List<IndicatorTable.Row>>> futures = new ArrayList<>();
            for (RunKey k : keys) {
                RunRecord r = store.load(k);
                futures.add(pool.submit(() -> rows(r, refs.get(k.instance()), spec.indicators())));
            }
            List<IndicatorTable.Row> out = new ArrayList<>();
            for (Future<List<IndicatorTable.Row>> f : futures) {
                out.addAll(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("scoring was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The rows of one run: each trace point × each indicator. */
    static List<IndicatorTable.Row> rows(RunRecord run, ReferenceSet ref, List<String> indicators) {
        Normalization n = ref.normalization();
        double[][] normRef = ref.normalizedPoints();
        double[] point = ref.referencePoint();
        List<IndicatorTable.Row> out = new ArrayList<>();
        RunKey k = run.key();
        for (TracePoint t : run.trace()) {
            double[][] front = n.normalize(t.front().toArray(double[][]::new));
            for (String id : indicators) {
                out.add(new IndicatorTable.Row(k.instance(), k.algorithm(), k.replicate(), t.evaluations(), id,
                        value(id, front, normRef, point)));
            }
        }
        return out;
    }

    /** One indicator of a normalised front against the normalised reference set ({@link Indicator#of}). */
    public static double value(String id, double[][] front, double[][] reference, double[] referencePoint) {
        return value(Indicator.of(id), front, reference, referencePoint);
    }

    /**
     * One indicator of a normalised front against the normalised reference set; an empty front (no feasible point
     * yet) has hypervolume 0 and NaN distance indicators.
     */
    public static double value(Indicator indicator, double[][] front, double[][] reference,
            double[] referencePoint) {
        if (front.length == 0 && indicator != Indicator.HYPERVOLUME) {
            return Double.NaN;
        }
        return indicator.compute(front, reference, referencePoint);
    }
}
