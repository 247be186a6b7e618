package org.bomoco.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Kruskal–Wallis one-way analysis of variance by ranks (W.H. Kruskal, W.A. Wallis, "Use of ranks in one-criterion
 * variance analysis", JASA 47(260), 1952; Hollander, Wolfe &amp; Chicco, <i>Nonparametric Statistical Methods</i>,
 * 3rd ed. 2014, §6.1). With {@code N} pooled observations, mid-ranks, {@code R_i} the rank sum of group {@code i} of
 * size {@code n_i}:
 *
 * <pre>
 *   H = [12 / (N(N + 1)) · Σ_i R_i² / n_i − 3(N + 1)] / [1 − Σ(t³ − t) / (N³ − N)]
 * </pre>
 *
 * the denominator being the tie correction. {@code p = P(χ²_{k−1} ≥ H)}, the large-sample approximation (as R's
 * {@code kruskal.test}), computed as the regularized upper incomplete gamma {@code Q((k−1)/2, H/2)} of Commons Math
 * for accuracy at small p. Convention: when all observations are equal, {@code H = 0} and {@code p = 1} (R gives
 * NaN). O(N log N).
 */
public final class KruskalWallis {
    private KruskalWallis() {
    }

    /**
     * @param h the tie-corrected statistic
     * @param df degrees of freedom {@code k − 1}
     * @param pValue upper-tail chi-square probability of {@code h}
     */
    public record Result(double h, int df, double pValue) {
    }

    /**
     * Tests whether the samples come from one distribution (against a location shift of some group).
     *
     * @param samples at least two non-empty samples without NaN (not modified)
     * @throws IllegalArgumentException on fewer than two samples, an empty sample or a NaN
     */
    public static Result test(double[]... samples) {
        if (samples == null || samples.length < 2) {
            throw new IllegalArgumentException("Kruskal–Wallis needs at least two samples");
        }
        for (int i = 0; i < samples.length; i++) {
            Ranks.check(samples[i], "sample " + i);
        }
        double[] pooled = Ranks.pool(samples);
        Ranks ranks = Ranks.of(pooled);
        double n = pooled.length;
        double sum = 0;
        int at = 0;
        for (double[] sample : samples) {
            double rankSum = 0;
            for (int j = 0; j < sample.length; j++) {
                rankSum += ranks.ranks()[at++];
            }
            sum += rankSum * rankSum / sample.length;
        }
        int df = samples.length - 1;
        double correction = 1 - ranks.tieTerm() / (n * n * n - n);
        if (correction <= 0) {
            return new Result(0, df, 1);
        }
        double h = Math.max(0, (12 / (n * (n + 1)) * sum - 3 * (n + 1)) / correction);
        return new Result(h, df, chiSquareUpperTail(h, df));
    }

    /** {@code P(χ²_df ≥ x)} as {@code Q(df/2, x/2)} (Abramowitz &amp; Stegun §26.4). */
    static double chiSquareUpperTail(double x, int df) {
        return x <= 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }
}
