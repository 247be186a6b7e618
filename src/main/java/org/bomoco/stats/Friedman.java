package org.bomoco.stats;

import org.apache.commons.math3.special.Beta;

/**
 * Friedman two-way analysis of variance by ranks for k algorithms on n blocks (problem instances) (M. Friedman, "The
 * use of ranks to avoid the assumption of normality implicit in the analysis of variance", JASA 32(200), 1937), as
 * recommended for comparing algorithms over several data sets by J. Demšar, "Statistical comparisons of classifiers
 * over multiple data sets", JMLR 7, 2006, §3.2.2. Within each block the algorithms get mid-ranks, <b>rank 1 =
 * best</b> (Demšar's convention). With rank sums {@code R_j}, the tie-corrected statistic (Hollander, Wolfe &amp;
 * Chicco, <i>Nonparametric Statistical Methods</i>, 3rd ed. 2014, §7.1; R's {@code friedman.test}) is
 *
 * <pre>
 *   χ²_F = 12 Σ_j (R_j − n(k + 1)/2)² / [n k (k + 1) − Σ(t³ − t) / (k − 1)]
 * </pre>
 *
 * (the tie sum over all blocks), which without ties equals Demšar's
 * {@code 12n/(k(k+1)) [Σ_j r̄_j² − k(k+1)²/4]} on the mean ranks {@code r̄_j}. {@code p = P(χ²_{k−1} ≥ χ²_F)}.
 * The Iman–Davenport correction (R.L. Iman, J.M. Davenport, "Approximations of the critical region of the Friedman
 * statistic", Comm. Statist. A 9(6), 1980) is {@code F_F = (n − 1)χ²_F / (n(k − 1) − χ²_F)} with
 * {@code (k − 1, (k − 1)(n − 1))} degrees of freedom ({@code +∞}, p = 0, when every block ranks alike without
 * ties). Conventions: all blocks fully tied gives {@code χ²_F = 0}, p = 1. O(n·k log k).
 */
public final class Friedman {
    private Friedman() {
    }

    /**
     * @param meanRanks mean rank of each algorithm over the blocks (1 = best), in column order
     * @param chiSquare tie-corrected Friedman statistic
     * @param df {@code k − 1}
     * @param pValue upper-tail chi-square probability of {@code chiSquare}
     * @param imanDavenportF Iman–Davenport statistic
     * @param imanDavenportPValue upper-tail F probability with {@code (k − 1, (k − 1)(n − 1))} degrees of freedom
     */
    public record Result(double[] meanRanks, double chiSquare, int df, double pValue, double imanDavenportF,
            double imanDavenportPValue) {
        /** Copies the ranks. */
        public Result {
            meanRanks = meanRanks.clone();
        }

        /** A copy of the mean ranks. */
        @Override
        public double[] meanRanks() {
            return meanRanks.clone();
        }
    }

    /**
     * @param data {@code data[block][algorithm]}: n ≥ 2 rows of k ≥ 2 values, no NaN (not modified)
     * @param largerIsBetter whether the largest value of a block gets rank 1
     * @throws IllegalArgumentException on too few blocks or algorithms, a ragged table or a NaN
     */
    public static Result test(double[][] data, boolean largerIsBetter) {
        int n = data.length;
        int k = n == 0 || data[0] == null ? 0 : data[0].length;
        if (n < 2 || k < 2) {
            throw new IllegalArgumentException("Friedman needs at least 2 blocks of at least 2 algorithms, got " + n
                    + " × " + k);
        }
        double[] rankSums = new double[k];
        double ties = 0;
        for (int b = 0; b < n; b++) {
            if (data[b] == null || data[b].length != k) {
                throw new IllegalArgumentException("block " + b + " has " + (data[b] == null ? 0 : data[b].length)
                        + " values, expected " + k);
            }
            double[] row = Ranks.check(data[b], "block " + b).clone();
            for (int j = 0; j < k && largerIsBetter; j++) {
                row[j] = -row[j];
            }
            Ranks ranks = Ranks.of(row);
            ties += ranks.tieTerm();
            for (int j = 0; j < k; j++) {
                rankSums[j] += ranks.ranks()[j];
            }
        }
        double[] meanRanks = new double[k];
        double squares = 0;
        for (int j = 0; j < k; j++) {
            meanRanks[j] = rankSums[j] / n;
            double d = rankSums[j] - n * (k + 1) / 2.0;
            squares += d * d;
        }
        double denominator = n * k * (k + 1.0) - ties / (k - 1);
        double chi = denominator <= 0 ? 0 : 12 * squares / denominator;
        return result(meanRanks, chi, n);
    }

    /**
     * Demšar's (2006) formula on mean ranks, {@code 12n/(k(k+1)) [Σ r̄_j² − k(k+1)²/4]}, without tie correction: for
     * checking published tables that give only mean ranks.
     */
    public static Result fromMeanRanks(double[] meanRanks, int blocks) {
        int k = meanRanks.length;
        double sum = 0;
        for (double r : meanRanks) {
            sum += r * r;
        }
        double chi = 12.0 * blocks / (k * (k + 1.0)) * (sum - k * (k + 1.0) * (k + 1.0) / 4);
        return result(meanRanks, chi, blocks);
    }

    private static Result result(double[] meanRanks, double chi, int n) {
        int k = meanRanks.length;
        int df1 = k - 1;
        double df2 = (k - 1.0) * (n - 1.0);
        double spare = n * (k - 1.0) - chi;
        double f = spare <= 0 ? Double.POSITIVE_INFINITY : (n - 1) * chi / spare;
        double fp = f <= 0 ? 1.0 : Double.isInfinite(f) ? 0.0 : fUpperTail(f, df1, df2);
        return new Result(meanRanks, chi, df1, KruskalWallis.chiSquareUpperTail(chi, df1), f, fp);
    }

    /** {@code P(F_{d1,d2} ≥ x) = I_{d2/(d2 + d1 x)}(d2/2, d1/2)} (Abramowitz &amp; Stegun §26.6). */
    static double fUpperTail(double x, double d1, double d2) {
        return Beta.regularizedBeta(d2 / (d2 + d1 * x), d2 / 2, d1 / 2);
    }
}
