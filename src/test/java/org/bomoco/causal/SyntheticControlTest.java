package org.bomoco.causal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Synthetic control: exact recovery, weight constraints, placebo inference. */
class SyntheticControlTest {
    private static final double EXACT = 1e-6;

    /** Donor 0..3 random; treated = 0.2·d0 + 0.5·d1 + 0.3·d2 (+ 3 from t = 30). */
    @Test
    void exactConvexCombinationRecoversWeightsAndShift() {
        SplittableRandom rng = new SplittableRandom(7);
        double[][] y = new double[5][40];
        for (int u = 1; u < 5; u++) {
            for (int t = 0; t < 40; t++) {
                y[u][t] = 10 + rng.nextDouble(-2, 2);
            }
        }
        for (int t = 0; t < 40; t++) {
            y[0][t] = 0.2 * y[1][t] + 0.5 * y[2][t] + 0.3 * y[3][t] + (t >= 30 ? 3 : 0);
        }
        SyntheticControl.Result r = new SyntheticControl().fit(y, 0, 30);
        assertArrayEquals(new int[] {1, 2, 3, 4}, r.treated().donorUnits());
        assertArrayEquals(new double[] {0.2, 0.5, 0.3, 0}, r.treated().weights(), EXACT);
        assertEquals(3, r.estimate().estimate(), EXACT);
        assertEquals(0, r.treated().preRmspe(), EXACT);
        assertEquals("synthetic-control", r.estimate().method());
        // perfect pre-fit → ratio far above every placebo's → smallest attainable p = 1/(J+1) = 1/5
        assertEquals(0.2, r.pValue(), 1e-12);
    }

    @Test
    void weightsAreNonNegativeAndSumToOne() {
        for (int seed = 0; seed < 5; seed++) {
            double[][] y = noisePanel(new SplittableRandom(seed), 9, 30);
            SyntheticControl.Result r = new SyntheticControl(seed % 2 == 0).fit(y, seed, 20);
            checkSimplex(r.treated().weights());
            for (SyntheticControl.Match p : r.placebos()) {
                checkSimplex(p.weights());
                assertEquals(7, p.donorUnits().length, "placebo pool excludes itself and the treated unit");
            }
        }
    }

    private static void checkSimplex(double[] w) {
        double sum = 0;
        for (double v : w) {
            assertTrue(v >= 0, "negative weight " + v);
            sum += v;
        }
        assertEquals(1, sum, 1e-9);
    }

    /**
     * Under no effect and exchangeable units the treated unit's rank among the J+1 ratios is (nearly) uniform, so
     * p ∈ {1/16, …, 1} has mean ≈ 17/32 ≈ 0.53 and P(p ≤ 2/16) ≈ 0.125. Loose bands over 120 seeds.
     */
    @Test
    void placeboPValueIsRoughlyUniformUnderNoEffect() {
        int runs = 120;
        double sum = 0;
        int small = 0;
        for (int seed = 0; seed < runs; seed++) {
            double[][] y = noisePanel(new SplittableRandom(1000 + seed), 16, 40);
            double p = new SyntheticControl().fit(y, 0, 30).pValue();
            sum += p;
            small += p <= 2.0 / 16 + 1e-12 ? 1 : 0;
        }
        double mean = sum / runs;
        assertTrue(mean > 0.43 && mean < 0.63, "mean placebo p " + mean);
        assertTrue(small >= 4 && small <= 30, "P(p ≤ 2/16) count " + small + " of " + runs);
    }

    /** A 5-sd shift on 20 units (J = 19, so the 95% order statistic exists): p = 1/20 and the interval covers 5. */
    @Test
    void largeEffectIsDetectedAndCovered() {
        double[][] y = noisePanel(new SplittableRandom(3), 20, 50);
        for (int t = 35; t < 50; t++) {
            y[0][t] += 5;
        }
        SyntheticControl.Result r = new SyntheticControl().fit(y, 0, 35);
        assertEquals(0.05, r.pValue(), 1e-12);
        EffectEstimate e = r.estimate();
        assertTrue(e.lower() > 0 && e.lower() < 5 && e.upper() > 5, e.toString());
        assertTrue(Math.abs(e.estimate() - 5) < 1, e.toString());
        assertTrue(e.standardError() > 0);
    }

    @Test
    void criticalRatioUsesTheRankOrTheMaximumWhenTooFewDonors() {
        double[] nineteen = new double[19];
        double[] thirtyNine = new double[39];
        for (int i = 0; i < 39; i++) {
            thirtyNine[i] = 39 - i;
            if (i < 19) {
                nineteen[i] = i + 1;
            }
        }
        assertEquals(19, SyntheticControl.criticalRatio(nineteen)); // ⌈0.95·20⌉ = 19 → 19th smallest = max
        assertEquals(38, SyntheticControl.criticalRatio(thirtyNine)); // ⌈0.95·40⌉ = 38
        assertEquals(3, SyntheticControl.criticalRatio(new double[] {1, 3, 2})); // ⌈3.8⌉ = 4 > 3 → max
    }

    @Test
    void rejectsBadInput() {
        double[][] y = new double[4][10];
        assertThrows(IllegalArgumentException.class, () -> new SyntheticControl().fit(y, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticControl().fit(y, 4, 5));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticControl().fit(new double[2][10], 0, 5));
    }

    /** Units = shared factor (sine + N(0,1)) + iid unit level + iid N(0,1) noise; callers add any effect. */
    static double[][] noisePanel(SplittableRandom rng, int units, int periods) {
        double[] factor = new double[periods];
        for (int t = 0; t < periods; t++) {
            factor[t] = 2 * Math.sin(t / 5.0) + gaussian(rng);
        }
        double[][] y = new double[units][periods];
        for (int u = 0; u < units; u++) {
            double level = 10 + rng.nextDouble(-1, 1); // iid levels keep units exchangeable
            for (int t = 0; t < periods; t++) {
                y[u][t] = level + factor[t] + gaussian(rng);
            }
        }
        return y;
    }

    private static double gaussian(SplittableRandom rng) {
        return java.util.random.RandomGenerator.class.cast(rng).nextGaussian();
    }
}
