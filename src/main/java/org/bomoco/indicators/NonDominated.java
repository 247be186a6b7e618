package org.bomoco.indicators;

import java.util.stream.IntStream;

import org.bomoco.pareto.ParetoFilter;

/**
 * Non-dominated filtering (minimisation) of checked point sets: the points no other point Pareto-dominates
 * ({@code q ≤ p} in every objective and {@code q < p} in one). Equal points do not dominate each other, so every copy
 * of a non-dominated point is kept; {@code −0.0} equals {@code 0.0}. The sweeps (O(n log n) in 2 and 3 objectives,
 * Kung, Luccio &amp; Preparata 1975) live in {@link ParetoFilter}, which the optimizers' front rule shares.
 */
public final class NonDominated {
    private NonDominated() {
    }

    /**
     * Whether each point is non-dominated in {@code points} ({@link ParetoFilter#mask}).
     *
     * @throws IllegalArgumentException on a ragged set or non-finite values
     */
    public static boolean[] mask(double[][] points) {
        if (points.length > 0) {
            Points.check(points, points[0].length, "point");
        }
        return ParetoFilter.mask(points);
    }

    /** The non-dominated points of {@code points}, in input order (not copied). */
    public static double[][] filter(double[][] points) {
        boolean[] keep = mask(points);
        return IntStream.range(0, points.length).filter(i -> keep[i]).mapToObj(i -> points[i])
                .toArray(double[][]::new);
    }
}
