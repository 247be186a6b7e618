package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WeightLatticeTest {
    private static final double TOLERANCE = 1e-12;

    private static void assertOnSimplex(List<double[]> ws, int m) {
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] w : ws) {
            assertEquals(m, w.length);
            assertEquals(1.0, Arrays.stream(w).sum(), TOLERANCE);
            assertTrue(Arrays.stream(w).allMatch(v -> v >= 0));
            distinct.add(Arrays.stream(w).boxed().toList());
        }
        assertEquals(ws.size(), distinct.size(), "no duplicates");
    }

    @Test
    void latticeSizesAreBinomials() {
        // C(6+4, 4) = 210 (Deb & Jain 2014, Table I, 5 objectives); C(12+2, 2) = 91 (3 objectives)
        assertEquals(210, WeightLattice.simplexLattice(5, 6).size());
        assertEquals(91, WeightLattice.simplexLattice(3, 12).size());
        // C(4+4, 4) = 70, the composite baseline's default
        assertEquals(70, WeightLattice.simplexLattice(5, 4).size());
        assertEquals(210, WeightLattice.latticeSize(5, 6));
        assertOnSimplex(WeightLattice.simplexLattice(5, 6), 5);
        assertOnSimplex(WeightLattice.simplexLattice(3, 12), 3);
    }

    @Test
    void latticePointsAreMultiplesOfOneOverH() {
        for (double[] w : WeightLattice.simplexLattice(4, 5)) {
            for (double v : w) {
                assertEquals(Math.rint(v * 5), v * 5, TOLERANCE);
            }
        }
        assertEquals(List.of(1.0, 0.0, 0.0), Arrays.stream(WeightLattice.simplexLattice(3, 2).get(0)).boxed().toList());
    }

    @Test
    void twoLayerAddsAShrunkInnerLayer() {
        // Deb & Jain 2014, 8 objectives: H1 = 3, H2 = 2 → C(10,7) + C(9,7) = 120 + 36 = 156
        List<double[]> ws = WeightLattice.twoLayer(8, 3, 2);
        assertEquals(156, ws.size());
        assertOnSimplex(ws, 8);
        // an inner vertex (1,0,…,0) becomes (1/2 + 1/16, 1/16, …)
        assertEquals(0.5 + 1.0 / 16, ws.get(120)[0], TOLERANCE);
        assertEquals(1.0 / 16, ws.get(120)[1], TOLERANCE);
    }

    @Test
    void atLeastPicksTheSmallestSufficientLattice() {
        // m = 5: H = 5 → C(9,4) = 126, H = 6 → 210
        assertEquals(6, WeightLattice.divisionsFor(5, 127));
        assertEquals(5, WeightLattice.divisionsFor(5, 126));
        assertEquals(210, WeightLattice.latticeWithAtLeast(5, 200).size());
        assertThrows(IllegalArgumentException.class, () -> WeightLattice.simplexLattice(0, 3));
        assertThrows(IllegalArgumentException.class, () -> WeightLattice.simplexLattice(3, 0));
    }
}
