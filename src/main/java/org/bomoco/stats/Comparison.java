package org.bomoco.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares algorithms on one indicator from their samples (one value per run): each algorithm against a control by
 * the two-sided {@link MannWhitney} test with {@link Holm} correction over the {@code k − 1} comparisons, the
 * oriented {@link VarghaDelaney} A12 and a verdict — {@code +} significantly better than the control (adjusted
 * {@code p < α} and A12 of "better" above 0.5), {@code −} significantly worse, {@code ≈} otherwise; the same for all
 * {@code k(k − 1)/2} pairs (Holm over all pairs); a {@link KruskalWallis} omnibus test; and a {@link Summary} per
 * algorithm. This is the usual protocol of EMO experimental studies (e.g. J. Derrac, S. García, D. Molina,
 * F. Herrera, "A practical tutorial on the use of nonparametric statistical tests...", Swarm and Evolutionary
 * Computation 1(1), 2011; A. Arcuri, L. Briand, "A hitchhiker's guide to statistical tests for assessing randomized
 * algorithms in software engineering", STVR 24(3), 2014, for Mann–Whitney with A12).
 */
public final class Comparison {
    /** Default significance level. */
    public static final double DEFAULT_ALPHA = 0.05;

    private Comparison() {
    }

    /**
     * @param largerIsBetter the indicator's direction
     * @param control the control algorithm
     * @param alpha significance level
     * @param summaries summary per algorithm, in input order
     * @param omnibus Kruskal–Wallis test over all samples
     * @param versusControl each non-control algorithm against the control, in input order
     * @param allPairs every pair (earlier, later) in input order, Holm-adjusted over all pairs
     */
    public record Result(boolean largerIsBetter, String control, double alpha, Map<String, Summary> summaries,
            KruskalWallis.Result omnibus, List<PairResult> versusControl, List<PairResult> allPairs) {
        /** Makes unmodifiable copies, keeping the order. */
        public Result {
            summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
            versusControl = List.copyOf(versusControl);
            allPairs = List.copyOf(allPairs);
        }

        /** The verdict of {@code algorithm} against the control ({@link Verdict#CONTROL} for the control). */
        public Verdict verdict(String algorithm) {
            if (algorithm.equals(control)) {
                return Verdict.CONTROL;
            }
            return versusControl.stream().filter(r -> r.algorithm().equals(algorithm)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown algorithm '" + algorithm
                            + "'; known: " + summaries.keySet()))
                    .verdict();
        }
    }

    /** {@link #compare(Map, boolean, String, double)} at {@link #DEFAULT_ALPHA}. */
    public static Result compare(Map<String, double[]> samples, boolean largerIsBetter, String control) {
        return compare(samples, largerIsBetter, control, DEFAULT_ALPHA);
    }

    /**
     * @param samples algorithm name → its finite indicator values (at least two algorithms; iteration order is kept,
     *     so pass a {@link LinkedHashMap} for a stable report order); arrays are not modified
     * @param largerIsBetter whether larger indicator values are better (hypervolume) or smaller (IGD+, epsilon)
     * @param control name of the control algorithm, a key of {@code samples}
     * @param alpha significance level in (0, 1)
     * @throws IllegalArgumentException on fewer than two algorithms, an unknown control, α outside (0, 1), or an
     *     empty or non-finite sample
     */
    public static Result compare(Map<String, double[]> samples, boolean largerIsBetter, String control,
            double alpha) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two algorithms, got " + samples.keySet());
        }
        if (!samples.containsKey(control)) {
            throw new IllegalArgumentException("the control '" + control + "' is not among " + samples.keySet());
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie in (0, 1), got " + alpha);
        }
        Map<String, Summary> summaries = new LinkedHashMap<>();
        samples.forEach((name, sample) -> summaries.put(name, summarise(name, sample)));
        List<String[]> controlPairs = new ArrayList<>();
        List<String[]> allPairs = new ArrayList<>();
        List<String> names = new ArrayList<>(samples.keySet());
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).equals(control)) {
                controlPairs.add(new String[] {names.get(i), control});
            }
            for (int j = i + 1; j < names.size(); j++) {
                allPairs.add(new String[] {names.get(i), names.get(j)});
            }
        }
        KruskalWallis.Result omnibus = KruskalWallis.test(samples.values().toArray(double[][]::new));
        return new Result(largerIsBetter, control, alpha, summaries, omnibus,
                family(samples, controlPairs, largerIsBetter, alpha), family(samples, allPairs, largerIsBetter, alpha));
    }

    private static Summary summarise(String name, double[] sample) {
        try {
            return Summary.of(sample);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("algorithm '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Tests each pair, Holm-adjusts over the family and gives verdicts. */
    private static List<PairResult> family(Map<String, double[]> samples, List<String[]> pairs,
            boolean largerIsBetter, double alpha) {
        MannWhitney.Result[] tests = new MannWhitney.Result[pairs.size()];
        double[] raw = new double[pairs.size()];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = MannWhitney.test(samples.get(pairs.get(i)[0]), samples.get(pairs.get(i)[1]));
            raw[i] = tests[i].pValue();
        }
        double[] adjusted = Holm.adjust(raw);
        List<PairResult> results = new ArrayList<>();
        for (int i = 0; i < tests.length; i++) {
            String[] pair = pairs.get(i);
            double better = VarghaDelaney.better(samples.get(pair[0]), samples.get(pair[1]), largerIsBetter);
            results.add(new PairResult(pair[0], pair[1], tests[i], adjusted[i], better,
                    VarghaDelaney.Magnitude.of(better), Verdict.of(adjusted[i], better, alpha)));
        }
        return results;
    }
}
