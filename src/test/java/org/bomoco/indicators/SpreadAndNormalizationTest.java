package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Spread} and {@link Normalization} on hand-computed cases. */
class SpreadAndNormalizationTest {
    private static final double EXACT = 1e-12;
    /** Reference front: extremes (1,0) for f1 and (0,1) for f2. */
    private static final double[][] FRONT = {{0, 1}, {0.5, 0.5}, {1, 0}};

    @Test
    void evenlySpreadSetReachingTheExtremesHasSpreadZero() {
        assertEquals(0.0, Spread.compute(FRONT, FRONT), EXACT);
    }

    @Test
    void unevenSetByHand() {
        // S = (0,1), (0.25,0.75), (1,0); s = √0.125. Extremes covered: Σ d(e,S) = 0. Nearest-neighbour distances
        // s, s, 3s (from (1,0) to (0.25,0.75)); mean 5s/3; Σ|d − mean| = 2s/3 + 2s/3 + 4s/3 = 8s/3;
        // Δ* = (8s/3) / (3·5s/3) = 8/15.
        double[][] s = {{0, 1}, {0.25, 0.75}, {1, 0}};
        assertEquals(8.0 / 15.0, Spread.compute(s, FRONT), EXACT);
    }

    @Test
    void missingExtremesByHand() {
        // S = (0.25,0.75), (0.75,0.25); s = √0.125. d(e,S) = s for each extreme (Σ 2s); the two points are 2s apart
        // (d = 2s, 2s, mean 2s, no deviation): Δ* = 2s / (2s + 2·2s) = 1/3.
        double[][] s = {{0.25, 0.75}, {0.75, 0.25}};
        assertEquals(1.0 / 3.0, Spread.compute(s, FRONT), EXACT);
        // A single point: d(X,S) = 0 by convention, so Δ* = Σ d(e,S) / Σ d(e,S) = 1.
        assertEquals(1.0, Spread.compute(new double[][] {{0.5, 0.5}}, FRONT), EXACT);
    }

    @Test
    void normalizationMapsTheReferenceBoundsToTheUnitBox() {
        Normalization n = Normalization.of(new double[][] {{1, 10}, {3, 20}, {2, 15}});
        assertArrayEquals(new double[] {1, 10}, n.ideal(), EXACT);
        assertArrayEquals(new double[] {3, 20}, n.nadir(), EXACT);
        // (2,15) is mid-range; (4,5) lies outside and is not clamped: ((4−1)/2, (5−10)/10) = (1.5, −0.5).
        double[][] out = n.normalize(new double[][] {{2, 15}, {4, 5}});
        assertArrayEquals(new double[] {0.5, 0.5}, out[0], EXACT);
        assertArrayEquals(new double[] {1.5, -0.5}, out[1], EXACT);
    }

    @Test
    void zeroRangeIsOnlyShifted() {
        Normalization n = Normalization.of(new double[][] {{1, 5}, {2, 5}});
        assertArrayEquals(new double[] {0.5, 1.0}, n.normalize(new double[] {1.5, 6}), EXACT);
        assertThrows(IllegalArgumentException.class, () -> new Normalization(new double[] {2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Normalization.of(new double[0][]));
    }
}
