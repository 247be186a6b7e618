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

    /**
     * {@code (1/|Z|) Σ_{z∈Z} sqrt(min_{a∈A} cost(z, a))}: the mean distance from each reference point to its nearest
     * approximation point, for a cost that is a squared distance ({@link #SQUARED}, {@link #SQUARED_PLUS}); {@code +∞}
     * for an empty approximation. A {@link KdTree} over {@code A} finds each minimum exactly (the sum runs in the
     * order of {@code Z}, so the value equals the pairwise scan's), O((|A| + |Z|) log |A|) on spread-out sets.
     */
    static double meanNearest(double[][] approximation, double[][] reference, KdTree.Cost squared) {
        checkPair(approximation, reference);
        if (approximation.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        KdTree tree = new KdTree(approximation);
        double sum = 0;
        for (double[] z : reference) {
            sum += Math.sqrt(tree.min(z, squared, -1, 0.0));
        }
        return sum / reference.length;
    }

    /** The squared Euclidean distance, bounded over a box by the squared distance to the box. */
    static final KdTree.Cost SQUARED = new KdTree.Cost() {
        @Override
        public double point(double[] q, double[] pts, int o, int m) {
            double sum = 0;
            for (int k = 0; k < m; k++) {
                double d = q[k] - pts[o + k];
                sum += d * d;
            }
            return sum;
        }

        @Override
        public double box(double[] q, double[] lo, double[] hi, int o, int m) {
            double sum = 0;
            for (int k = 0; k < m; k++) {
                double d = q[k] < lo[o + k] ? lo[o + k] - q[k] : q[k] > hi[o + k] ? q[k] - hi[o + k] : 0.0;
                sum += d * d;
            }
            return sum;
        }
    };

    /** IGD+'s squared {@code d+(z, a) = Σ_k max(a_k − z_k, 0)²}, bounded over a box by its value at the box's low corner. */
    static final KdTree.Cost SQUARED_PLUS = new KdTree.Cost() {
        @Override
        public double point(double[] q, double[] pts, int o, int m) {
            return plus(q, pts, o, m);
        }

        @Override
        public double box(double[] q, double[] lo, double[] hi, int o, int m) {
            return plus(q, lo, o, m);
        }

        private double plus(double[] q, double[] a, int o, int m) {
            double sum = 0;
            for (int k = 0; k < m; k++) {
                double d = Math.max(a[o + k] - q[k], 0.0);
                sum += d * d;
            }
            return sum;
        }
    };

    /** The additive-ε shift {@code max_k (a_k − r_k)}, bounded over a box by its value at the box's low corner. */
    static final KdTree.Cost SHIFT = new KdTree.Cost() {
        @Override
        public double point(double[] q, double[] pts, int o, int m) {
            return shift(q, pts, o, m);
        }

        @Override
        public double box(double[] q, double[] lo, double[] hi, int o, int m) {
            return shift(q, lo, o, m);
        }

        private double shift(double[] q, double[] a, int o, int m) {
            double s = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < m; k++) {
                s = Math.max(s, a[o + k] - q[k]);
            }
            return s;
        }
    };
}
