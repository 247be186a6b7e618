package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The 4-D base case ({@link FourDimensionalSweep}, HV4D+-style) and the 4-D-child ordering of the 5-D level
 * ({@code HypervolumeSweep.limitToFour}) against {@link NaiveHypervolume} (WFG with pairwise filtering) on seeded
 * random sets, with coarse grids for ties in every coordinate and duplicates (STYLE.md habit 8).
 */
class FourDimensionalSweepTest {
    /** Both methods are exact: they differ by rounding only (relative to the volume, at least 1). */
    private static final double EXACT = 1e-12;

    @Test
    void sweepAgreesWithNaiveOnSeededRandomSets() {
        SplittableRandom rng = new SplittableRandom(20240615L);
        double[] ref = {1, 1, 1, 1};
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rng.nextInt(trial % 4 == 0 ? 120 : 30);
            double[][] pts = randomSet(rng, n, 4, trial % 2 == 0 ? 1 + trial % 7 : 0);
            double expected = NaiveHypervolume.compute(pts, ref);
            assertEquals(expected, sweep(pts, ref, rng), EXACT * Math.max(1.0, expected), "trial " + trial);
        }
    }

    @Test
    void sweepHandlesDuplicatesAndChainsOfDominatedPoints() {
        double[] ref = {1, 1, 1, 1};
        double[] p = {0.5, 0.5, 0.5, 0.5};
        // one box, 0.5^4 = 0.0625, however often it is repeated and whatever it dominates
        double[][] same = {p, p.clone(), {0.5, 0.5, 0.75, 0.5}, {0.75, 0.75, 0.75, 0.75}, p.clone()};
        assertEquals(0.0625, sweep(same, ref, new SplittableRandom(1)), EXACT);
        // a later point (larger w) dominating in x, y, z: boxes 0.5^4 and 0.75^3 · 0.25 overlap in 0.5^3 · 0.25,
        // union = 0.0625 + 0.10546875 − 0.03125 = 0.13671875
        double[][] chain = {p, {0.25, 0.25, 0.25, 0.75}};
        assertEquals(0.13671875, sweep(chain, ref, new SplittableRandom(2)), EXACT);
    }

    @Test
    void fiveObjectivesWithTiesAgreeWithNaive() {
        // exercises the three groups of the 4-D child (limited third and fourth coordinate, limited fourth, free)
        SplittableRandom rng = new SplittableRandom(20240616L);
        double[] ref = {1, 1, 1, 1, 1};
        for (int trial = 0; trial < 120; trial++) {
            int n = 1 + rng.nextInt(trial % 3 == 0 ? 90 : 25);
            double[][] pts = randomSet(rng, n, 5, trial % 2 == 0 ? 2 + trial % 6 : 0);
            double expected = NaiveHypervolume.compute(pts, ref);
            assertEquals(expected, Hypervolume.compute(pts, ref), EXACT * Math.max(1.0, expected), "trial " + trial);
        }
    }

    @Test
    void fiveObjectiveFrontsAgreeWithNaive() {
        // mutually non-dominated fronts: large 4-D children; relative tolerance
        for (long seed = 1; seed <= 3; seed++) {
            for (double[][] front : new double[][][] {RandomFronts.sphere(100, 5, seed), RandomFronts.simplex(100, 5, seed)}) {
                double expected = NaiveHypervolume.compute(front, new double[] {1, 1, 1, 1, 1});
                assertEquals(expected, Hypervolume.compute(front, new double[] {1, 1, 1, 1, 1}), EXACT * expected);
            }
        }
    }

    /**
     * Runs the sweep directly: points sorted by w, ties in w shuffled (the sweep must not depend on their order),
     * laid out with stride 5 as inside the recursion.
     */
    private static double sweep(double[][] pts, double[] ref, SplittableRandom rng) {
        double[][] sorted = pts.clone();
        for (int i = sorted.length - 1; i > 0; i--) {
            int r = rng.nextInt(i + 1);
            double[] t = sorted[i];
            sorted[i] = sorted[r];
            sorted[r] = t;
        }
        Arrays.sort(sorted, Comparator.comparingDouble(p -> p[3]));
        int stride = 5;
        double[] flat = new double[sorted.length * stride];
        for (int i = 0; i < sorted.length; i++) {
            System.arraycopy(sorted[i], 0, flat, i * stride, 4);
        }
        return new FourDimensionalSweep(sorted.length, ref).volume(flat, sorted.length, stride);
    }

    /** Points strictly inside the unit reference: on a grid of {@code levels + 1} values, or continuous if 0. */
    private static double[][] randomSet(SplittableRandom rng, int n, int m, int levels) {
        double[][] pts = new double[n][m];
        for (double[] p : pts) {
            for (int k = 0; k < m; k++) {
                p[k] = levels > 0 ? rng.nextInt(levels + 1) / (levels + 1.0) : rng.nextDouble();
            }
        }
        for (int i = 1; i < n; i += 5) {
            pts[i] = pts[rng.nextInt(i)].clone();
        }
        return pts;
    }
}
