package org.bomoco.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided Wilcoxon–Mann–Whitney rank-sum test (H.B. Mann, D.R. Whitney, "On a test of whether one of two random
 * variables is stochastically larger than the other", Ann. Math. Statist. 18(1), 1947; Hollander, Wolfe &amp; Chicco,
 * <i>Nonparametric Statistical Methods</i>, 3rd ed. 2014, §4.1). The statistic is the U of the first sample,
 * {@code U = R_x − m(m + 1)/2 = #{x_i > y_j} + ½·#{x_i = y_j}} (R's {@code W}; note Commons Math's
 * {@code MannWhitneyUTest.mannWhitneyU} returns {@code max(U_x, U_y)} instead).
 *
 * <p>p-value, chosen as R's {@code wilcox.test} does by default:
 * <ul>
 * <li><b>exact</b> when both samples have fewer than {@value #EXACT_LIMIT} observations and there are no ties: the
 * null distribution of U is counted with the recursion {@code f(u; m, n) = f(u − n; m − 1, n) + f(u; m, n − 1)}
 * (Mann &amp; Whitney 1947), O(m·n·mn), and {@code p = min(1, 2·min(P(U ≤ u), P(U ≥ u)))};</li>
 * <li>otherwise the <b>normal approximation</b> with tie correction and continuity correction:
 * {@code z = (|U − mn/2| − ½) / σ}, {@code σ² = mn/12 · [(N + 1) − Σ(t³ − t) / (N(N − 1))]}, {@code p = 2Φ(−z)}
 * (Hollander, Wolfe &amp; Chicco §4.1). Commons Math's {@code MannWhitneyUTest} was not used because it has
 * neither correction, and ties are common in indicator values (e.g. runs reaching the same front); it agrees with
 * {@link #asymptotic(double[], double[], boolean)} without continuity correction on tie-free data (tested).</li>
 * </ul>
 * If all observations are equal, {@code p = 1}.
 */
public final class MannWhitney {
    /** Samples of this size or larger use the normal approximation (as R's {@code wilcox.test}). */
    public static final int EXACT_LIMIT = 50;

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private MannWhitney() {
    }

    /**
     * @param u the U statistic of the first sample, in {@code [0, mn]}
     * @param pValue two-sided p-value
     * @param exact whether the p-value is from the exact null distribution
     */
    public record Result(double u, double pValue, boolean exact) {
    }

    /**
     * Tests whether {@code x} and {@code y} come from one distribution, against a location shift either way.
     *
     * @param x first sample, non-empty, no NaN (infinities are ranked)
     * @param y second sample, same requirements
     * @throws IllegalArgumentException on an empty sample or a NaN
     */
    public static Result test(double[] x, double[] y) {
        Ranks.check(x, "the first sample");
        Ranks.check(y, "the second sample");
        Ranks ranks = Ranks.of(Ranks.pool(x, y));
        double u = u(ranks.ranks(), x.length);
        if (x.length < EXACT_LIMIT && y.length < EXACT_LIMIT && ranks.tieTerm() == 0) {
            return new Result(u, exactPValue((int) u, x.length, y.length), true);
        }
        return new Result(u, normalPValue(u, x.length, y.length, ranks.tieTerm(), true), false);
    }

    /** The normal approximation (with tie correction; continuity correction if asked) regardless of size. */
    static Result asymptotic(double[] x, double[] y, boolean continuity) {
        Ranks ranks = Ranks.of(Ranks.pool(Ranks.check(x, "the first sample"), Ranks.check(y, "the second sample")));
        double u = u(ranks.ranks(), x.length);
        return new Result(u, normalPValue(u, x.length, y.length, ranks.tieTerm(), continuity), false);
    }

    /** {@code U_x = R_x − m(m + 1)/2} from the pooled ranks, the first {@code m} being those of x. */
    private static double u(double[] pooledRanks, int m) {
        double rankSum = 0;
        for (int i = 0; i < m; i++) {
            rankSum += pooledRanks[i];
        }
        return rankSum - m * (m + 1.0) / 2;
    }

    private static double normalPValue(double u, int m, int n, double tieTerm, boolean continuity) {
        double total = m + n;
        double variance = m * (double) n / 12 * ((total + 1) - tieTerm / (total * (total - 1)));
        double deviation = Math.abs(u - m * (double) n / 2) - (continuity ? 0.5 : 0);
        if (variance <= 0 || deviation <= 0) {
            return 1.0;
        }
        return Math.min(1.0, 2 * NORMAL.cumulativeProbability(-deviation / Math.sqrt(variance)));
    }

    /** Exact two-sided p of {@code U = u} for sizes {@code m, n} without ties. */
    static double exactPValue(int u, int m, int n) {
        double[] counts = nullCounts(m, n);
        double total = 0;
        double lower = 0;
        double upper = 0;
        for (int v = 0; v < counts.length; v++) {
            total += counts[v];
            lower += v <= u ? counts[v] : 0;
            upper += v >= u ? counts[v] : 0;
        }
        return Math.min(1.0, 2 * Math.min(lower, upper) / total);
    }

    /**
     * Number of the {@code C(m+n, m)} orderings of m x's and n y's with {@code U = v}, for {@code v = 0 … mn}, by
     * {@code f(v; i, j) = f(v − j; i − 1, j) + f(v; i, j − 1)} (the largest observation is an x, beating all j y's,
     * or a y), with {@code f(0; 0, j) = f(0; i, 0) = 1}. Counts are doubles: {@code C(98, 49) ≈ 2.5e28} is exact
     * to about 16 digits, enough for a probability.
     */
    static double[] nullCounts(int m, int n) {
        double[][] previous = new double[n + 1][];
        for (int j = 0; j <= n; j++) {
            previous[j] = new double[] {1};
        }
        for (int i = 1; i <= m; i++) {
            double[][] current = new double[n + 1][];
            current[0] = new double[] {1};
            for (int j = 1; j <= n; j++) {
                double[] f = new double[i * j + 1];
                double[] withoutX = previous[j];
                for (int v = 0; v < withoutX.length; v++) {
                    f[v + j] += withoutX[v];
                }
                double[] withoutY = current[j - 1];
                for (int v = 0; v < withoutY.length; v++) {
                    f[v] += withoutY[v];
                }
                current[j] = f;
            }
            previous = current;
        }
        return previous[n];
    }
}
