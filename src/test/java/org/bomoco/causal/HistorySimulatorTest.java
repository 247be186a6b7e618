package org.bomoco.causal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HistorySimulatorTest {

    private static final double EXACT = 1e-9;

    /** Only a weekly sine (no trend, noise, shocks, surges, effect). */
    private static SimulationSpec weeklyOnly() {
        return new SimulationSpec(3, 70, 0.10, 0, 0, 0, 0, 0, 1, 0, 0, EffectType.ZERO, 0, 1, 0, 30, 1, 0,
                false, 0);
    }

    @Test
    void sameSeedSameHistoryOtherSeedOther() {
        SimulationSpec spec = SimulationSpec.defaults().withConfounded(true);
        BusinessHistory a = HistorySimulator.simulate(spec, 7);
        BusinessHistory b = HistorySimulator.simulate(spec, 7);
        BusinessHistory c = HistorySimulator.simulate(spec, 8);
        for (int i = 0; i < a.services(); i++) {
            assertArrayEquals(a.revenue()[i], b.revenue()[i]);
        }
        assertArrayEquals(a.treatmentStart(), b.treatmentStart());
        assertFalse(Arrays.equals(a.revenue()[0], c.revenue()[0]));
    }

    @Test
    void weeklySeasonalityHasPeriodSevenAndTheSpecifiedAmplitude() {
        BusinessHistory h = HistorySimulator.simulate(weeklyOnly(), 1);
        double[][] ly = h.logRevenue();
        for (int t = 0; t + 7 < h.days(); t++) {
            assertEquals(ly[0][t], ly[0][t + 7], EXACT);
        }
        // log y = μ + 0.10·sin(2πt/7): max − min over a week = 0.10·(sin(4π/7) − sin(10π/7)) = 0.10·(0.97493+0.97493)
        double max = Arrays.stream(ly[1], 0, 7).max().orElseThrow();
        double min = Arrays.stream(ly[1], 0, 7).min().orElseThrow();
        assertEquals(0.194986, max - min, 1e-6);
    }

    @Test
    void noiseIsAr1WithTheSpecifiedPhi() {
        // only AR(1) noise, φ = 0.6, 20 000 days; sample lag-1 autocorrelation has se ≈ sqrt((1−φ²)/n) ≈ 0.0057
        SimulationSpec spec = new SimulationSpec(2, 20_000, 0, 0, 0.6, 0.05, 0, 0, 1, 0, 0, EffectType.ZERO, 0, 1, 0,
                30, 1, 0, false, 0);
        double[] x = HistorySimulator.simulate(spec, 3).logRevenue()[0];
        double mean = Arrays.stream(x).average().orElseThrow();
        double num = 0;
        double den = 0;
        for (int t = 0; t < x.length; t++) {
            den += (x[t] - mean) * (x[t] - mean);
            num += t > 0 ? (x[t] - mean) * (x[t - 1] - mean) : 0;
        }
        assertEquals(0.6, num / den, 0.03);
        // stationary sd = 0.05 / sqrt(1 − 0.36) = 0.0625
        assertEquals(0.0625, Math.sqrt(den / x.length), 0.004);
    }

    @Test
    void treatedShareCohortsAndLevelEffectAreAsSpecified() {
        SimulationSpec spec = SimulationSpec.defaults(); // 40 services × 0.3 = 12 treated, cohorts of 4 on 56, 70, 84
        BusinessHistory h = HistorySimulator.simulate(spec, 11);
        int[] counts = new int[3];
        for (int i = 0; i < h.services(); i++) {
            int s = h.treatmentStart()[i];
            if (s >= 0) {
                counts[(s - 56) / 14]++;
                double y0 = h.revenue()[i][s] - h.trueEffect()[i][s];
                assertEquals(0.03, h.trueEffect()[i][s] / y0, EXACT);
                assertEquals(0.0, h.trueEffect()[i][s - 1], 0.0);
            }
        }
        assertArrayEquals(new int[] {4, 4, 4}, counts);
        assertEquals(Math.log(1.03), h.trueLogAtt(), EXACT);
    }

    @Test
    void rampReachesFullSizeAfterRampDays() {
        assertEquals(1.0 / 14, EffectType.RAMP.fraction(0, 14), EXACT);
        assertEquals(1.0, EffectType.RAMP.fraction(13, 14), EXACT);
        assertEquals(1.0, EffectType.RAMP.fraction(40, 14), EXACT);
        assertEquals(0.0, EffectType.LEVEL.fraction(-1, 14), EXACT);
    }

    @Test
    void confoundedSelectionPicksServicesWhoseTrafficWasRising() {
        SimulationSpec spec = SimulationSpec.defaults().withConfounded(true);
        double treatedGrowth = 0;
        double otherGrowth = 0;
        for (long seed = 0; seed < 10; seed++) {
            BusinessHistory h = HistorySimulator.simulate(spec, seed);
            double[][] ly = h.logRevenue();
            int d = spec.firstStartDay() - spec.decisionLagDays();
            for (int i = 0; i < h.services(); i++) {
                double g = mean(ly[i], d - 7, d) - mean(ly[i], d - 14, d - 7);
                if (h.treated()[i]) {
                    treatedGrowth += g / 120; // 12 treated × 10 histories
                } else {
                    otherGrowth += g / 280;
                }
            }
        }
        // a +15% surge falls in a 14-day window w.p. ≈ 1 − (59/60)^14 ≈ 0.21; the top 30% catch most of them
        assertTrue(treatedGrowth - otherGrowth > 0.03, "treated " + treatedGrowth + " vs others " + otherGrowth);
    }

    @Test
    void rejectsInconsistentSpec() {
        assertThrows(IllegalArgumentException.class, () -> SimulationSpec.defaults().withShape(40, 80, 0.5, 0.02));
        assertThrows(IllegalArgumentException.class, () -> SimulationSpec.defaults().withShape(40, 120, 1.0, 0.02));
    }

    private static double mean(double[] row, int from, int to) {
        return Arrays.stream(row, from, to).average().orElseThrow();
    }
}
