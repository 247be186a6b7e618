package org.bomoco.causal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tabular CUSUM against hand arithmetic and published average run lengths. */
class CusumDetectorTest {
    private static final CusumDetector STANDARD = CusumDetector.standard();

    @Test
    void constantSeriesNeverAlarms() {
        double[] flat = new double[500];
        Arrays.fill(flat, 10);
        assertEquals(-1, STANDARD.firstAlarm(flat, 0, 10, 2, CusumDetector.Side.BOTH));
        assertEquals(0, STANDARD.countAlarms(flat, 0, 10, 2, CusumDetector.Side.LOWER));
    }

    /**
     * μ0 = 10, σ0 = 2, k = 0.5, h = 5. Series 10, 8, 7, 8, 6, 9, 6, 8 → z = 0, −1, −1.5, −1, −2, −0.5, −2, −1.
     * S⁻ = max(0, S⁻ − z − 0.5): 0 → max(0, −0.5) = 0; 0 + 1 − 0.5 = 0.5; 0.5 + 1.5 − 0.5 = 1.5; 1.5 + 1 − 0.5 = 2;
     * 2 + 2 − 0.5 = 3.5; 3.5 + 0.5 − 0.5 = 3.5; 3.5 + 2 − 0.5 = 5 (not &gt; 5); 5 + 1 − 0.5 = 5.5 &gt; 5 → alarm at index 7.
     */
    @Test
    void alarmsExactlyWhereTheHandComputedCusumCrossesH() {
        double[] x = {10, 8, 7, 8, 6, 9, 6, 8};
        assertArrayEquals(new double[] {0, 0.5, 1.5, 2, 3.5, 3.5, 5, 5.5},
                STANDARD.statistics(x, 0, 10, 2, CusumDetector.Side.LOWER), 1e-12);
        assertEquals(7, STANDARD.firstAlarm(x, 0, 10, 2, CusumDetector.Side.LOWER));
        assertEquals(-1, STANDARD.firstAlarm(x, 0, 10, 2, CusumDetector.Side.UPPER));
        double[] mirrored = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            mirrored[t] = 20 - x[t];
        }
        assertEquals(7, STANDARD.firstAlarm(mirrored, 0, 10, 2, CusumDetector.Side.UPPER));
        // starting at index 1 gives the same path since z_0 = 0 leaves S at 0
        assertEquals(7, STANDARD.firstAlarm(x, 1, 10, 2, CusumDetector.Side.LOWER));
    }

    /**
     * In-control ARL for iid N(0,1), k = 0.5, h = 5. Siegmund's approximation, b = h + 1.166 = 6.166, Δ = −k:
     * ARL = (e^{−2Δb} + 2Δb − 1)/(2Δ²) = (e^{6.166} − 6.166 − 1)/0.5 ≈ (476.3 − 7.166)/0.5 ≈ 938 for ONE side; the
     * two-sided scheme has 1/(1/938 + 1/938) ≈ 469, matching Montgomery's Table 9.3 value 465 (which is two-sided).
     * 2,000 seeded runs: standard error ≈ ARL/√2000 (≈ 21 one-sided, ≈ 10 two-sided); bands are about ±4.5 SE.
     */
    @Test
    void inControlAverageRunLengthMatchesTheTables() {
        assertInBand(meanRunLength(CusumDetector.Side.BOTH, 0, 11), 420, 515);
        assertInBand(meanRunLength(CusumDetector.Side.LOWER, 0, 12), 840, 1040);
    }

    /** 1σ drop: Siegmund with Δ = 0.5: (e^{−6.166} + 6.166 − 1)/0.5 ≈ 10.3; Montgomery Table 9.3: 10.4. */
    @Test
    void outOfControlRunLengthForAOneSigmaDrop() {
        assertInBand(meanRunLength(CusumDetector.Side.LOWER, -1, 13), 9.6, 11.2);
    }

    private static double meanRunLength(CusumDetector.Side side, double shift, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int runs = 2000;
        long total = 0;
        for (int r = 0; r < runs; r++) {
            int n = STANDARD.runLength(() -> shift + rng.nextGaussian(), 1_000_000, side);
            assertTrue(n > 0, "no alarm within a million steps");
            total += n;
        }
        return (double) total / runs;
    }

    private static void assertInBand(double value, double low, double high) {
        assertTrue(value >= low && value <= high, value + " not in [" + low + ", " + high + "]");
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new CusumDetector(-0.1, 5));
        assertThrows(IllegalArgumentException.class, () -> new CusumDetector(0.5, 0));
        assertThrows(IllegalArgumentException.class,
                () -> STANDARD.firstAlarm(new double[3], 0, 0, 0, CusumDetector.Side.LOWER));
    }
}
