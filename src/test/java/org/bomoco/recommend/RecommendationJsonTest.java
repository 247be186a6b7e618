package org.bomoco.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The one JSON form of a recommendation, shared by {@code bomoco recommend --format json} and the workbench. */
class RecommendationJsonTest {
    @Test
    void keysAndValuesAreThoseOfTheCommandLine() {
        Recommendation r = new Recommendation("w7", Action.SPOT_CONVERSION, "on_demand", "spot",
                new double[] {-12.5, 0, 0, 3.0, 0.25}, Action.SPOT_CONVERSION.risk(), 0.0421);
        Map<String, Object> m = r.toJson();
        assertEquals(List.of("workload", "action", "from", "to", "deltas", "risk", "composite_score"),
                List.copyOf(m.keySet()));
        assertEquals("spot_conversion", m.get("action"));
        assertEquals(0.0421, m.get("composite_score"));
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) m.get("deltas");
        assertEquals(List.of("cost", "carbon", "water", "performance", "kpi"), List.copyOf(d.keySet()));
        assertEquals(-12.5, d.get("cost"));
        assertEquals(0.25, d.get("kpi"));
    }
}
