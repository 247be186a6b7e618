package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link NonDominated} against the O(n²·m) pairwise definition on seeded sets of every shape, 1–5 objectives. */
class NonDominatedTest {
    @Test
    void equalToThePairwiseDefinition() {
        long seed = 100;
        for (int m = 1; m <= 5; m++) {
            for (String shape : ShapedSets.SHAPES) {
                for (int n : new int[] {1, 2, 3, 17, 250, 2000}) {
                    double[][] p = ShapedSets.of(shape, n, m, seed++);
                    assertArrayEquals(naive(p), NonDominated.mask(p), shape + ", n=" + n + ", m=" + m);
                }
            }
        }
    }

    @Test
    void handCases() {
        // (1,2) and (2,1) trade off; (2,2) is dominated by both; the two copies of (1,2) are both kept; −0.0 = 0.0
        double[][] p = {{1, 2}, {2, 1}, {2, 2}, {1, 2}, {0.0, 5}, {-0.0, 5}, {0, 6}};
        assertArrayEquals(new boolean[] {true, true, false, true, true, true, false}, NonDominated.mask(p));
        assertEquals(5, NonDominated.filter(p).length);
        // 3-D: (1,1,1) dominates everything but (0,5,5), which is better in the first objective
        double[][] q = {{2, 2, 2}, {1, 1, 1}, {0, 5, 5}, {1, 1, 2}, {1, 2, 1}};
        assertArrayEquals(new boolean[] {false, true, true, false, false}, NonDominated.mask(q));
        assertEquals(0, NonDominated.mask(new double[0][]).length);
    }

    private static boolean[] naive(double[][] p) {
        boolean[] keep = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            keep[i] = true;
            for (int j = 0; j < p.length && keep[i]; j++) {
                keep[i] = !dominates(p[j], p[i]);
            }
        }
        return keep;
    }

    private static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            better |= a[k] < b[k];
        }
        return better;
    }
}
