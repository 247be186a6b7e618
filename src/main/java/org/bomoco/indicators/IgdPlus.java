package org.bomoco.indicators;

/**
 * IGD+ (H. Ishibuchi, H. Masuda, Y. Tanigaki, Y. Nojima, "Modified distance calculation in generational distance
 * and inverted generational distance", EMO 2015, LNCS 9019, pp. 110–125): the mean, over the reference points
 * {@code z}, of the distance to the nearest approximation point where only the amounts by which the point is worse
 * than {@code z} count, {@code d+(z, a) = sqrt(Σ_k max(a_k − z_k, 0)²)} for minimisation. Weakly Pareto compliant.
 * Smaller is better. Each nearest point is found exactly by a k-d tree over {@code A} ({@code KdTree}; the box bound
 * is {@code d+} from the box's lower corner), O((|A| + |Z|)·log |A|) on spread-out fronts, O(|A|·|Z|·m) at worst.
 */
public final class IgdPlus {
    private IgdPlus() {
    }

    /**
     * @param approximation minimised objective vectors; an empty set gives {@code +∞}
     * @param reference reference points, non-empty
     * @throws IllegalArgumentException on an empty reference set, mismatched dimensions or non-finite values
     */
    public static double compute(double[][] approximation, double[][] reference) {
        return Points.meanNearest(approximation, reference, Points.SQUARED_PLUS);
    }
}
