package org.bomoco.indicators;

import java.util.SplittableRandom;

/**
 * Seeded random point sets of several shapes for checking fast indicator code against naive code: a uniform cloud in
 * {@code [0,1]^m} (many dominated points), a front on the unit sphere ({@link RandomFronts}), a coarse grid
 * {@code {0, 1/4, ..., 1}^m} (ties in every coordinate and duplicates), a few distinct points each repeated many times,
 * and a flat set whose last objective is constant.
 */
final class ShapedSets {
    /** Every shape name. */
    static final String[] SHAPES = {"cloud", "sphere", "grid", "repeated", "flat"};

    private ShapedSets() {
    }

    static double[][] of(String shape, int n, int m, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] out = new double[n][m];
        switch (shape) {
            case "cloud" -> fill(out, rng);
            case "sphere" -> out = RandomFronts.sphere(n, m, seed);
            case "grid" -> {
                for (double[] p : out) {
                    for (int k = 0; k < m; k++) {
                        p[k] = rng.nextInt(5) / 4.0;
                    }
                }
            }
            case "repeated" -> {
                double[][] distinct = new double[Math.max(1, n / 50)][m];
                fill(distinct, rng);
                for (int i = 0; i < n; i++) {
                    out[i] = distinct[rng.nextInt(distinct.length)].clone();
                }
            }
            case "flat" -> {
                fill(out, rng);
                for (double[] p : out) {
                    p[m - 1] = 0.5;
                }
            }
            default -> throw new IllegalArgumentException(shape);
        }
        return out;
    }

    private static void fill(double[][] set, SplittableRandom rng) {
        for (double[] p : set) {
            for (int k = 0; k < p.length; k++) {
                p[k] = rng.nextDouble();
            }
        }
    }
}
