package org.bomoco.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Friedman} against Demšar (2006), hand computation and limiting cases. */
class FriedmanTest {
    private static final double EXACT = 1e-10;

    /**
     * Demšar (2006) Table 6: AUC of C4.5, C4.5+m, C4.5+cf, C4.5+m+cf on 14 UCI data sets (rows: adult (sample),
     * breast cancer, breast cancer wisconsin, cmc, ionosphere, iris, liver disorders, lung cancer, lymphography,
     * mushroom, primary tumor, rheum, voting, wine).
     */
    private static final double[][] DEMSAR_TABLE_6 = {
        {0.763, 0.768, 0.771, 0.798}, {0.599, 0.591, 0.590, 0.569}, {0.954, 0.971, 0.968, 0.967},
        {0.628, 0.661, 0.654, 0.657}, {0.882, 0.888, 0.886, 0.898}, {0.936, 0.931, 0.916, 0.931},
        {0.661, 0.668, 0.609, 0.685}, {0.583, 0.583, 0.563, 0.625}, {0.775, 0.838, 0.866, 0.875},
        {1.000, 1.000, 1.000, 1.000}, {0.940, 0.962, 0.965, 0.962}, {0.619, 0.666, 0.614, 0.669},
        {0.972, 0.981, 0.975, 0.975}, {0.957, 0.978, 0.946, 0.970}};

    @Test
    void demsarPublishedMeanRanks() {
        // Demšar (2006) §3.2.2: mean ranks 3.143, 2.000, 2.893, 1.964 over n = 14 give
        // χ²_F = 12·14/(4·5)·[(3.143² + 2.000² + 2.893² + 1.964²) − 4·5²/4] = 9.28 and
        // F_F = 13·9.28/(14·3 − 9.28) = 3.69, "critical value of F(3, 39) for α = 0.05 is 2.85, so we reject".
        Friedman.Result r = Friedman.fromMeanRanks(new double[] {3.143, 2.000, 2.893, 1.964}, 14);
        assertEquals(9.28, r.chiSquare(), 0.005);
        assertEquals(3.69, r.imanDavenportF(), 0.005);
        assertEquals(3, r.df());
        // scipy.stats.chi2.sf(9.2836296, 3) = 0.0257482; scipy.stats.f.sf(3.6888928, 3, 39) = 0.0197678
        assertEquals(0.0257482, r.pValue(), 1e-6);
        assertEquals(0.0197678, r.imanDavenportPValue(), 1e-6);
        // the published critical value: P(F(3, 39) ≥ 2.85) ≈ 0.05
        assertEquals(0.05, Friedman.fUpperTail(2.85, 3, 39), 0.001);
    }

    @Test
    void demsarTable6FromTheData() {
        // Ranking the printed 3-decimal values (1 = best AUC, mid-ranks) gives rank sums 44, 28, 41, 27 — mean ranks
        // 3.143, 2.000, 2.929, 1.929. Demšar prints 2.893 and 1.964 because his table ranks the tied "voting" row
        // (0.975, 0.975) as 2 and 3, evidently from unrounded AUCs; every other rank in his Table 6 agrees with ours.
        // Tie-corrected: deviations from n(k+1)/2 = 35 are 9, −7, 6, −8, Σ² = 230; tie groups (iris, lung cancer,
        // primary tumor, voting: pairs, 6 each; mushroom: four, 60) give Σ(t³ − t) = 84;
        // χ²_F = 12·230/(14·4·5 − 84/3) = 2760/252 = 10.952381 (scipy.stats.friedmanchisquare: 10.952380952380956,
        // p = 0.011986176325417788). Iman–Davenport: 13·χ²/(42 − χ²) = 4.585890, p = 0.0076288 (scipy f.sf).
        Friedman.Result r = Friedman.test(DEMSAR_TABLE_6, true);
        assertArrayEquals(new double[] {44 / 14.0, 2, 41 / 14.0, 27 / 14.0}, r.meanRanks(), EXACT);
        assertEquals(2760.0 / 252, r.chiSquare(), EXACT);
        assertEquals(0.011986176325417788, r.pValue(), 1e-9);
        assertEquals(13 * r.chiSquare() / (42 - r.chiSquare()), r.imanDavenportF(), EXACT);
        assertEquals(0.007628838730725745, r.imanDavenportPValue(), 1e-8);
    }

    @Test
    void directionReversesTheRanks() {
        Friedman.Result max = Friedman.test(DEMSAR_TABLE_6, true);
        Friedman.Result min = Friedman.test(DEMSAR_TABLE_6, false);
        double[] reversed = new double[4];
        for (int j = 0; j < 4; j++) {
            reversed[j] = 5 - max.meanRanks()[j];
        }
        assertArrayEquals(reversed, min.meanRanks(), EXACT);
        assertEquals(max.chiSquare(), min.chiSquare(), EXACT);
    }

    @Test
    void perfectAgreementAndCompleteTies() {
        // Three blocks ranking three algorithms identically: R = 3, 6, 9, χ² = 12·(9 + 0 + 9)/(3·3·4) = 6 = n(k − 1),
        // so Iman–Davenport is infinite with p = 0; p(χ²_2 ≥ 6) = e^{−3}.
        double[][] agree = {{1, 2, 3}, {10, 20, 30}, {0.1, 0.2, 0.3}};
        Friedman.Result r = Friedman.test(agree, false);
        assertArrayEquals(new double[] {1, 2, 3}, r.meanRanks(), EXACT);
        assertEquals(6.0, r.chiSquare(), EXACT);
        assertEquals(Math.exp(-3), r.pValue(), EXACT);
        assertEquals(Double.POSITIVE_INFINITY, r.imanDavenportF());
        assertEquals(0.0, r.imanDavenportPValue());
        Friedman.Result tied = Friedman.test(new double[][] {{1, 1}, {2, 2}}, true);
        assertEquals(0.0, tied.chiSquare());
        assertEquals(1.0, tied.pValue());
    }

    @Test
    void rejectsBadTables() {
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1, 2}}, true));
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1, 2}, {1}}, true));
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1}, {2}}, true));
    }
}
