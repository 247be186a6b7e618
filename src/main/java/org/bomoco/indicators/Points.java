package org.bomoco.indicators;

/** Argument checks and small vector helpers shared by the indicators (package-private). */
final class Points {
    private Points() {
    }

    /**
     * Checks that every point of {@code set} has {@code dimension} finite coordinates.
     *
     * @return {@code dimension}
     * @throws IllegalArgumentException on a ragged or non-finite set
     */
    static int check(double[][] set, int dimension, String what) {
        for (int i = 0; i < set.length; i++) {
            if (set[i] == null || set[i].length != dimension) {
                throw new IllegalArgumentException(what + " point " + i + " has "
                        + (set[i] == null ? "no" : set[i].length) + " objectives, expected " + dimension);
            }
            for (double v : set[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(what + " point " + i + " has a non-finite objective " + v);
                }
            }
        }
        return dimension;
    }

    /** Checks both sets; the reference set must be non-empty and fixes the dimension. */
    static int checkPair(double[][] approximation, double[][] reference) {
        if (reference.length == 0) {
            throw new IllegalArgumentException("the reference set is empty");
        }
        int m = reference[0] == null ? 0 : reference[0].length;
        if (m == 0) {
            throw new IllegalArgumentException("reference point 0 has no objectives");
        }
        check(reference, m, "reference");
        return check(approximation, m, "approximation");
    }

    /** Euclidean distance. */
    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /**
     * {@code (1/|Z|) Σ_{z∈Z} min_{a∈A} d(z, a)}: the mean distance from each reference point to its nearest
     * approximation point under {@code d}; {@code +∞} for an empty approximation. O(|A|·|Z|·m).
     */
    static double meanNearest(double[][] approximation, double[][] reference,
                              java.util.function.ToDoubleBiFunction<double[], double[]> d) {
        checkPair(approximation, reference);
        if (approximation.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (double[] z : reference) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] a : approximation) {
                nearest = Math.min(nearest, d.applyAsDouble(z, a));
            }
            sum += nearest;
        }
        return sum / reference.length;
    }
}
