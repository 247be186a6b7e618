package org.bomoco.indicators;

/**
 * Inverted generational distance with power 1: the mean, over the reference points {@code z}, of the Euclidean
 * distance from {@code z} to the nearest point of the approximation set,
 * {@code IGD(A, Z) = (1/|Z|) Σ_{z∈Z} min_{a∈A} ‖a − z‖} (C. A. Coello Coello, M. Reyes Sierra, MICAI 2004;
 * the power-1 form recommended by H. Ishibuchi et al., EMO 2015). jMetal's default (power 2, the square root of
 * the sum of squares over |Z|) differs. Smaller is better. Each nearest point is found exactly by a k-d tree over {@code A} ({@code KdTree}),
 * O((|A| + |Z|)·log |A|) on spread-out fronts of few objectives, O(|A|·|Z|·m) at worst.
 */
public final class Igd {
    private Igd() {
    }

    /**
     * @param approximation minimised objective vectors; an empty set gives {@code +∞}
     * @param reference reference points (usually a sample of the Pareto front), non-empty
     * @throws IllegalArgumentException on an empty reference set, mismatched dimensions or non-finite values
     */
    public static double compute(double[][] approximation, double[][] reference) {
        return Points.meanNearest(approximation, reference, Points.SQUARED);
    }
}
