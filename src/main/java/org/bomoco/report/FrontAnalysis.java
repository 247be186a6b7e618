package org.bomoco.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bomoco.algorithms.Fronts;
import org.bomoco.experiment.ReferenceSet;
import org.bomoco.experiment.RunRecord;
import org.bomoco.indicators.Normalization;
import org.bomoco.indicators.SupportedPoints;
import org.bomoco.results.Quartiles;
import org.bomoco.results.Results;

/**
 * What the final fronts of an experiment say about Pareto search against scalarising baselines, per instance and
 * algorithm, from the stored runs and reference sets only:
 * <ul>
 *   <li><b>front sizes</b>: distinct non-dominated feasible objective vectors per run (median over runs) and in the
 *       algorithm's <i>union front</i> (the non-dominated set of the feasible points of all its runs);</li>
 *   <li><b>unsupported points</b> ({@link SupportedPoints}: no weight vector of a weighted sum selects them) of the
 *       reference set, of the <i>Pareto union</i> (union front of the Pareto algorithms together) and of each union
 *       front, each judged within its own set after normalising with the reference bounds (placement instances
 *       only; normalisation does not change the answer, it only gives the tolerance one scale);</li>
 *   <li><b>dominated points</b>: how many points of each union front some point of the Pareto union dominates;</li>
 *   <li><b>extremes</b>: per objective, the best (minimum) value of each union front, in objective units.</li>
 * </ul>
 * Pareto algorithms are all but the baselines {@code composite}, {@code weighted-sum} and {@code random} (by
 * resolved id or label). Cost: O(n²·m) filters on the pooled runs and one LP per point ({@link SupportedPoints}).
 *
 * @param instances per instance with stored runs, in the results' order
 */
public record FrontAnalysis(List<InstanceFronts> instances) {
    /** Baseline ids (before {@code @}) that are not Pareto algorithms. */
    static final Set<String> BASELINES = Set.of("composite", "weighted-sum", "random");

    public FrontAnalysis {
        instances = List.copyOf(instances);
    }

    /**
     * One instance.
     *
     * @param instance name
     * @param placement whether it is a placement instance (supportedness is computed only there)
     * @param reference the reference set's size (0 when none is stored)
     * @param referenceUnsupported its unsupported points, or −1 when not computed
     * @param paretoUnion size of the Pareto union
     * @param paretoUnsupported its unsupported points, or −1 when not computed
     * @param algorithms per algorithm with runs, in the results' order
     */
    public record InstanceFronts(String instance, boolean placement, int reference, int referenceUnsupported,
                                 int paretoUnion, int paretoUnsupported, List<AlgorithmFronts> algorithms) {
        public InstanceFronts {
            algorithms = List.copyOf(algorithms);
        }

        /** The composite baseline's entry, or {@code null}. */
        public AlgorithmFronts composite() {
            return algorithms.stream().filter(AlgorithmFronts::composite).findFirst().orElse(null);
        }

        /** Whether any Pareto algorithm ran here. */
        public boolean hasPareto() {
            return algorithms.stream().anyMatch(AlgorithmFronts::pareto);
        }
    }

    /**
     * One algorithm on one instance.
     *
     * @param algorithm label
     * @param pareto whether it is a Pareto algorithm (not a baseline)
     * @param composite whether it is the composite baseline
     * @param runs stored runs
     * @param perRun distinct non-dominated feasible points of each run
     * @param union size of its union front
     * @param inReference points of the union front that are reference points
     * @param unsupported unsupported points of the union front (within it), or −1 when not computed
     * @param dominatedByPareto points of the union front dominated by the Pareto union
     * @param best per objective, the minimum over the union front (NaN when it is empty)
     */
    public record AlgorithmFronts(String algorithm, boolean pareto, boolean composite, int runs, int[] perRun,
                                  int union, int inReference, int unsupported, int dominatedByPareto,
                                  double[] best) {
        /** Median of {@link #perRun}, NaN without runs. */
        public double medianPerRun() {
            return Quartiles.of(Arrays.stream(perRun).asDoubleStream().toArray()).median();
        }
    }

    /** Analyses every instance of {@code results} that has stored runs. */
    public static FrontAnalysis of(Results results) {
        List<InstanceFronts> out = new ArrayList<>();
        for (String instance : results.instances()) {
            Map<String, List<RunRecord>> fronts = results.fronts(instance);
            if (!fronts.isEmpty()) {
                out.add(instance(results, instance, fronts));
            }
        }
        return new FrontAnalysis(out);
    }

