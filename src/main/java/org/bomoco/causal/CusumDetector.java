package org.bomoco.causal;

import java.util.function.DoubleSupplier;

/**
 * Tabular CUSUM (Page 1954, Biometrika 41:100; Montgomery, <i>Introduction to Statistical Quality Control</i>, §9.1)
 * on standardised residuals z_t = (x_t − μ0)/σ0 against a pre-action baseline mean μ0 and sd σ0.
 *
 * <p>Lower side (detects a drop): S⁻_t = max(0, S⁻_{t−1} − z_t − k); upper side (a rise):
 * S⁺_t = max(0, S⁺_{t−1} + z_t − k); both start at 0 and alarm at the first t with S &gt; h. k and h are in sd
 * units; the defaults k = 0.5, h = 5 are Montgomery's recommendation for detecting a 1σ shift. In-control average
 * run lengths for iid N(0,1) (Siegmund's approximation, checked by simulation in the tests): one side alone ≈ 938,
 * {@link Side#BOTH} ≈ 469 — Montgomery's Table 9.3 figure of 465 is for the two-sided scheme. O(n) time, O(1) state.
 *
 * @param k reference value (allowance), sd units, ≥ 0
 * @param h decision threshold, sd units, &gt; 0
 */
public record CusumDetector(double k, double h) {
    /** Montgomery's default reference value. */
    public static final double DEFAULT_K = 0.5;
    /** Montgomery's default threshold. */
    public static final double DEFAULT_H = 5;

    /** Which shift the detector watches for. */
    public enum Side {
        /** a drop below the baseline (lower CUSUM) */
        LOWER,
        /** a rise above the baseline (upper CUSUM) */
        UPPER,
        /** either; alarms when either one-sided statistic crosses h */
        BOTH
    }

    /** Validates k ≥ 0 and h &gt; 0. */
    public CusumDetector {
        if (!(k >= 0) || !(h > 0) || Double.isInfinite(k) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("CUSUM needs finite k >= 0 and h > 0, got k=" + k + ", h=" + h);
        }
    }

    /** The detector with k = 0.5, h = 5. */
    public static CusumDetector standard() {
        return new CusumDetector(DEFAULT_K, DEFAULT_H);
    }

    /**
     * The CUSUM statistic from {@code from} on (entries before {@code from} are 0); for {@link Side#BOTH} the larger of
     * the two one-sided statistics. No restart after an alarm.
     */
    public double[] statistics(double[] series, int from, double mean, double sd, Side side) {
        checkBaseline(mean, sd);
        double[] out = new double[series.length];
        double lower = 0;
        double upper = 0;
        for (int t = from; t < series.length; t++) {
            double z = (series[t] - mean) / sd;
            lower = Math.max(0, lower - z - k);
            upper = Math.max(0, upper + z - k);
            out[t] = side == Side.LOWER ? lower : side == Side.UPPER ? upper : Math.max(lower, upper);
        }
        return out;
    }

    /** First index t ≥ {@code from} at which the CUSUM exceeds h, or −1 if it never does. */
    public int firstAlarm(double[] series, int from, double mean, double sd, Side side) {
        double[] s = statistics(series, from, mean, sd, side);
        for (int t = from; t < series.length; t++) {
            if (s[t] > h) {
                return t;
            }
        }
        return -1;
    }

    /** Number of alarms from {@code from} on when both statistics restart at 0 after each alarm (for alarm rates). */
    public int countAlarms(double[] series, int from, double mean, double sd, Side side) {
        checkBaseline(mean, sd);
        int alarms = 0;
        double lower = 0;
        double upper = 0;
        for (int t = from; t < series.length; t++) {
            double z = (series[t] - mean) / sd;
            lower = Math.max(0, lower - z - k);
            upper = Math.max(0, upper + z - k);
            if (crossed(lower, upper, side)) {
                alarms++;
                lower = 0;
                upper = 0;
            }
        }
        return alarms;
    }

    /**
     * Run length on a stream of already standardised values: the 1-based count of observations up to and including
     * the first alarm, or −1 if none within {@code maxSteps}. Used for average-run-length (ARL) simulation.
     */
    public int runLength(DoubleSupplier standardised, int maxSteps, Side side) {
        double lower = 0;
        double upper = 0;
        for (int n = 1; n <= maxSteps; n++) {
            double z = standardised.getAsDouble();
            lower = Math.max(0, lower - z - k);
            upper = Math.max(0, upper + z - k);
            if (crossed(lower, upper, side)) {
                return n;
            }
        }
        return -1;
    }

    private boolean crossed(double lower, double upper, Side side) {
        return switch (side) {
            case LOWER -> lower > h;
            case UPPER -> upper > h;
            case BOTH -> lower > h || upper > h;
        };
    }

    private static void checkBaseline(double mean, double sd) {
        if (!Double.isFinite(mean) || !(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("CUSUM baseline needs a finite mean and sd > 0, got mean=" + mean
                    + ", sd=" + sd);
        }
    }
}
