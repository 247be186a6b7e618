package org.bomoco.report;

/**
 * The statistical tests the tables use: {@link #DEFAULT} delegates to {@code org.bomoco.stats}; {@link #NONE} turns
 * the statistics columns off (tests of the table layout use it). Every method returns NaN when it cannot test (too
 * few values); the tables then print "–".
 */
interface StatTests {
    /** Kruskal–Wallis p-value over the samples (each non-empty). */
    double kruskalWallisP(double[]... samples);

    /** Two-sided Mann–Whitney U p-value of {@code a} against {@code b}. */
    double mannWhitneyP(double[] a, double[] b);

    /** Holm step-down adjusted p-values, in input order. */
    double[] holm(double[] p);

    /** Vargha–Delaney {@code A12 = P(a > b) + P(a = b)/2}. */
    double a12(double[] a, double[] b);

    /**
     * Friedman test over {@code values[block][treatment]} (blocks = instances, treatments = algorithms), ranks given
     * within each block so that rank 1 is the best ({@code largerIsBetter} says which direction is best).
     *
     * @return mean rank per treatment, followed by the p-value (array length = treatments + 1)
     */
    double[] friedman(double[][] values, boolean largerIsBetter);

    /** No tests: every result NaN. */
    StatTests NONE = new StatTests() {
        @Override
        public double kruskalWallisP(double[]... samples) {
            return Double.NaN;
        }

        @Override
        public double mannWhitneyP(double[] a, double[] b) {
            return Double.NaN;
        }

        @Override
        public double[] holm(double[] p) {
            return java.util.Arrays.stream(p).map(x -> Double.NaN).toArray();
        }

        @Override
        public double a12(double[] a, double[] b) {
            return Double.NaN;
        }

        @Override
        public double[] friedman(double[][] values, boolean largerIsBetter) {
            double[] out = new double[values.length == 0 ? 1 : values[0].length + 1];
            java.util.Arrays.fill(out, Double.NaN);
            return out;
        }
    };

    /** The tests {@link Reports#write} uses: {@code org.bomoco.stats}. */
    StatTests DEFAULT = new StatTests() {
        @Override
        public double kruskalWallisP(double[]... samples) {
            return samples.length < 2 ? Double.NaN : org.bomoco.stats.KruskalWallis.test(samples).pValue();
        }

        @Override
        public double mannWhitneyP(double[] a, double[] b) {
            return a.length == 0 || b.length == 0 ? Double.NaN : org.bomoco.stats.MannWhitney.test(a, b).pValue();
        }

        @Override
        public double[] holm(double[] p) {
            return org.bomoco.stats.Holm.adjust(p);
        }

        @Override
        public double a12(double[] a, double[] b) {
            return a.length == 0 || b.length == 0 ? Double.NaN : org.bomoco.stats.VarghaDelaney.a12(a, b);
        }

        @Override
        public double[] friedman(double[][] values, boolean largerIsBetter) {
            int k = values.length == 0 ? 0 : values[0].length;
            double[] out = new double[k + 1];
            if (values.length < 2 || k < 2) {
                java.util.Arrays.fill(out, Double.NaN);
                return out;
            }
            org.bomoco.stats.Friedman.Result r = org.bomoco.stats.Friedman.test(values, largerIsBetter);
            System.arraycopy(r.meanRanks(), 0, out, 0, k);
            out[k] = r.pValue();
            return out;
        }
    };

    /** Whether this implementation computes anything (false for {@link #NONE}). */
    default boolean available() {
        return this != NONE;
    }
}