    private static InstanceFronts instance(Results results, String instance, Map<String, List<RunRecord>> fronts) {
        boolean placement = results.placement(instance);
        ReferenceSet ref = results.references().get(instance);
        List<double[]> reference = ref == null ? List.of() : nonDominated(ref.points());
        Map<String, List<double[]>> unions = new LinkedHashMap<>();
        List<double[]> paretoPool = new ArrayList<>();
        fronts.forEach((label, runs) -> {
            List<double[]> pool = new ArrayList<>();
            runs.forEach(r -> pool.addAll(r.feasibleObjectives()));
            List<double[]> union = nonDominated(pool);
            unions.put(label, union);
            if (pareto(runs)) {
                paretoPool.addAll(union);
            }
        });
        List<double[]> paretoUnion = nonDominated(paretoPool);
        Normalization scale = placement ? normalization(ref, reference, paretoUnion) : null;
        Set<Key> referenceKeys = keys(reference);
        List<AlgorithmFronts> algorithms = new ArrayList<>();
        fronts.forEach((label, runs) -> {
            List<double[]> union = unions.get(label);
            int[] perRun = runs.stream().mapToInt(r -> nonDominated(r.feasibleObjectives()).size()).toArray();
            int inReference = (int) union.stream().filter(p -> referenceKeys.contains(new Key(p))).count();
            int dominated = (int) union.stream().filter(p -> paretoUnion.stream()
                    .anyMatch(q -> Fronts.dominates(q, p))).count();
            algorithms.add(new AlgorithmFronts(label, pareto(runs), runs.stream().anyMatch(RunRecord::baseline),
                    runs.size(), perRun, union.size(), inReference, unsupported(union, scale), dominated,
                    best(union, results.objectiveColumns(instance).size())));
        });
        return new InstanceFronts(instance, placement, reference.size(), unsupported(reference, scale),
                paretoUnion.size(), unsupported(paretoUnion, scale), algorithms);
    }

    /** Whether the runs are of a Pareto algorithm: neither their resolved id nor their label is a baseline's. */
    static boolean pareto(List<RunRecord> runs) {
        return runs.stream().noneMatch(r -> baselineId(r.algorithmId()) || baselineId(r.key().algorithm()));
    }

    private static boolean baselineId(String id) {
        String base = id.toLowerCase(Locale.ROOT).replace('_', '-');
        int at = base.indexOf('@');
        base = at < 0 ? base : base.substring(0, at);
        return BASELINES.contains(base) || base.startsWith("composite");
    }

    /** The stored bounds of the reference set, else the bounds of the reference points, else of the Pareto union. */
    private static Normalization normalization(ReferenceSet ref, List<double[]> reference, List<double[]> pareto) {
        if (ref != null && ref.ideal() != null && ref.nadir() != null && ref.ideal().length == ref.nadir().length
                && ref.ideal().length > 0) {
            try {
                return new Normalization(ref.ideal(), ref.nadir());
            } catch (IllegalArgumentException e) {
                // malformed bounds: fall through to the points' own bounds
            }
        }
        List<double[]> source = reference.isEmpty() ? pareto : reference;
        return source.isEmpty() ? null : Normalization.of(source.toArray(double[][]::new));
    }

    /** Unsupported points of {@code set} within itself after normalising, or −1 when {@code scale} is null. */
    private static int unsupported(List<double[]> set, Normalization scale) {
        if (scale == null || set.isEmpty()) {
            return scale == null ? -1 : 0;
        }
        double[][] normalised = scale.normalize(set.toArray(double[][]::new));
        return SupportedPoints.countUnsupported(normalised);
    }

    private static double[] best(List<double[]> union, int m) {
        double[] best = new double[m];
        Arrays.fill(best, union.isEmpty() ? Double.NaN : Double.POSITIVE_INFINITY);
        for (double[] p : union) {
            for (int k = 0; k < m && k < p.length; k++) {
                best[k] = Math.min(best[k], p[k]);
            }
        }
        return best;
    }

    /** The distinct non-dominated vectors of {@code points} (first occurrence order); O(n²·m). */
    static List<double[]> nonDominated(List<double[]> points) {
        List<double[]> distinct = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (double[] p : points) {
            if (seen.add(new Key(p))) {
                distinct.add(p);
            }
        }
        List<double[]> out = new ArrayList<>();
        for (double[] p : distinct) {
            if (distinct.stream().noneMatch(q -> Fronts.dominates(q, p))) {
                out.add(p);
            }
        }
        return out;
    }

    private static Set<Key> keys(List<double[]> points) {
        Set<Key> out = new HashSet<>();
        points.forEach(p -> out.add(new Key(p)));
        return out;
    }

    /** An objective vector as a hash key (bitwise equality). */
    private record Key(double[] v) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(v, k.v);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(v);
        }
    }
}
