package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link Hypervolume} against hand-computed volumes, inclusion–exclusion, and published finite-front values. */
class HypervolumeTest {
    /** Tolerance for exact arithmetic on small numbers. */
    private static final double EXACT = 1e-12;
    /** Tolerance of the 6-decimal reference values of LIBRARIES.md. */
    private static final double PUBLISHED = 1e-6;

    @Test
    void singleBoxIsTheProductOfItsSides() {
        // (3−1)·(5−2)·(4−3.5) = 2·3·0.5 = 3
        assertEquals(3.0, Hypervolume.compute(new double[][] {{1, 2, 3.5}}, new double[] {3, 5, 4}), EXACT);
    }

    @Test
    void twoDimensionalStaircaseByHand() {
        // Points (1,3), (2,2), (3,1), reference (4,4). Columns: x∈[1,2): height 4−3 = 1; x∈[2,3): 4−2 = 2;
        // x∈[3,4): 4−1 = 3. Area 1 + 2 + 3 = 6. A dominated point (3,3) and a duplicate change nothing.
        double[][] front = {{3, 1}, {1, 3}, {3, 3}, {2, 2}, {2, 2}};
        assertEquals(6.0, Hypervolume.compute(front, new double[] {4, 4}), EXACT);
    }

    @Test
    void oneDimensionIsTheDistanceFromTheBestPoint() {
        assertEquals(0.75, Hypervolume.compute(new double[][] {{0.5}, {0.25}}, new double[] {1}), EXACT);
    }

    @Test
    void threeDimensionalUnionByHand() {
        // Reference (2,2,1). Point (0,1,0) dominates the box [0,2]×[1,2]×[0,1] (volume 2), point (1,0,0) the box
        // [1,2]×[0,2]×[0,1] (volume 2); they overlap in [1,2]×[1,2]×[0,1] (volume 1): union 2 + 2 − 1 = 3. The point
        // (1,1,0) is dominated by both and its box is exactly that overlap: still 3.
        double[][] front = {{0, 1, 0}, {1, 0, 0}, {1, 1, 0}};
        assertEquals(3.0, Hypervolume.compute(new double[][] {{0, 1, 0}, {1, 0, 0}}, new double[] {2, 2, 1}),
                EXACT);
        assertEquals(3.0, Hypervolume.compute(front, new double[] {2, 2, 1}), EXACT);
    }

    @Test
    void pointsNotStrictlyDominatingTheReferenceContributeNothing() {
        double[] ref = {1, 1};
        // (1, 0) lies on the reference boundary, (2, −1) beyond it: both contribute 0.
        assertEquals(0.0, Hypervolume.compute(new double[][] {{1, 0}, {2, -1}}, ref), EXACT);
        assertEquals(0.25, Hypervolume.compute(new double[][] {{0.5, 0.5}, {1, 0}, {2, -1}}, ref), EXACT);
        assertEquals(0.0, Hypervolume.compute(new double[0][], ref), EXACT);
    }

    @Test
    void doesNotModifyItsInput() {
        double[][] front = {{3, 1}, {1, 3}, {2, 2}};
        double[][] copy = {{3, 1}, {1, 3}, {2, 2}};
        Hypervolume.compute(front, new double[] {4, 4});
        for (int i = 0; i < front.length; i++) {
            assertArrayEquals(copy[i], front[i]);
        }
    }

    @Test
    void rejectsRaggedAndNonFiniteInput() {
        assertThrows(IllegalArgumentException.class,
                () -> Hypervolume.compute(new double[][] {{1, 2, 3}}, new double[] {4, 4}));
        assertThrows(IllegalArgumentException.class,
                () -> Hypervolume.compute(new double[][] {{Double.NaN, 2}}, new double[] {4, 4}));
    }

    @Test
    void agreesWithInclusionExclusionOnSeededRandomSets() {
        SplittableRandom rng = new SplittableRandom(20240611L);
        for (int trial = 0; trial < 200; trial++) {
            int m = 2 + trial % 4;
            int n = 1 + rng.nextInt(10);
            double[][] pts = new double[n][m];
            for (double[] p : pts) {
                for (int k = 0; k < m; k++) {
                    // a coarse grid makes ties and duplicates likely; some points fall outside the reference box
                    p[k] = rng.nextInt(12) / 10.0;
                }
            }
            double[] ref = new double[m];
            Arrays.fill(ref, 1.0);
            double expected = inclusionExclusion(pts, ref);
            assertEquals(expected, Hypervolume.compute(pts, ref), 1e-12, "trial " + trial);
        }
    }

    @Test
    void dtlz2FiveObjectivesDasDennis210() {
        // LIBRARIES.md: 210 Das–Dennis points (H = 6) on the DTLZ2 5-objective front give 0.698245, reference 1.
        double[][] front = DasDennis.dtlz2(5, 6);
        assertEquals(210, front.length);
        double hv = Hypervolume.compute(front, new double[] {1, 1, 1, 1, 1});
        assertEquals(0.698245, hv, PUBLISHED);
    }

    @Test
    void dtlz2ThreeObjectivesDasDennis91() {
        // LIBRARIES.md: 91 points (H = 12) on the DTLZ2 3-objective front give 0.413851, reference 1.
        double[][] front = DasDennis.dtlz2(3, 12);
        assertEquals(91, front.length);
        assertEquals(0.413851, Hypervolume.compute(front, new double[] {1, 1, 1}), PUBLISHED);
    }

