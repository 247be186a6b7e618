package org.bomoco.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.CatalogueReader;
import org.bomoco.data.GeneratorSpec;
import org.bomoco.data.InstanceGenerator;
import org.bomoco.model.Provider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PlacementProblem#repairHeadroom}: the generator's "upsize the overloaded workloads where they are" plan. */
class RepairHeadroomTest {

    private static PlacementProblem generated(int workloads, long seed) {
        Path catalogue = Path.of("datasets");
        InstanceGenerator g = new InstanceGenerator(CatalogueReader.read(catalogue),
                CarbonProfiles.read(catalogue.resolve("carbon-profiles.csv")));
        return PlacementProblem.compile(g.generate(new GeneratorSpec("r", workloads, seed,
                EnumSet.allOf(Provider.class), List.of(), java.time.Instant.parse("2023-06-01T00:00:00Z")))
                .instance());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 43})
    void repairedCurrentStateIsFeasibleOnGeneratedInstances(long seed) {
        PlacementProblem p = generated(1000, seed);
        int[] x = p.currentDecision();
        p.repairHeadroom(x);
        Evaluation e = p.evaluate(x);
        assertEquals(0.0, e.constraints()[Constraint.HEADROOM.ordinal()], "headroom");
        assertTrue(e.feasible(), () -> "violations " + java.util.Arrays.toString(e.constraints()));
        // only sizes change, and only upwards in vCPUs
        int[] c = p.currentDecision();
        for (int i = 0; i < x.length; i++) {
            if (i % PlacementProblem.VARIABLES_PER_WORKLOAD != 1) {
                assertEquals(c[i], x[i]);
            } else {
                assertTrue(p.regionTables.vcpus[x[i]] >= p.regionTables.vcpus[c[i]]);
            }
        }
        int[] again = x.clone();
        p.repairHeadroom(again);
        assertArrayEquals(x, again, "idempotent");
    }
}
