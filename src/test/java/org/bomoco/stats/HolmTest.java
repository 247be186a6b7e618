package org.bomoco.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link Holm} against hand-computed adjustments and its monotonicity. */
class HolmTest {
    private static final double EXACT = 1e-12;

    @Test
    void handComputedAdjustment() {
        // p = (0.01, 0.04, 0.03, 0.005), m = 4. Sorted: 0.005·4 = 0.02; 0.01·3 = 0.03; 0.03·2 = 0.06;
        // 0.04·1 = 0.04 → running max 0.06. Back in input order: (0.03, 0.06, 0.06, 0.02)
        // (R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") gives the same).
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                EXACT);
    }

    @Test
    void demsarExample() {
        // Demšar (2006) §3.2.2: p = 0.016, 0.019, 0.607 against α/i = 0.017, 0.025, 0.05; Holm rejects the first two.
        // Adjusted: 3·0.016 = 0.048; 2·0.019 = 0.038 → max 0.048; 0.607 → all but the last below 0.05.
        double[] adjusted = Holm.adjust(new double[] {0.016, 0.019, 0.607});
        assertArrayEquals(new double[] {0.048, 0.048, 0.607}, adjusted, EXACT);
    }

    @Test
    void cappedAtOne() {
        // (0.4, 0.6): 0.4·2 = 0.8, 0.6·1 = 0.6 → max 0.8. (0.6, 0.7, 0.9): 1.8 → 1 and everything after is 1.
        assertArrayEquals(new double[] {0.8, 0.8}, Holm.adjust(new double[] {0.4, 0.6}), EXACT);
        assertArrayEquals(new double[] {1, 1, 1}, Holm.adjust(new double[] {0.6, 0.7, 0.9}), EXACT);
        assertEquals(0, Holm.adjust(new double[0]).length);
    }

    @Test
    void monotoneAndNeverBelowTheRawValue() {
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 200; trial++) {
            double[] p = random.doubles(1 + random.nextInt(12)).map(v -> v * v * v).toArray();
            double[] adjusted = Holm.adjust(p);
            for (int i = 0; i < p.length; i++) {
                assertTrue(adjusted[i] >= p[i] && adjusted[i] <= 1, "raw ≤ adjusted ≤ 1");
                for (int j = 0; j < p.length; j++) {
                    if (p[i] <= p[j]) {
                        assertTrue(adjusted[i] <= adjusted[j], "order preserved");
                    }
                }
            }
        }
    }

    @Test
    void rejectsValuesOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.5, 1.5}));
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {Double.NaN}));
    }
}
