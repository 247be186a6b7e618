package org.bomoco.indicators;

/**
 * The additive epsilon indicator (E. Zitzler, L. Thiele, M. Laumanns, C. M. Fonseca, V. Grunert da Fonseca,
 * "Performance assessment of multiobjective optimizers: an analysis and review", IEEE Trans. Evol. Comput. 7(2),
 * 2003): the smallest {@code ε} such that every reference point is weakly dominated by some approximation point
 * shifted by {@code −ε}, {@code I_ε+(A, R) = max_{r∈R} min_{a∈A} max_k (a_k − r_k)} for minimisation. May be
 * negative when {@code A} strictly dominates {@code R}. Smaller is better. O(|A|·|R|·m).
 */
public final class AdditiveEpsilon {
    private AdditiveEpsilon() {
    }

    /**
     * @param approximation minimised objective vectors; an empty set gives {@code +∞}
     * @param reference reference points, non-empty
     * @throws IllegalArgumentException on an empty reference set, mismatched dimensions or non-finite values
     */
    public static double compute(double[][] approximation, double[][] reference) {
        int m = Points.checkPair(approximation, reference);
        if (approximation.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = Double.NEGATIVE_INFINITY;
        for (double[] r : reference) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] a : approximation) {
                double shift = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < m; k++) {
                    shift = Math.max(shift, a[k] - r[k]);
                }
                best = Math.min(best, shift);
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }
}
