package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The k-d tree versions of {@link Igd}, {@link IgdPlus}, {@link AdditiveEpsilon} and {@link Spread} against the
 * pairwise definitions ({@link NaiveIndicators}) on seeded sets of every {@link ShapedSets} shape, 1–5 objectives and
 * sizes from 1 to 1,500, both against a different reference set and against the set itself (the {@code indicators}
 * command's default). The fast versions find the same minima and sum them in the same order, so the values are
 * equal to the last bit.
 */
class FastDistanceIndicatorsTest {
    private static final int[] SIZES = {1, 2, 9, 60, 1500};

    @Test
    void equalToThePairwiseScanOnEveryShape() {
        long seed = 1;
        for (int m = 1; m <= 5; m++) {
            for (String shape : ShapedSets.SHAPES) {
                for (int n : SIZES) {
                    double[][] a = ShapedSets.of(shape, n, m, seed++);
                    String refShape = ShapedSets.SHAPES[(int) (seed % ShapedSets.SHAPES.length)];
                    double[][] z = ShapedSets.of(refShape, Math.max(1, n / 2 + 3), m, seed++);
                    check(a, z, shape + " vs " + refShape + ", n=" + n + ", m=" + m);
                    check(a, a, shape + " vs itself, n=" + n + ", m=" + m);
                }
            }
        }
    }

    @Test
    void shiftedAndDominatingSetsGiveNegativeEpsilonAndZeroIgdPlus() {
        double[][] z = ShapedSets.of("sphere", 400, 3, 77);
        double[][] a = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            a[i] = new double[] {z[i][0] - 0.1, z[i][1] - 0.1, z[i][2] - 0.1};
        }
        assertEquals(NaiveIndicators.epsilon(a, z), AdditiveEpsilon.compute(a, z), 0.0);
        assertEquals(-0.1, AdditiveEpsilon.compute(a, z), 1e-15);
        assertEquals(0.0, IgdPlus.compute(a, z), 0.0);
        check(a, z, "shifted sphere");
    }

    private static void check(double[][] a, double[][] z, String what) {
        assertEquals(NaiveIndicators.igd(a, z), Igd.compute(a, z), 0.0, "IGD, " + what);
        assertEquals(NaiveIndicators.igdPlus(a, z), IgdPlus.compute(a, z), 0.0, "IGD+, " + what);
        assertEquals(NaiveIndicators.epsilon(a, z), AdditiveEpsilon.compute(a, z), 0.0, "epsilon, " + what);
        assertEquals(NaiveIndicators.spread(a, z), Spread.compute(a, z), 0.0, "spread, " + what);
    }
}
