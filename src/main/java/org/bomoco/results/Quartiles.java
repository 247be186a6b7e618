package org.bomoco.results;

import java.util.Arrays;

/**
 * First quartile, median and third quartile of a sample by the linear-interpolation definition R-7 of R.J. Hyndman
 * and Y. Fan, "Sample quantiles in statistical packages", The American Statistician 50(4), 1996 (R's and NumPy's
 * default): with sorted {@code x(1..n)} and {@code h = (n − 1)p + 1}, {@code Q(p) = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) −
 * x(⌊h⌋))}, computed by {@link org.bomoco.stats.Summary}. O(n log n).
 */
public record Quartiles(int n, double q1, double median, double q3) {
    /** Quartiles of the finite values of {@code sample}; all NaN for an empty one. */
    public static Quartiles of(double[] sample) {
        double[] x = Arrays.stream(sample).filter(Double::isFinite).sorted().toArray();
        if (x.length == 0) {
            return new Quartiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        org.bomoco.stats.Summary s = org.bomoco.stats.Summary.of(x);
        return new Quartiles(s.n(), s.q1(), s.median(), s.q3());
    }

    /** Interquartile range {@code q3 − q1}. */
    public double iqr() {
        return q3 - q1;
    }
}
