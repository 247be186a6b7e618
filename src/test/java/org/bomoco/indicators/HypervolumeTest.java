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
        long start = System.nanoTime();
        double hv = Hypervolume.compute(front, new double[] {1, 1, 1, 1, 1});
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0.698245, hv, PUBLISHED);
        assertTrue(millis < 1500, "took " + millis + " ms");
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