    @Test
    void dtlz1FiveObjectivesDasDennis210() {
        // LIBRARIES.md: 210 points (H = 6) on the DTLZ1 5-objective front (Σ f = 0.5) give 0.998987, reference 1.
        double[][] front = DasDennis.dtlz1(5, 6);
        assertEquals(0.998987, Hypervolume.compute(front, new double[] {1, 1, 1, 1, 1}), PUBLISHED);
    }

    @Test
    void agreesWithTheNaiveImplementationOnSeededRandomSetsOfManySizes() {
        // Both are exact; they differ only by rounding. Coarse grids (ties, duplicates, points beyond the reference)
        // alternate with continuous values; dimensions 2..6, up to 80 points.
        SplittableRandom rng = new SplittableRandom(20240612L);
        for (int trial = 0; trial < 600; trial++) {
            int m = 2 + trial % 5;
            int n = 1 + rng.nextInt(trial % 3 == 0 ? 80 : 20);
            double[][] pts = randomSet(rng, n, m, trial % 2 == 0);
            double[] ref = ones(m);
            double expected = NaiveHypervolume.compute(pts, ref);
            assertEquals(expected, Hypervolume.compute(pts, ref), EXACT * Math.max(1.0, expected), "trial " + trial);
        }
    }

    @Test
    void agreesWithInclusionExclusionInDimensionsTwoToSix() {
        SplittableRandom rng = new SplittableRandom(20240613L);
        for (int trial = 0; trial < 250; trial++) {
            int m = 2 + trial % 5;
            int n = 1 + rng.nextInt(12);
            double[][] pts = randomSet(rng, n, m, trial % 2 == 0);
            double[] ref = ones(m);
            assertEquals(inclusionExclusion(pts, ref), Hypervolume.compute(pts, ref), EXACT, "trial " + trial);
        }
    }

    @Test
    void agreesWithTheNaiveImplementationOnLargerFronts() {
        // mutually non-dominated fronts, the hard case for the recursion; relative tolerance 1e-12
        for (int m = 3; m <= 6; m++) {
            int n = m == 6 ? 40 : 120;
            for (double[][] front : new double[][][] {RandomFronts.sphere(n, m, m), RandomFronts.simplex(n, m, m)}) {
                double expected = NaiveHypervolume.compute(front, ones(m));
                assertEquals(expected, Hypervolume.compute(front, ones(m)), EXACT * expected, "m = " + m);
            }
        }
    }

    @Test
    void degenerateSets() {
        double[] ref = ones(5);
        double[] p = {0.5, 0.5, 0.5, 0.5, 0.5};
        // one point: its box, 0.5^5 = 0.03125; duplicates and a dominated point change nothing
        assertEquals(0.03125, Hypervolume.compute(new double[][] {p}, ref), EXACT);
        assertEquals(0.03125, Hypervolume.compute(new double[][] {p, p.clone(), p.clone(),
            {0.75, 0.5, 0.5, 0.5, 0.5}}, ref), EXACT);
        // a point on the reference boundary (one coordinate equal to 1) contributes nothing
        assertEquals(0.03125, Hypervolume.compute(new double[][] {p, {0, 0, 0, 0, 1}}, ref), EXACT);
        assertEquals(0.0, Hypervolume.compute(new double[][] {{0, 0, 0, 0, 1}}, ref), EXACT);
        assertEquals(0.0, Hypervolume.compute(new double[0][], ref), EXACT);
        // the ideal point dominates everything: volume 1
        assertEquals(1.0, Hypervolume.compute(new double[][] {new double[5], p}, ref), EXACT);
        // m = 1 with a duplicate and a point beyond the reference: 1 − 0.25
        assertEquals(0.75, Hypervolume.compute(new double[][] {{0.25}, {0.25}, {3}}, new double[] {1}), EXACT);
        // points sharing all but one coordinate, in 4 and 6 dimensions: a 1-D union, 0.5^3·(1 − 0.1) and 0.5^5·0.9
        assertEquals(0.1125, Hypervolume.compute(new double[][] {{0.5, 0.5, 0.5, 0.3}, {0.5, 0.5, 0.5, 0.1}},
                ones(4)), EXACT);
        assertEquals(0.028125, Hypervolume.compute(new double[][] {{0.5, 0.5, 0.5, 0.5, 0.5, 0.3},
            {0.5, 0.5, 0.5, 0.5, 0.5, 0.1}}, ones(6)), EXACT);
    }

    private static double[][] randomSet(SplittableRandom rng, int n, int m, boolean grid) {
        double[][] pts = new double[n][m];
        for (double[] p : pts) {
            for (int k = 0; k < m; k++) {
                p[k] = grid ? rng.nextInt(8) / 7.0 : rng.nextDouble() * 1.1;
            }
        }
        return pts;
    }

    private static double[] ones(int m) {
        double[] ref = new double[m];
        Arrays.fill(ref, 1.0);
        return ref;
    }

    /** {@code Σ_{∅≠T⊆S} (−1)^{|T|+1} vol(box(join T))}, join = componentwise max; boxes clipped at 0. O(2^n·n·m). */
    static double inclusionExclusion(double[][] pts, double[] ref) {
        int n = pts.length;
        int m = ref.length;
        double total = 0;
        for (int mask = 1; mask < (1 << n); mask++) {
            double vol = 1;
            for (int k = 0; k < m; k++) {
                double join = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        join = Math.max(join, pts[i][k]);
                    }
                }
                vol *= Math.max(0.0, ref[k] - join);
            }
            total += (Integer.bitCount(mask) % 2 == 1 ? 1 : -1) * vol;
        }
        return total;
    }
}
