package org.bomoco.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;

/** The library API reads parameters with the same typed reader as experiment files, when it is built. */
class OptimizerSettingsTest {
    @Test
    void badParametersFailWhenTheOptimizerIsBuilt() {
        OptimizerSettings base = OptimizerSettings.defaults().withAlgorithm("moead@moea");
        InputException unknown = assertThrows(InputException.class, () -> new MultiObjectiveOptimizer(
                base.withParameters(Map.of("neighbourhoodSize", 5))));
        assertEquals("neighbourhoodSize", unknown.field());
        assertTrue(unknown.getMessage().contains("valid keys:"), unknown.getMessage());
        InputException range = assertThrows(InputException.class, () -> new MultiObjectiveOptimizer(
                base.withParameters(Map.of("eta", -1))));
        assertEquals("eta", range.field());
        assertTrue(range.getMessage().contains("expected a whole number in [1, ∞)"), range.getMessage());
        assertDoesNotThrow(() -> new MultiObjectiveOptimizer(base.withParameters(Map.of("eta", 3, "delta", 0.8))));
    }
}
