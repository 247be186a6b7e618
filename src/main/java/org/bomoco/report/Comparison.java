package org.bomoco.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of one instance × indicator: quartiles of the final values per algorithm, the Kruskal–Wallis
 * p-value over all algorithms, and, against a control algorithm, Holm-adjusted two-sided Mann–Whitney p-values
 * (S. Holm, "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6(2), 1979; the family is
 * the algorithms compared with the control on this instance and indicator), the Vargha–Delaney A12 of the algorithm
 * over the control, and a verdict: {@code +} significantly better than the control ({@code p_holm < 0.05}),
 * {@code −} significantly worse, {@code ≈} no significant difference (A. Vargha, H.D. Delaney, J. Educ. Behav.
 * Stat. 25(2), 2000). Direction: hypervolume larger is better, every other indicator smaller.
 *
 * @param kruskalWallisP p-value, NaN when not computed
 * @param entries per algorithm (order of the results)
 */
record Comparison(String instance, String indicator, double kruskalWallisP, Map<String, Entry> entries) {
    /** Significance level of the +/−/≈ verdicts. */
    static final double ALPHA = 0.05;

    /**
     * @param values the finite final values
     * @param quartiles their quartiles
     * @param pHolm adjusted p against the control (NaN for the control itself or without tests)
     * @param a12 A12 of this algorithm's values over the control's (NaN likewise)
     * @param verdict {@code +}, {@code −}, {@code ≈}, or "" (control, no control, no tests)
     */
    record Entry(double[] values, Quartiles quartiles, double pHolm, double a12, String verdict) {
    }

    /** Whether larger values of {@code indicator} are better (only hypervolume). */
    static boolean largerIsBetter(String indicator) {
        return indicator.equalsIgnoreCase("hypervolume");
    }

    /** Computes the statistics; {@code control} may be null or absent from this instance (no verdicts then). */
    static Comparison of(Results results, String instance, String indicator, String control, StatTests tests) {
        Map<String, double[]> values = results.finalValues(instance, indicator);
        List<double[]> samples = values.values().stream().filter(v -> v.length > 0).toList();
        double kw = samples.size() >= 2 ? tests.kruskalWallisP(samples.toArray(double[][]::new)) : Double.NaN;
        double[] base = control == null ? null : values.get(control);
        boolean compare = base != null && base.length > 0;
        List<String> others = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        if (compare) {
            values.forEach((a, v) -> {
                if (!a.equals(control) && v.length > 0) {
                    others.add(a);
                    raw.add(tests.mannWhitneyP(v, base));
                }
            });
        }
        double[] adjusted = raw.isEmpty() ? new double[0]
                : tests.holm(raw.stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Entry> entries = new LinkedHashMap<>();
        values.forEach((a, v) -> {
            int k = others.indexOf(a);
            double p = k >= 0 ? adjusted[k] : Double.NaN;
            double a12 = k >= 0 ? tests.a12(v, base) : Double.NaN;
            entries.put(a, new Entry(v, Quartiles.of(v), p, a12, k >= 0 ? verdict(p, a12, indicator) : ""));
        });
        return new Comparison(instance, indicator, kw, entries);
    }

    private static String verdict(double pHolm, double a12, String indicator) {
        if (Double.isNaN(pHolm) || Double.isNaN(a12)) {
            return "";
        }
        if (pHolm >= ALPHA || a12 == 0.5) {
            return "≈";
        }
        boolean larger = a12 > 0.5;
        return larger == largerIsBetter(indicator) ? "+" : "−";
    }
}
