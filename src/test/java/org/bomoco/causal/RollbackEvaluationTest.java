package org.bomoco.causal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Monte-Carlo figures of the rollback trigger on seeded AR(1) KPI series. */
class RollbackEvaluationTest {
    private static final int SERIES = 300;
    private static final int BASELINE = 120;
    private static final int MONITOR = 365;

    private static RollbackEvaluation.Result run(boolean prewhiten, double phi, double drop) {
        RollbackTrigger trigger = new RollbackTrigger(BASELINE, CusumDetector.standard(), prewhiten);
        return RollbackEvaluation.run(trigger, new RollbackEvaluation.Spec(SERIES, BASELINE, MONITOR, phi, drop, 42));
    }

    @Test
    void delayShrinksAsTheDropGrows() {
        double previous = Double.POSITIVE_INFINITY;
        for (double drop : new double[] {0.5, 1, 2, 3}) {
            RollbackEvaluation.Result r = run(true, 0.5, drop);

            assertTrue(r.medianDelayDays() < previous, "median delay did not shrink at drop " + drop);
            previous = r.medianDelayDays();
        }
    }

    /**
     * iid, 1σ drop: mean delay ≈ ARL1 − 1 ≈ 9.4 days (Montgomery Table 9.3: ARL1 = 10.4; delay counts the action day
     * as 0); false alarms ≈ 1000/938 ≈ 1.1 per 1,000 days for the lower side, a little more with an estimated
     * baseline (120 days).
     */
    @Test
    void iidFiguresMatchTheTables() {
        RollbackEvaluation.Result r = run(false, 0, 1);

        assertEquals(1.0, r.detectionRate(), 0.01);
        assertTrue(r.medianDelayDays() >= 6 && r.medianDelayDays() <= 11, r.toString());
        assertTrue(r.falseAlarmsPer1000Days() > 0.3 && r.falseAlarmsPer1000Days() < 4, r.toString());
    }

    /** Autocorrelation (φ = 0.5) inflates the raw CUSUM's false alarms; the AR(1) residual chart brings them back. */
    @Test
    void prewhiteningControlsFalseAlarmsUnderAutocorrelation() {
        RollbackEvaluation.Result raw = run(false, 0.5, 1);
        RollbackEvaluation.Result whitened = run(true, 0.5, 1);

        assertTrue(raw.falseAlarmsPer1000Days() > 3 * whitened.falseAlarmsPer1000Days(), raw + " vs " + whitened);
        assertTrue(whitened.falseAlarmsPer1000Days() < 5, whitened.toString());
    }

    @Test
    void percentileIsNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, RollbackEvaluation.nearestRank(sorted, 0.5)); // ⌈5⌉ = 5th
        assertEquals(9, RollbackEvaluation.nearestRank(sorted, 0.9)); // ⌈9⌉ = 9th
        assertEquals(Double.POSITIVE_INFINITY,
                RollbackEvaluation.nearestRank(new double[] {1, 2, Double.POSITIVE_INFINITY}, 0.9));
    }
}
