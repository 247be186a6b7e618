package org.bomoco.causal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rollback trigger on hand-made KPI series. */
class RollbackTriggerTest {
    private static final RollbackTrigger RAW = new RollbackTrigger(4, CusumDetector.standard(), false);

    @Test
    void constantKpiNeverRollsBack() {
        double[] kpi = new double[60];
        Arrays.fill(kpi, 100);
        assertFalse(RAW.watch(kpi, 30).rollback());
        assertFalse(new RollbackTrigger(30, CusumDetector.standard(), true).watch(kpi, 30).rollback());
    }

    /**
     * Baseline 8, 12, 8, 12: μ0 = 10, sample sd = √(4·4/3) = 2.309. After the action the KPI is 7 every day:
     * z = −3/2.309 = −1.299, so S⁻ grows by 1.299 − 0.5 = 0.799 a day: 0.799, 1.598, …, 6th day 4.794, 7th 5.593 &gt; 5
     * → alarm on the 7th post-action day (index 4 + 6 = 10, delay 6).
     */
    @Test
    void dropFiresAtTheHandComputedDay() {
        double[] kpi = {8, 12, 8, 12, 7, 7, 7, 7, 7, 7, 7, 7, 7};
        RollbackTrigger.Decision d = RAW.watch(kpi, 4);
        assertTrue(d.rollback());
        assertEquals(10, d.alarmDay());
        assertEquals(6, d.delayDays());
    }

    @Test
    void riseDoesNotRollBack() {
        double[] kpi = {8, 12, 8, 12, 20, 20, 20, 20, 20, 20, 20};
        assertFalse(RAW.watch(kpi, 4).rollback());
    }

    @Test
    void constantBaselineThenAnyDropAlarmsAtOnce() {
        double[] kpi = {5, 5, 5, 5, 4.99, 5};
        assertEquals(0, RAW.watch(kpi, 4).delayDays());
    }

    @Test
    void rejectsTooShortBaseline() {
        assertThrows(IllegalArgumentException.class, () -> new RollbackTrigger(2, CusumDetector.standard(), false));
        assertThrows(IllegalArgumentException.class, () -> RAW.watch(new double[10], 3));
    }
}
