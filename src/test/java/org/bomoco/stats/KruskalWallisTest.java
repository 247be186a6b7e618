package org.bomoco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link KruskalWallis} against a textbook example and a hand-computed case with ties. */
class KruskalWallisTest {
    private static final double EXACT = 1e-10;

    @Test
    void hollanderWolfeMucociliaryEfficiency() {
        // Hollander & Wolfe (1973), p. 116, the example of R's ?kruskal.test, whose output is
        // "Kruskal-Wallis chi-squared = 0.77143, df = 2, p-value = 0.68". By hand: pooled ranks give
        // R_normal = 4+5+8+9+10 = 36, R_airway = 3+6+13+14 = 36, R_asbestosis = 1+2+7+11+12 = 33 (N = 14, no ties);
        // H = 12/(14·15)·(36²/5 + 36²/4 + 33²/5) − 3·15 = (12/210)·801 − 45 = 0.771428…;
        // df = 2 so p = exp(−H/2) = 0.679965 (scipy.stats.kruskal: 0.6799647735788936).
        double[] normal = {2.9, 3.0, 2.5, 2.6, 3.2};
        double[] obstructive = {3.8, 2.7, 4.0, 2.4};
        double[] asbestosis = {2.8, 3.4, 3.7, 2.2, 2.0};
        KruskalWallis.Result r = KruskalWallis.test(normal, obstructive, asbestosis);
        assertEquals(12.0 / 210 * 801 - 45, r.h(), EXACT);
        assertEquals(0.77143, r.h(), 5e-6);
        assertEquals(2, r.df());
        assertEquals(Math.exp(-r.h() / 2), r.pValue(), EXACT);
        assertEquals(0.6799647735788936, r.pValue(), 1e-9);
    }

    @Test
    void handComputedWithTies() {
        // a = {1,2,2}, b = {2,3,4}, c = {4,4,5,6}; N = 10. Mid-ranks: 1→1, 2→(2+3+4)/3 = 3, 3→5, 4→(6+7+8)/3 = 7,
        // 5→9, 6→10. R_a = 7, R_b = 15, R_c = 33. Uncorrected: 12/110·(49/3 + 225/3 + 1089/4) − 33 = 6.663636…;
        // ties: two triples, Σ(t³ − t) = 48, correction 1 − 48/990; H = 7.003185 (scipy: 7.003184713375789),
        // p = exp(−H/2) = 0.0301493 (scipy: 0.030149336680796435).
        KruskalWallis.Result r = KruskalWallis.test(new double[] {1, 2, 2}, new double[] {2, 3, 4},
                new double[] {4, 4, 5, 6});
        double uncorrected = 12.0 / 110 * (49.0 / 3 + 225.0 / 3 + 1089.0 / 4) - 33;
        assertEquals(uncorrected / (1 - 48.0 / 990), r.h(), EXACT);
        assertEquals(7.003184713375789, r.h(), 1e-9);
        assertEquals(0.030149336680796435, r.pValue(), 1e-9);
    }

    @Test
    void allEqualObservationsGiveNoEvidence() {
        KruskalWallis.Result r = KruskalWallis.test(new double[] {2, 2}, new double[] {2, 2, 2});
        assertEquals(0.0, r.h());
        assertEquals(1.0, r.pValue());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> KruskalWallis.test(new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> KruskalWallis.test(new double[] {1}, new double[0]));
        assertThrows(IllegalArgumentException.class,
                () -> KruskalWallis.test(new double[] {1}, new double[] {Double.NaN}));
    }
}
