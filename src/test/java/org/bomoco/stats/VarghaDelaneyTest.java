package org.bomoco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.bomoco.stats.VarghaDelaney.Magnitude;
import org.junit.jupiter.api.Test;

/** {@link VarghaDelaney} by hand, against the naive pair count, and its symmetry. */
class VarghaDelaneyTest {
    private static final double EXACT = 1e-12;

    @Test
    void handComputed() {
        // x = {1,2,3}, y = {2,2,4}: x=1 beats none; x=2 ties twice (½ + ½ = 1); x=3 beats 2 and 2 (2).
        // A12 = (0 + 1 + 2)/9 = 1/3; A12(y, x) = 2/3.
        double[] x = {1, 2, 3};
        double[] y = {2, 2, 4};
        assertEquals(1.0 / 3, VarghaDelaney.a12(x, y), EXACT);
        assertEquals(2.0 / 3, VarghaDelaney.a12(y, x), EXACT);
        // minimised indicator: x (smaller) is better with probability A12(y, x) = 2/3
        assertEquals(2.0 / 3, VarghaDelaney.better(x, y, false), EXACT);
        assertEquals(1.0 / 3, VarghaDelaney.better(x, y, true), EXACT);
    }

    @Test
    void matchesNaivePairCountAndIsSymmetric() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 100; trial++) {
            double[] x = random.ints(1 + random.nextInt(15), 0, 6).asDoubleStream().toArray(); // many ties
            double[] y = random.ints(1 + random.nextInt(15), 0, 6).asDoubleStream().toArray();
            double count = 0;
            for (double xi : x) {
                for (double yj : y) {
                    count += xi > yj ? 1 : xi == yj ? 0.5 : 0;
                }
            }
            assertEquals(count / (x.length * y.length), VarghaDelaney.a12(x, y), EXACT);
            assertEquals(1 - VarghaDelaney.a12(y, x), VarghaDelaney.a12(x, y), EXACT);
        }
    }

    @Test
    void magnitudeThresholds() {
        // Vargha & Delaney (2000): 0.56 small, 0.64 medium, 0.71 large, on max(A, 1 − A).
        assertEquals(Magnitude.NEGLIGIBLE, Magnitude.of(0.5));
        assertEquals(Magnitude.NEGLIGIBLE, Magnitude.of(0.559));
        assertEquals(Magnitude.SMALL, Magnitude.of(0.56));
        assertEquals(Magnitude.SMALL, Magnitude.of(0.43));
        assertEquals(Magnitude.MEDIUM, Magnitude.of(0.64));
        assertEquals(Magnitude.MEDIUM, Magnitude.of(0.7099));
        assertEquals(Magnitude.LARGE, Magnitude.of(0.71));
        assertEquals(Magnitude.LARGE, Magnitude.of(0.0));
        assertThrows(IllegalArgumentException.class, () -> Magnitude.of(1.2));
    }
}
