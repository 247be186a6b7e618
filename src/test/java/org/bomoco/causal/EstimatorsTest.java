package org.bomoco.causal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EstimatorsTest {

    private static final double EXACT = 1e-9;

    @Test
    void naiveCorrelatorMatchesHandComputation() {
        // y = 1, 2, 3, 5 with the change only on the last cell: slope = 5 − mean(1,2,3) = 3;
        // Sxx = 0.75, Syy = 8.75, Sxy = 2.25 → r = 2.25/sqrt(0.75·8.75) = 0.878310; RSS = 8.75 − 3·2.25 = 2,
        // s² = 2/(4−2) = 1, se = sqrt(1/0.75) = 1.154701
        var result = BusinessKpiCorrelator.correlate(new double[][] {{1, 2}, {3, 5}},
                new boolean[][] {{false, false}, {false, true}});
        assertEquals(0.878310, result.pearson(), 1e-6);
        assertEquals(3.0, result.effect().estimate(), EXACT);
        assertEquals(1.154701, result.effect().standardError(), 1e-6);
        assertEquals(3.0 - 1.959964 * 1.154701, result.effect().lower(), 1e-5);
    }

    @Test
    void didOnTwoByTwoTableIsTheHandDifference() {
        // treated 10 → 15, control 7 → 9: (15 − 10) − (9 − 7) = 3; one service per stratum → se 0
        var result = new DifferenceInDifferences(1, 0).estimate(new double[][] {{10, 15}, {7, 9}}, new int[] {1, -1});
        assertEquals(3.0, result.att().estimate(), EXACT);
        assertEquals(0.0, result.att().standardError(), EXACT);
    }

    @Test
    void staggeredDidRecoversCohortWeightedEffectWhereTwfeWouldNot() {
        // y = α_i + t² + τ_i·D: s0 starts day 2 (τ = 2), s1 day 4 (τ = 5), s2 never; 6 days, base window 2.
        // Cohort 2: days 2..5, 4 cells of ATT 2 (controls s1 on days 2,3; s2 always). Cohort 4: days 4,5, 2 cells
        // of ATT 5 (control s2). Cohort-size-weighted ATT = (4·2 + 2·5)/6 = 3. Lead 1 of cohort 4 (day 1) = 0.
        int[] start = {2, 4, -1};
        double[] tau = {2, 5, 0};
        double[][] y = new double[3][6];
        for (int i = 0; i < 3; i++) {
            for (int t = 0; t < 6; t++) {
                y[i][t] = (i + 1) + t * t + (start[i] >= 0 && t >= start[i] ? tau[i] : 0);
            }
        }
        var result = new DifferenceInDifferences(2, 1).estimate(y, start);
        assertEquals(3.0, result.att().estimate(), EXACT);
        assertEquals(0.0, result.leads().get(0).estimate(), EXACT);
    }

    @Test
    void didClusterStandardErrorMatchesHandComputation() {
        // 2 treated (start 1) and 2 controls, 2 days, base window 1. Changes: treated +4, +6; controls +1, +3.
        // ATT = 5 − 2 = 3. ψ (weight 2): treated 4, 6; controls −(2/2)·1 = −1, −3. Stratum variances with n/(n−1):
        // treated: 2·((4−5)² + (6−5)²) = 4; controls: 2·((−1+2)² + (−3+2)²) = 4 → se = sqrt(8)/2 = 1.414214
        double[][] y = {{0, 4}, {0, 6}, {0, 1}, {0, 3}};
        var att = new DifferenceInDifferences(1, 0).estimate(y, new int[] {1, 1, -1, -1}).att();
        assertEquals(3.0, att.estimate(), EXACT);
        assertEquals(Math.sqrt(2), att.standardError(), EXACT);
    }

    @Test
    void didLeadsFlagAPreTrend() {
        // treated service gains +1 per day before and after its start on day 6, controls flat (a pre-trend).
        // Lead k compares day 6−3−k with the base mean of days 3..5 (= 4): lead 1 = 2 − 4 = −2, lead 2 = 1 − 4 = −3
        double[][] y = {{0, 1, 2, 3, 4, 5, 6, 7}, {0, 0, 0, 0, 0, 0, 0, 0}};
        var result = new DifferenceInDifferences(3, 2).estimate(y, new int[] {6, -1});
        assertEquals(-2.0, result.leads().get(0).estimate(), EXACT);
        assertEquals(-3.0, result.leads().get(1).estimate(), EXACT);
    }

    @Test
    void didRejectsPanelWithoutControls() {
        assertThrows(IllegalArgumentException.class,
                () -> new DifferenceInDifferences(1, 0).estimate(new double[][] {{1, 2}, {1, 2}}, new int[] {1, 1}));
    }

    @Test
    void itsRecoversNoiselessSegmentedSeriesExactly() {
        // y = 2 + 0.1t + 3·D + 0.05·(t − 40)·D + weekly pattern, 100 days, T0 = 40
        double[] week = {0, 0.3, -0.2, 0.1, 0, 0.5, -0.4};
        double[] y = new double[100];
        for (int t = 0; t < y.length; t++) {
            double d = t >= 40 ? 1 : 0;
            y[t] = 2 + 0.1 * t + 3 * d + 0.05 * (t - 40) * d + week[t % 7];
        }
        var result = InterruptedTimeSeries.estimate(y, 40);
        assertEquals(3.0, result.levelChange().estimate(), 1e-8);
        assertEquals(0.05, result.slopeChange().estimate(), 1e-10);
        assertEquals(4, result.lag()); // ⌊4·(100/100)^{2/9}⌋ = 4
        assertEquals(0.0, result.levelChange().standardError(), 1e-6);
    }

    @Test
    void neweyWestOnInterceptOnlyModelMatchesHandComputation() {
        // y = 1,2,3,4 on a constant: e = −1.5, −0.5, 0.5, 1.5; Σe² = 5; Σ e_t e_{t−1} = 0.75 − 0.25 + 0.75 = 1.25.
        // L = 0: var = 5/4² · n/(n−k) = 5/16 · 4/3 → se = 0.645497 (HC1, equals iid here since x is constant).
        // L = 1 (weight 1/2): S = 5 + 2·0.5·1.25 = 6.25 → var = 6.25/16 · 4/3 → se = 0.721688.
        // iid: s² = 5/3, var = s²/4 → se = 0.645497
        LinearFit fit = new LinearFit(new double[][] {{1}, {1}, {1}, {1}}, new double[] {1, 2, 3, 4});
        assertEquals(2.5, fit.coefficient(0), EXACT);
        assertEquals(0.645497, fit.neweyWestStandardError(0, 0), 1e-6);
        assertEquals(0.721688, fit.neweyWestStandardError(0, 1), 1e-6);
        assertEquals(0.645497, fit.iidStandardError(0), 1e-6);
    }

    @Test
    void neweyWestExceedsIidUnderPositiveAutocorrelation() {
        // AR(1) errors with φ = 0.7 around a trend, n = 400: the long-run variance is (1+φ)/(1−φ) ≈ 5.7 times the
        // iid one, so the HAC se of the level (lag ⌊4·4^{2/9}⌋ = 5) must exceed the iid se
        SplittableRandom rng = new SplittableRandom(5);
        double[][] x = new double[400][2];
        double[] y = new double[400];
        double u = 0;
        for (int t = 0; t < 400; t++) {
            u = 0.7 * u + (rng.nextDouble() - 0.5);
            x[t][0] = 1;
            x[t][1] = t;
            y[t] = 1 + 0.01 * t + u;
        }
        LinearFit fit = new LinearFit(x, y);
        assertEquals(5, LinearFit.defaultLag(400));
        assertTrue(fit.neweyWestStandardError(0, 5) > 1.3 * fit.iidStandardError(0),
                fit.neweyWestStandardError(0, 5) + " vs " + fit.iidStandardError(0));
    }
}
