package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The {@link Indicator} enum: ids of today's configs, directions, and each constant calling its class. */
class IndicatorTest {
    @Test
    void everyIdOfTheConfigsResolvesCaseInsensitively() {
        assertEquals(List.of("hypervolume", "igd+", "igd", "epsilon", "spread"), Indicator.ids());
        assertEquals(List.of("hypervolume", "igd+", "epsilon", "spread"), Indicator.defaultIds());
        assertEquals(Indicator.IGD_PLUS, Indicator.of("IGD+"));
        assertEquals(Indicator.HYPERVOLUME, Indicator.of(" Hypervolume "));
        assertTrue(Indicator.byId("gd").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Indicator.of("hv"));
        assertTrue(e.getMessage().contains("'hv'") && e.getMessage().contains("igd+, igd, epsilon"), e.getMessage());
    }

    @Test
    void onlyHypervolumeIsBetterWhenLarger() {
        for (Indicator i : Indicator.values()) {
            assertEquals(i == Indicator.HYPERVOLUME, i.largerIsBetter(), i.id());
        }
    }

    @Test
    void eachConstantComputesItsOwnIndicator() {
        double[][] front = {{0.5, 0.5}, {0.2, 0.9}};
        double[][] ref = {{0, 1}, {1, 0}, {0.4, 0.4}};
        double[] point = {1.1, 1.1};
        assertEquals(Hypervolume.compute(front, point), Indicator.HYPERVOLUME.compute(front, ref, point));
        assertEquals(IgdPlus.compute(front, ref), Indicator.IGD_PLUS.compute(front, ref, point));
        assertEquals(Igd.compute(front, ref), Indicator.IGD.compute(front, ref, point));
        assertEquals(AdditiveEpsilon.compute(front, ref), Indicator.EPSILON.compute(front, ref, point));
        assertEquals(Spread.compute(front, ref), Indicator.SPREAD.compute(front, ref, point));
        assertFalse(Indicator.IGD.compute(front, ref, point) == Indicator.IGD_PLUS.compute(front, ref, point));
    }
}
