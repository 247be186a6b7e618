package org.bomoco.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;
import org.junit.jupiter.api.Test;

/** {@link Weights} parsing and {@link Action} ids and risks (PROBLEM.md, "Actions" and "Composite-score"). */
class WeightsAndActionTest {
    private static final double EXACT = 1e-15;

    @Test
    void parsesNormalisesAndDefaultsMissingKeysToZero() {
        Weights w = Weights.parse("cost=0.35,carbon=0.25,water=0.10,performance=0.20,kpi=0.10");
        assertArrayEquals(Weights.DEFAULT.toArray(), w.toArray(), 1e-12);
        // 1 : 3 with the rest missing → 0.25, 0.75, 0, 0, 0.
        Weights two = Weights.parse(" COST = 1 , carbon=3 ");
        assertArrayEquals(new double[] {0.25, 0.75, 0, 0, 0}, two.toArray(), EXACT);
        assertEquals(0.75, two.weight(Objective.CARBON), EXACT);
        // format() reads back; a blank entry (trailing comma) is skipped.
        assertArrayEquals(two.toArray(), Weights.parse(two.format() + ",").toArray(), EXACT);
    }

    @Test
    void rejectsBadInputWithTheArgumentAndKeyNamed() {
        InputException unknown = assertThrows(InputException.class, () -> Weights.parse("cost=1,price=2"));
        assertEquals("--weights", unknown.file());
        assertEquals("price", unknown.field());
        assertTrue(unknown.getMessage().contains("cost, carbon, water, performance, kpi"), unknown.getMessage());
        assertEquals("cost", assertThrows(InputException.class, () -> Weights.parse("cost=-0.1")).field());
        assertEquals("kpi", assertThrows(InputException.class, () -> Weights.parse("kpi=NaN")).field());
        assertEquals("water", assertThrows(InputException.class, () -> Weights.parse("water=abc")).field());
        assertEquals("cost", assertThrows(InputException.class, () -> Weights.parse("cost=1,cost=2")).field());
        assertTrue(assertThrows(InputException.class, () -> Weights.parse("cost=0,carbon=0")).getMessage()
                .contains("zero"));
        assertThrows(InputException.class, () -> Weights.parse(""));
        assertThrows(InputException.class, () -> Weights.parse("cost"));
        assertThrows(IllegalArgumentException.class, () -> new Weights(0, 0, 0, 0, 0));
    }

    @Test
    void actionIdsAndRisksFollowTheModel() {
        assertEquals("rightsize_down", Action.RIGHTSIZE_DOWN.id());
        assertEquals("region_migration", Action.REGION_MIGRATION.id());
        assertEquals(Risk.LOW, Action.RIGHTSIZE_DOWN.risk());
        assertEquals(Risk.LOW, Action.CARBON_SHIFT.risk());
        assertEquals(Risk.MEDIUM, Action.RIGHTSIZE_UP.risk());
        assertEquals(Risk.MEDIUM, Action.SPOT_CONVERSION.risk());
        assertEquals(Risk.HIGH, Action.REGION_MIGRATION.risk());
        assertEquals(Action.SPOT_CONVERSION, Action.parse("Spot-Conversion").orElseThrow());
        assertTrue(Action.parse("teleport").isEmpty());
    }
}
