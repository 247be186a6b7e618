package org.bomoco.indicators;

import java.util.SplittableRandom;

/**
 * Seeded random mutually non-dominated fronts in {@code [0,1]^m}, used by the tests and by
 * {@code org.bomoco.bench.HypervolumeBench}. Points on the positive part of the unit sphere (DTLZ2-like front) or of
 * the simplex {@code Σ f = 1} (DTLZ1-like front, scaled) are mutually non-dominated: if {@code a ≤ b} componentwise
 * with {@code a ≠ b} then {@code ‖a‖ < ‖b‖} and {@code Σ a < Σ b}.
 */
public final class RandomFronts {
    private RandomFronts() {
    }

    /** {@code n} points uniformly on the positive orthant of the unit sphere: normalised absolute Gaussians. */
    public static double[][] sphere(int n, int m, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] front = new double[n][m];
        for (double[] p : front) {
            double norm = 0;
            for (int k = 0; k < m; k++) {
                p[k] = Math.abs(gaussian(rng));
                norm += p[k] * p[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < m; k++) {
                p[k] /= norm;
            }
        }
        return front;
    }

    /** {@code n} points uniformly on the simplex {@code Σ f = 1}: normalised exponentials. */
    public static double[][] simplex(int n, int m, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] front = new double[n][m];
        for (double[] p : front) {
            double sum = 0;
            for (int k = 0; k < m; k++) {
                p[k] = -Math.log(1.0 - rng.nextDouble());
                sum += p[k];
            }
            for (int k = 0; k < m; k++) {
                p[k] /= sum;
            }
        }
        return front;
    }

    /** A standard normal deviate (Box–Muller). */
    private static double gaussian(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * rng.nextDouble());
    }
}
