package org.bomoco.stats;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Descriptive summary of one sample. Quartiles use the linear-interpolation definition R-7 of R.J. Hyndman and
 * Y. Fan, "Sample quantiles in statistical packages", The American Statistician 50(4), 1996 — the default of R's
 * {@code quantile} and NumPy's {@code percentile}: with the sorted sample {@code x(1) ≤ … ≤ x(n)} and
 * {@code h = (n − 1)p + 1}, {@code Q(p) = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋))}; computed by Commons Math
 * {@link Percentile} with {@link EstimationType#R_7} (not its default, {@code LEGACY}, which is close to R-6).
 * {@code sd} is the bias-corrected sample standard deviation (divisor {@code n − 1}; 0 for {@code n = 1}).
 * Observations must be finite (Commons Math's interpolation turns {@code ∞ − ∞} into NaN): map a failed run to a
 * finite worst value before summarising. O(n log n).
 *
 * @param n number of observations, at least 1
 * @param mean arithmetic mean
 * @param sd sample standard deviation
 * @param min smallest observation
 * @param q1 first quartile
 * @param median second quartile (R-7; the usual median)
 * @param q3 third quartile
 * @param max largest observation
 */
public record Summary(int n, double mean, double sd, double min, double q1, double median, double q3, double max) {

    /** Checks the order {@code min ≤ q1 ≤ median ≤ q3 ≤ max}. */
    public Summary {
        if (n < 1) {
            throw new IllegalArgumentException("a summary needs at least one observation, got n = " + n);
        }
        if (!(min <= q1 && q1 <= median && median <= q3 && q3 <= max)) {
            throw new IllegalArgumentException("quantiles out of order: min " + min + ", q1 " + q1 + ", median "
                    + median + ", q3 " + q3 + ", max " + max);
        }
    }

    /**
     * Summarises a sample (not modified).
     *
     * @throws IllegalArgumentException on an empty sample or a non-finite value
     */
    public static Summary of(double[] sample) {
        Ranks.check(sample, "the sample");
        for (int i = 0; i < sample.length; i++) {
            if (Double.isInfinite(sample[i])) {
                throw new IllegalArgumentException("the sample has " + sample[i] + " at index " + i
                        + ": summaries need finite values; map failed runs to a finite worst value first");
            }
        }
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(sample);
        return new Summary(sample.length, StatUtils.mean(sample), new StandardDeviation(true).evaluate(sample),
                StatUtils.min(sample), quantile.evaluate(25), quantile.evaluate(50), quantile.evaluate(75),
                StatUtils.max(sample));
    }

    /** Interquartile range {@code q3 − q1}. */
    public double iqr() {
        return q3 - q1;
    }
}
