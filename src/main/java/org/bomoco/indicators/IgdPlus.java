package org.bomoco.indicators;

/**
 * IGD+ (H. Ishibuchi, H. Masuda, Y. Tanigaki, Y. Nojima, "Modified distance calculation in generational distance
 * and inverted generational distance", EMO 2015, LNCS 9019, pp. 110–125): the mean, over the reference points
 * {@code z}, of the distance to the nearest approximation point where only the amounts by which the point is worse
 * than {@code z} count, {@code d+(z, a) = sqrt(Σ_k max(a_k − z_k, 0)²)} for minimisation. Weakly Pareto compliant.
 * Smaller is better. O(|A|·|Z|·m).
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
        return Points.meanNearest(approximation, reference, IgdPlus::distancePlus);
    }

    /** {@code d+(z, a) = sqrt(Σ_k max(a_k − z_k, 0)²)}. */
    static double distancePlus(double[] z, double[] a) {
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            double d = Math.max(a[k] - z[k], 0.0);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
