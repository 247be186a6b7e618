package org.bomoco.indicators;

import java.util.Arrays;

/**
 * Bounds-based normalisation: {@code f'_k = (f_k − ideal_k) / (nadir_k − ideal_k)}, mapping the box between the
 * ideal and nadir points onto {@code [0,1]^m}. Bounds are usually taken from a reference set ({@link #of}) and then
 * applied to every approximation set compared against it, so all sets share one scale (as in MOEA Framework's
 * {@code Normalizer} and jMetal's {@code NormalizeUtils}). Values outside the bounds are not clamped: they map
 * below 0 or above 1. An objective whose range is 0 is only shifted (its range is taken as 1).
 *
 * @param ideal per-objective lower bound
 * @param nadir per-objective upper bound, {@code nadir_k ≥ ideal_k}
 */
public record Normalization(double[] ideal, double[] nadir) {

    public Normalization {
        if (ideal.length != nadir.length || ideal.length == 0) {
            throw new IllegalArgumentException("ideal and nadir need the same, positive length, got "
                    + ideal.length + " and " + nadir.length);
        }
        ideal = ideal.clone();
        nadir = nadir.clone();
        for (int k = 0; k < ideal.length; k++) {
            if (!Double.isFinite(ideal[k]) || !Double.isFinite(nadir[k]) || nadir[k] < ideal[k]) {
                throw new IllegalArgumentException("objective " + k + ": need finite ideal ≤ nadir, got "
                        + ideal[k] + " and " + nadir[k]);
            }
        }
    }

    /**
     * The bounds of a set: per objective, its minimum (ideal) and maximum (nadir). O(n·m).
     *
     * @throws IllegalArgumentException when the set is empty, ragged or has non-finite values
     */
    public static Normalization of(double[][] reference) {
        if (reference.length == 0 || reference[0] == null || reference[0].length == 0) {
            throw new IllegalArgumentException("cannot take bounds of an empty set");
        }
        int m = Points.check(reference, reference[0].length, "reference");
        double[] lo = reference[0].clone();
        double[] hi = reference[0].clone();
        for (double[] p : reference) {
            for (int k = 0; k < m; k++) {
                lo[k] = Math.min(lo[k], p[k]);
                hi[k] = Math.max(hi[k], p[k]);
            }
        }
        return new Normalization(lo, hi);
    }

    @Override
    public double[] ideal() {
        return ideal.clone();
    }

    @Override
    public double[] nadir() {
        return nadir.clone();
    }

    /** Number of objectives. */
    public int dimension() {
        return ideal.length;
    }

    /** The normalised copy of one point. */
    public double[] normalize(double[] point) {
        if (point.length != ideal.length) {
            throw new IllegalArgumentException("point has " + point.length + " objectives, expected "
                    + ideal.length);
        }
        double[] out = new double[point.length];
        for (int k = 0; k < point.length; k++) {
            double range = nadir[k] - ideal[k];
            out[k] = (point[k] - ideal[k]) / (range > 0 ? range : 1.0);
        }
        return out;
    }

    /** The normalised copy of a set (the input is not modified). */
    public double[][] normalize(double[][] set) {
        double[][] out = new double[set.length][];
        for (int i = 0; i < set.length; i++) {
            out[i] = normalize(set[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && Arrays.equals(ideal, n.ideal)
                && Arrays.equals(nadir, n.nadir);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ideal) + Arrays.hashCode(nadir);
    }

    @Override
    public String toString() {
        return "Normalization[ideal=" + Arrays.toString(ideal) + ", nadir="
                + Arrays.toString(nadir) + "]";
    }
}
