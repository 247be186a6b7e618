package org.bomoco.indicators;

/**
 * The additive epsilon indicator (E. Zitzler, L. Thiele, M. Laumanns, C. M. Fonseca, V. Grunert da Fonseca,
 * "Performance assessment of multiobjective optimizers: an analysis and review", IEEE Trans. Evol. Comput. 7(2),
 * 2003): the smallest {@code ε} such that every reference point is weakly dominated by some approximation point
 * shifted by {@code −ε}, {@code I_ε+(A, R) = max_{r∈R} min_{a∈A} max_k (a_k − r_k)} for minimisation. May be
 * negative when {@code A} strictly dominates {@code R}. Smaller is better.
 *
 * <p>Computation: a k-d tree over {@code A} ({@code KdTree}; over a box the shift is bounded by its value at the box's
 * lower corner) gives each inner minimum; the search for {@code r} stops as soon as it finds a shift no larger than
 * the running maximum, which then cannot change. The result equals the pairwise scan's exactly. O((|A| + |R|)·log
 * |A|) on spread-out fronts of few objectives, O(|A|·|R|·m) at worst.
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
        Points.checkPair(approximation, reference);
        if (approximation.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        KdTree tree = new KdTree(approximation);
        double worst = Double.NEGATIVE_INFINITY;
        for (double[] r : reference) {
            worst = Math.max(worst, tree.min(r, Points.SHIFT, -1, worst));
        }
        return worst;
    }
}
