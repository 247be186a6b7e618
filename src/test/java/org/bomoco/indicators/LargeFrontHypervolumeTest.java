package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The O(n log n) 2-D and 3-D hypervolume paths on every {@link ShapedSets} shape (dominated points, ties, duplicates, a
 * constant objective), against {@link NaiveHypervolume} on small sets and, on large ones, against an independent path
 * of the same code: a 3-D set padded with a fourth objective 0 (reference 1) through {@link FourDimensionalSweep}, and
 * a 2-D set padded with a third objective 0 through the 3-D sweep. Tolerance {@value #RELATIVE} relative: the paths
 * sum the same volume in different orders.
 */
class LargeFrontHypervolumeTest {
    private static final double RELATIVE = 1e-12;

    @Test
    void twoAndThreeObjectivesAgreeWithTheNaiveImplementation() {
        long seed = 500;
        for (int m = 2; m <= 3; m++) {
            for (String shape : ShapedSets.SHAPES) {
                for (int n : new int[] {1, 5, 40, 300}) {
                    for (double r : new double[] {1.1, 0.8}) {
                        double[][] p = ShapedSets.of(shape, n, m, seed++);
                        double[] ref = filled(m, r);
                        double expected = NaiveHypervolume.compute(p, ref);
                        assertEquals(expected, Hypervolume.compute(p, ref), RELATIVE * Math.max(1, expected),
                                shape + " n=" + n + " m=" + m + " ref=" + r);
                    }
                }
            }
        }
    }

    @Test
    void largeThreeObjectiveSetsAgreeWithTheFourDimensionalSweep() {
        long seed = 900;
        for (String shape : ShapedSets.SHAPES) {
            double[][] p = ShapedSets.of(shape, 4000, 3, seed++);
            double[] ref = filled(3, 0.9);
            double expected = fourDimensional(p, ref);
            assertEquals(expected, Hypervolume.compute(p, ref), RELATIVE * expected, shape);
        }
    }

    @Test
    void largeTwoObjectiveSetsAgreeWithTheThreeDimensionalSweep() {
        long seed = 1300;
        for (String shape : ShapedSets.SHAPES) {
            double[][] p = ShapedSets.of(shape, 50_000, 2, seed++);
            double[][] padded = Arrays.stream(p).map(q -> new double[] {q[0], q[1], 0}).toArray(double[][]::new);
            double expected = Hypervolume.compute(padded, new double[] {0.9, 0.9, 1.0});
            assertEquals(expected, Hypervolume.compute(p, filled(2, 0.9)), RELATIVE * expected, shape);
        }
    }

    /** HV of a 3-D set as the 4-D volume of the set with a fourth objective 0 and reference 1 in it. */
    private static double fourDimensional(double[][] p, double[] ref) {
        double[][] inside = Arrays.stream(p).filter(q -> q[0] < ref[0] && q[1] < ref[1] && q[2] < ref[2])
                .toArray(double[][]::new);
        double[] flat = new double[inside.length * 4];
        for (int i = 0; i < inside.length; i++) {
            System.arraycopy(inside[i], 0, flat, 4 * i, 3);
        }
        double[] ref4 = {ref[0], ref[1], ref[2], 1.0};
        return new FourDimensionalSweep(inside.length, ref4).volume(flat, inside.length, 4);
    }

    private static double[] filled(int m, double v) {
        double[] r = new double[m];
        Arrays.fill(r, v);
        return r;
    }
}
