package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bomoco.model.InputException;
import org.bomoco.model.Provider;
import org.junit.jupiter.api.Test;

class GeneratorSpecTest {
    private static final Instant HOUR = Instant.parse("2023-06-01T05:00:00Z");

    private static String fieldOf(Runnable r) {
        return assertThrows(InputException.class, r::run).field();
    }

    @Test
    void validatesEachField() {
        Set<Provider> aws = Set.of(Provider.AWS);
        assertEquals("name", fieldOf(() -> new GeneratorSpec(" ", 1, 0, aws, List.of(), HOUR)));
        assertEquals("workloads", fieldOf(() -> new GeneratorSpec("x", 0, 0, aws, List.of(), HOUR)));
        assertEquals("workloads", fieldOf(() -> new GeneratorSpec("x", 1_000_001, 0, aws, List.of(), HOUR)));
        assertEquals("providers", fieldOf(() -> new GeneratorSpec("x", 1, 0, Set.of(), List.of(), HOUR)));
        assertEquals("regions", fieldOf(() -> new GeneratorSpec("x", 1, 0, aws, List.of("a", "a"), HOUR)));
        assertEquals("forecast_start", fieldOf(() -> new GeneratorSpec("x", 1, 0, aws, List.of(),
                HOUR.plusSeconds(60))));
        assertEquals("forecast_start", fieldOf(() -> new GeneratorSpec("x", 1, 0, aws, List.of(), null)));
    }

    @Test
    void nullRegionListMeansAll() {
        assertEquals(List.of(), new GeneratorSpec("x", 1, 0, Set.of(Provider.GCP), null, HOUR).regionIds());
    }
}
