package org.bomoco.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.indicators.Indicator;
import org.bomoco.stats.KruskalWallis;
import org.bomoco.stats.PairResult;
import org.bomoco.stats.VarghaDelaney;
import org.bomoco.stats.Verdict;

/**
 * The statistics of one instance × indicator, as {@link org.bomoco.stats.Comparison#compare} computes them over the
 * algorithms with final values: the Kruskal–Wallis p-value, and against a control the
 * Holm-adjusted two-sided Mann–Whitney p-values (the family is the algorithms compared with the control on this
 * instance and indicator), the Vargha–Delaney A12 of the algorithm over the control and the typed {@link Verdict}.
 * The report's summary tables print these next to the quartiles of {@link Frames#summary}. This record only selects
 * the samples (algorithms without values and an absent control are left out) and keeps the per-algorithm view the
 * tables print. Direction: hypervolume larger is better, every other indicator smaller.
 *
 * @param kruskalWallisP p-value, NaN with fewer than two algorithms with values
 * @param entries per algorithm (order of the results)
 */
public record IndicatorComparison(String instance, String indicator, double kruskalWallisP, Map<String, Entry> entries) {
    /** Significance level of the verdicts: {@link org.bomoco.stats.Comparison#DEFAULT_ALPHA}. */
    public static final double ALPHA = org.bomoco.stats.Comparison.DEFAULT_ALPHA;

    /**
     * @param values the finite final values
     * @param pHolm adjusted p against the control (NaN for the control itself or without a control)
     * @param a12 A12 of this algorithm's values over the control's, {@code P(a > c) + P(a = c)/2} (NaN likewise)
     * @param verdict against the control; {@link Verdict#CONTROL} for the control, null without a control or values
     */
    public record Entry(double[] values, double pHolm, double a12, Verdict verdict) {
        /** The verdict's symbol ({@code +}, {@code −}, {@code ≈}), or "" for the control and without a verdict. */
        public String symbol() {
            return verdict == null ? "" : verdict.symbol();
        }
    }

    /**
     * Whether larger values of {@code indicator} are better ({@link Indicator#largerIsBetter}: only hypervolume).
     *
     * @throws IllegalArgumentException for an id no {@link Indicator} has
     */
    public static boolean largerIsBetter(String indicator) {
        return Indicator.of(indicator).largerIsBetter();
    }

    /** Computes the statistics; {@code control} may be null or absent from this instance (no verdicts then). */
    public static IndicatorComparison of(Results results, String instance, String indicator, String control) {
        Map<String, double[]> values = results.finalValues(instance, indicator);
        Map<String, double[]> samples = new LinkedHashMap<>();
        values.forEach((a, v) -> {
            if (v.length > 0) {
                samples.put(a, v);
            }
        });
        boolean compare = control != null && samples.containsKey(control) && samples.size() >= 2;
        org.bomoco.stats.Comparison.Result result = compare
                ? org.bomoco.stats.Comparison.compare(samples, largerIsBetter(indicator), control, ALPHA) : null;
        double kw = result != null ? result.omnibus().pValue()
                : samples.size() >= 2 ? KruskalWallis.test(samples.values().toArray(double[][]::new)).pValue()
                : Double.NaN;
        Map<String, Entry> entries = new LinkedHashMap<>();
        values.forEach((a, v) -> entries.put(a, entry(a, v, result, samples.get(control))));
        return new IndicatorComparison(instance, indicator, kw, entries);
    }

    private static Entry entry(String algorithm, double[] v, org.bomoco.stats.Comparison.Result result,
            double[] base) {
        if (result == null || v.length == 0) {
            return new Entry(v, Double.NaN, Double.NaN, null);
        }
        if (algorithm.equals(result.control())) {
            return new Entry(v, Double.NaN, Double.NaN, Verdict.CONTROL);
        }
        List<PairResult> pairs = result.versusControl();
        PairResult pair = pairs.stream().filter(p -> p.algorithm().equals(algorithm)).findFirst().orElseThrow();
        return new Entry(v, pair.adjustedPValue(), VarghaDelaney.a12(v, base), pair.verdict());
    }
}
