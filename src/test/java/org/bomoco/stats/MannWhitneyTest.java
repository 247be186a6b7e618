package org.bomoco.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

/** {@link MannWhitney} against a textbook example, a hand-computed tied case, brute force and Commons Math. */
class MannWhitneyTest {
    private static final double EXACT = 1e-12;

    @Test
    void hollanderWolfeChorioamnionPermeabilityExact() {
        // Hollander & Wolfe (1973), p. 69, the example of R's ?wilcox.test: wilcox.test(x, y, alternative = "g")
        // prints "W = 35, p-value = 0.1272"; the two-sided exact p is twice that, 0.2544 (scipy.stats.mannwhitneyu
        // method="exact": 0.2544122544122544 = 2·382/3003 — 382 of the C(15, 5) = 3003 orderings have U ≥ 35).
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
        MannWhitney.Result r = MannWhitney.test(x, y);
        assertTrue(r.exact());
        assertEquals(35, r.u(), EXACT);
        assertEquals(2 * 382.0 / 3003, r.pValue(), EXACT);
        assertEquals(0.2544, r.pValue(), 5e-5);
        MannWhitney.Result swapped = MannWhitney.test(y, x);
        assertEquals(50 - 35, swapped.u(), EXACT);
        assertEquals(r.pValue(), swapped.pValue(), EXACT);
    }

    @Test
    void handComputedNormalApproximationWithTies() {
        // x = {1,2,2,3,5,5}, y = {2,4,5,6,6,7,8}. U_x = #(x > y) + ½#(x = y): x=1: 0; x=2 (twice): ½ each = 1;
        // x=3: 1; x=5 (twice): 2 + ½ each = 5 → U = 7. N = 13, ties: {2,2,2}, {5,5,5}, {6,6}: Σ(t³ − t) = 24+24+6 = 54.
        // σ² = 42/12·(14 − 54/(13·12)) = 47.788462; z = (|7 − 21| − ½)/σ = 1.952868; p = 2Φ(−z) = 0.0508356
        // (scipy.stats.mannwhitneyu, asymptotic with continuity: 0.050835582280956304).
        double[] x = {1, 2, 2, 3, 5, 5};
        double[] y = {2, 4, 5, 6, 6, 7, 8};
        MannWhitney.Result r = MannWhitney.test(x, y);
        assertFalse(r.exact(), "ties force the normal approximation");
        assertEquals(7, r.u(), EXACT);
        assertEquals(0.050835582280956304, r.pValue(), 1e-9);
        // without continuity correction: scipy 0.04284750549660049
        assertEquals(0.04284750549660049, MannWhitney.asymptotic(x, y, false).pValue(), 1e-9);
    }

    @Test
    void nullCountsSmallCaseByHand() {
        // m = n = 2: the 6 orderings xxyy, xyxy, xyyx, yxxy, yxyx, yyxx have U = 0, 1, 2, 2, 3, 4.
        assertArrayEquals(new double[] {1, 1, 2, 1, 1}, MannWhitney.nullCounts(2, 2), EXACT);
    }

    @Test
    void exactPValueMatchesBruteForceEnumeration() {
        // Naive reference: enumerate all C(11, 5) = 462 ways to choose the x positions among ranks 1..11.
        int m = 5;
        int n = 6;
        int[] counts = new int[m * n + 1];
        for (int mask = 0; mask < 1 << (m + n); mask++) {
            if (Integer.bitCount(mask) == m) {
                int rankSum = 0;
                for (int b = 0; b < m + n; b++) {
                    rankSum += (mask >> b & 1) * (b + 1);
                }
                counts[rankSum - m * (m + 1) / 2]++;
            }
        }
        double[] recursion = MannWhitney.nullCounts(m, n);
        for (int u = 0; u <= m * n; u++) {
            assertEquals(counts[u], recursion[u], EXACT, "U = " + u);
            double lower = 0;
            double upper = 0;
            for (int v = 0; v <= m * n; v++) {
                lower += v <= u ? counts[v] : 0;
                upper += v >= u ? counts[v] : 0;
            }
            assertEquals(Math.min(1, 2 * Math.min(lower, upper) / 462), MannWhitney.exactPValue(u, m, n), EXACT);
        }
    }

    @Test
    void asymptoticAgreesWithCommonsMathOnTieFreeData() {
        // Commons Math's MannWhitneyUTest: normal approximation without tie or continuity correction.
        SplittableRandom random = new SplittableRandom(11);
        double[] x = random.doubles(60).toArray();
        double[] y = random.doubles(70).map(v -> v + 0.1).toArray();
        double commons = new MannWhitneyUTest().mannWhitneyUTest(x, y);
        assertEquals(commons, MannWhitney.asymptotic(x, y, false).pValue(), 1e-12);
        MannWhitney.Result r = MannWhitney.test(x, y);
        assertFalse(r.exact(), "60 and 70 observations are above the exact limit");
        assertTrue(r.pValue() > commons, "the continuity correction makes p larger");
        assertEquals(commons, r.pValue(), 1e-2);
    }

    @Test
    void identicalSamplesGivePOne() {
        double[] x = {3, 3, 3};
        assertEquals(1.0, MannWhitney.test(x, x.clone()).pValue());
        assertEquals(4.5, MannWhitney.test(x, x.clone()).u(), EXACT);
    }

    @Test
    void completeSeparationExactP() {
        // m = n = 4, all x above all y: U = 16, P(U = 16) = 1/C(8,4) = 1/70, two-sided p = 2/70.
        MannWhitney.Result r = MannWhitney.test(new double[] {5, 6, 7, 8}, new double[] {1, 2, 3, 4});
        assertEquals(16, r.u(), EXACT);
        assertEquals(2.0 / 70, r.pValue(), EXACT);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.test(new double[0], new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> MannWhitney.test(new double[] {1}, new double[] {0.0 / 0}));
    }
}
