package org.bomoco.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Summary} and the package's {@link Ranks} against hand-computed values. */
class SummaryTest {
    private static final double EXACT = 1e-12;

    @Test
    void handComputedSummaryWithR7Quartiles() {
        // Sorted 1, 2, 3, 4, 7, 10 (n = 6). R-7: h = 5p + 1. Q1: h = 2.25 → 2 + 0.25·(3 − 2) = 2.25;
        // median: h = 3.5 → 3 + 0.5·(4 − 3) = 3.5; Q3: h = 4.75 → 4 + 0.75·(7 − 4) = 6.25. Mean 27/6 = 4.5;
        // squared deviations 12.25 + 6.25 + 2.25 + 0.25 + 6.25 + 30.25 = 57.5, sd = √(57.5/5) = √11.5.
        // (numpy.percentile and R quantile give the same 2.25, 3.5, 6.25.)
        double[] sample = {7, 1, 3, 10, 4, 2};
        Summary s = Summary.of(sample);
        assertEquals(6, s.n());
        assertEquals(4.5, s.mean(), EXACT);
        assertEquals(Math.sqrt(11.5), s.sd(), EXACT);
        assertEquals(1, s.min(), EXACT);
        assertEquals(2.25, s.q1(), EXACT);
        assertEquals(3.5, s.median(), EXACT);
        assertEquals(6.25, s.q3(), EXACT);
        assertEquals(10, s.max(), EXACT);
        assertEquals(4.0, s.iqr(), EXACT);
        assertArrayEquals(new double[] {7, 1, 3, 10, 4, 2}, sample, "input untouched");
    }

    @Test
    void quartilesAreR7NotCommonsMathDefault() {
        // 1, 2, 3, 4: R-7 gives Q1 = 1 + 0.75·1 = 1.75, Q3 = 3.25; Commons Math's LEGACY default
        // (position p(n + 1)) would give 1.25 and 3.75.
        Summary s = Summary.of(new double[] {4, 3, 2, 1});
        assertEquals(1.75, s.q1(), EXACT);
        assertEquals(3.25, s.q3(), EXACT);
        assertEquals(1.5, s.iqr(), EXACT);
    }

    @Test
    void singleObservation() {
        Summary s = Summary.of(new double[] {0.3});
        assertEquals(0.0, s.sd(), EXACT);
        assertEquals(0.3, s.q1(), EXACT);
        assertEquals(0.3, s.q3(), EXACT);
        assertEquals(0.0, s.iqr(), EXACT);
    }

    @Test
    void rejectsEmptyNanAndInfiniteSamples() {
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Summary.of(new double[] {1, Double.POSITIVE_INFINITY}));
    }

    @Test
    void midRanksAndTieTerm() {
        // 3, 1, 3, −0.0, 0.0, +∞: sorted −0/0 (positions 1–2 → 1.5), 1 (3), 3, 3 (4–5 → 4.5), ∞ (6).
        // Tie groups of sizes 2 and 2: Σ(t³ − t) = 6 + 6 = 12.
        Ranks r = Ranks.of(new double[] {3, 1, 3, -0.0, 0.0, Double.POSITIVE_INFINITY});
        assertArrayEquals(new double[] {4.5, 3, 4.5, 1.5, 1.5, 6}, r.ranks(), EXACT);
        assertEquals(12, r.tieTerm(), EXACT);
    }
}
