package org.bomoco.stats;

/**
 * Vargha–Delaney A measure of stochastic superiority (A. Vargha, H.D. Delaney, "A critique and improvement of the CL
 * common language effect size statistics of McGraw and Wong", Journal of Educational and Behavioral Statistics 25(2),
 * 2000): {@code A12(x, y) = P(X > Y) + ½·P(X = Y)}, estimated over all {@code m·n} pairs as
 * {@code (R_x/m − (m + 1)/2) / n = U_x / (mn)} with mid-ranks R_x. {@code A12(x, y) = 1 − A12(y, x)}; 0.5 means
 * no effect. O((m + n) log(m + n)).
 *
 * <p><b>Direction.</b> A12 itself is about larger values. For an indicator where smaller is better (IGD+, epsilon,
 * spread), the probability that x is <em>better</em> than y is {@code A12(y, x)}; {@link #better(double[],
 * double[], boolean)} returns that oriented value, used by {@link Comparison}: above 0.5 means x tends to be better.
 *
 * <p><b>Magnitude</b> (Vargha &amp; Delaney 2000, thresholds 0.56, 0.64, 0.71 matching Cohen's d of 0.2,
 * 0.5, 0.8) on {@code max(A, 1 − A)}: negligible below 0.56, small below 0.64, medium below 0.71, large otherwise.
 */
public final class VarghaDelaney {
    private VarghaDelaney() {
    }

    /** Effect-size labels of Vargha &amp; Delaney (2000) on {@code max(A, 1 − A)}. */
    public enum Magnitude {
        /** {@code max(A, 1 − A) < 0.56}. */
        NEGLIGIBLE,
        /** {@code 0.56 ≤ max(A, 1 − A) < 0.64}. */
        SMALL,
        /** {@code 0.64 ≤ max(A, 1 − A) < 0.71}. */
        MEDIUM,
        /** {@code max(A, 1 − A) ≥ 0.71}. */
        LARGE;

        /**
         * @param a an A12 value in {@code [0, 1]}; either orientation gives the same label
         * @throws IllegalArgumentException outside {@code [0, 1]}
         */
        public static Magnitude of(double a) {
            if (!(a >= 0 && a <= 1)) {
                throw new IllegalArgumentException("A12 must lie in [0, 1], got " + a);
            }
            double d = Math.max(a, 1 - a);
            return d < 0.56 ? NEGLIGIBLE : d < 0.64 ? SMALL : d < 0.71 ? MEDIUM : LARGE;
        }
    }

    /**
     * {@code A12(x, y) = P(X > Y) + ½·P(X = Y)}.
     *
     * @throws IllegalArgumentException on an empty sample or a NaN
     */
    public static double a12(double[] x, double[] y) {
        Ranks.check(x, "the first sample");
        Ranks.check(y, "the second sample");
        double[] ranks = Ranks.of(Ranks.pool(x, y)).ranks();
        double rankSum = 0;
        for (int i = 0; i < x.length; i++) {
            rankSum += ranks[i];
        }
        int m = x.length;
        return (rankSum / m - (m + 1) / 2.0) / y.length;
    }

    /**
     * Probability that an observation of x is better than one of y (ties count half): {@code A12(x, y)} if larger is
     * better, {@code A12(y, x) = 1 − A12(x, y)} if smaller is better.
     */
    public static double better(double[] x, double[] y, boolean largerIsBetter) {
        return largerIsBetter ? a12(x, y) : a12(y, x);
    }
}
