package org.bomoco.stats;

import java.util.Arrays;

/**
 * Mid-ranks (average ranks for ties, 1-based, ascending) of a pooled sample and its tie term {@code Σ(t³ − t)} over
 * the groups of {@code t} equal values, as used in the tie corrections of Kruskal–Wallis, Mann–Whitney and Friedman
 * (M. Hollander, D.A. Wolfe, E. Chicco, <i>Nonparametric Statistical Methods</i>, 3rd ed., Wiley 2014). {@code −0.0}
 * and {@code 0.0} count as equal. O(N log N).
 *
 * @param ranks mid-rank of each value, in input order
 * @param tieTerm {@code Σ(t³ − t)} over tie groups (0 without ties)
 */
record Ranks(double[] ranks, double tieTerm) {

    /** Ranks {@code values} (not modified); callers have checked them with {@link #check}. */
    static Ranks of(double[] values) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = values[i] + 0.0; // maps −0.0 to 0.0, which Arrays.sort would order before 0.0
        }
        Arrays.sort(sorted);
        double ties = 0;
        for (int start = 0, end; start < n; start = end) {
            end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            double t = end - start;
            ties += t * t * t - t;
        }
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            double v = values[i] + 0.0;
            int lo = bound(sorted, v, false);
            int hi = bound(sorted, v, true);
            ranks[i] = (lo + 1 + hi) / 2.0; // mean of the 1-based positions lo+1 .. hi
        }
        return new Ranks(ranks, ties);
    }

    /** Index of the first element {@code > v} (if {@code upper}) or {@code >= v} of an ascending array. */
    private static int bound(double[] sorted, double v, boolean upper) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v || upper && sorted[mid] == v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Concatenates samples into one pooled array. */
    static double[] pool(double[]... samples) {
        int total = 0;
        for (double[] s : samples) {
            total += s.length;
        }
        double[] pooled = new double[total];
        int at = 0;
        for (double[] s : samples) {
            System.arraycopy(s, 0, pooled, at, s.length);
            at += s.length;
        }
        return pooled;
    }

    /**
     * Checks that a sample is non-null, non-empty and free of NaN (infinities are allowed: ranks order them).
     *
     * @throws IllegalArgumentException naming {@code what}
     */
    static double[] check(double[] sample, String what) {
        if (sample == null || sample.length == 0) {
            throw new IllegalArgumentException(what + " is empty: give at least one observation");
        }
        for (int i = 0; i < sample.length; i++) {
            if (Double.isNaN(sample[i])) {
                throw new IllegalArgumentException(what + " has NaN at index " + i + ": remove or replace it");
            }
        }
        return sample;
    }
}
