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
        Points.checkPair(approximation, reference);
        if (approximation.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (double[] z : reference) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] a : approximation) {
                nearest = Math.min(nearest, distancePlus(z, a));
            }
            sum += nearest;
        }
        return sum / reference.length;
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
