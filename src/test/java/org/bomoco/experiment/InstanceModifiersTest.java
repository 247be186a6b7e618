package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.bomoco.data.InstanceReader;
import org.bomoco.model.InputException;
import org.bomoco.model.PlacementInstance;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.RegionScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instance keys {@code scope}, {@code egress_price}, {@code max_migrations}: validation, resolved spec, effect. */
class InstanceModifiersTest {
    private static final String SPEC = """
            name: arb
            seed: 7
            instances:
              - path: datasets/instances/demo
            %s
            algorithms:
              - id: random
            budget: {evaluations: 1000}
            """;

    private static ExperimentSpec read(Path tmp, String keys) throws IOException {
        return SpecReader.read(SpecReaderTest.write(tmp, SPEC.formatted(keys)));
    }

    private static InputException error(Path tmp, String keys) {
        return assertThrows(InputException.class, () -> read(tmp, keys));
    }

    @Test
    void keysAreRead(@TempDir Path tmp) throws IOException {
        InstanceSpec i = read(tmp, "    scope: provider\n    egress_price: 2.5\n    max_migrations: 10").instances()
                .get(0);
        assertEquals(new InstanceModifiers(RegionScope.PROVIDER, 2.5, 10), i.modifiers());
        assertEquals(InstanceModifiers.NONE, read(tmp, "").instances().get(0).modifiers());
        assertEquals(RegionScope.ALL, read(tmp, "    scope: ALL").instances().get(0).modifiers().scope());
    }

    @Test
    void invalidValuesNameLineAndKey(@TempDir Path tmp) {
        // line 5 of the text is the first modifier key
        InputException scope = error(tmp, "    scope: cloud");
        assertEquals(5, scope.line());
        assertEquals("instances[0].scope", scope.field());
        assertTrue(scope.getMessage().contains("'provider'"), scope.getMessage());
        InputException negative = error(tmp, "    egress_price: -1");
        assertEquals("instances[0].egress_price", negative.field());
        assertEquals(5, negative.line());
        assertEquals("instances[0].egress_price", error(tmp, "    egress_price: cheap").field());
        InputException migrations = error(tmp, "    max_migrations: -3");
        assertEquals("instances[0].max_migrations", migrations.field());
        assertEquals("instances[0].max_migrations", error(tmp, "    max_migrations: 2.5").field());
        assertEquals("instances[0].scoop", error(tmp, "    scoop: provider").field());
    }

    @Test
    void benchmarkInstancesRefuseThem(@TempDir Path tmp) throws IOException {
        String text = SPEC.formatted("").replace("  - path: datasets/instances/demo\n",
                "  - benchmark: {problem: DTLZ2, objectives: 3}\n    scope: provider\n");
        InputException e = assertThrows(InputException.class,
                () -> SpecReader.read(SpecReaderTest.write(tmp, text)));
        assertEquals("instances[0].scope", e.field());
        assertTrue(e.getMessage().contains("placement instances"), e.getMessage());
    }

    @Test
    void resolvedSpecKeepsThemAndTheHashChangesOnlyWithTheProblem(@TempDir Path tmp) throws IOException {
        ExperimentSpec none = read(tmp, "");
        ExperimentSpec all = read(tmp, "    scope: all");
        ExperimentSpec full = read(tmp, "    scope: provider\n    egress_price: 0.5\n    max_migrations: 0");
        Path resolved = tmp.resolve("out").resolve("experiment.yaml");
        for (ExperimentSpec s : new ExperimentSpec[] {none, all, full}) {
            SpecReader.write(s, resolved);
            assertEquals(s, SpecReader.read(resolved));
        }
        assertTrue(SpecReader.toYaml(full).contains("egress_price: 0.5"), SpecReader.toYaml(full));
        assertTrue(SpecReader.toYaml(all).contains("scope: \"all\"") || SpecReader.toYaml(all).contains("scope: all"));
        // an explicit 'scope: all' is the same problem as none: same hash; older specs keep their canonical form
        assertEquals(SpecHash.of(none), SpecHash.of(all));
        assertFalse(SpecHash.canonical(none).contains("scope"));
        assertNotEquals(SpecHash.of(none), SpecHash.of(full));
        assertNotEquals(SpecHash.of(none), SpecHash.of(read(tmp, "    egress_price: 2")));
        assertNotEquals(SpecHash.of(none), SpecHash.of(read(tmp, "    max_migrations: 2")));
    }

    /**
     * Demo instance: web-frontend (20 GB of data) moves from aws eu-central-1 to azure westeurope; it sends
     * 300 GB/month to api-gateway, which stays in eu-central-1 (in the current state all three dependants share
     * eu-central-1, so the current state pays no egress). Egress added at factor 1: migration 20·0.09/12 = 0.15
     * (aws internet price, source aws) plus dependency 300·0.087 = 26.1 (azure internet price, source azure):
     * 26.25 USD/month; at factor m it is m·26.25, and nothing else in the cost changes.
     */
    @Test
    void egressPriceScalesEveryEgressTerm() {
        PlacementInstance demo = InstanceReader.read(Path.of("datasets", "instances", "demo"));
        double[] delta = new double[3];
        double[] current = new double[3];
        for (int m = 0; m <= 2; m++) {
            PlacementProblem p = new InstanceModifiers(null, m, -1).compile(demo);
            int[] x = p.currentDecision();
            current[m] = p.evaluate(x).objectives()[Objective.COST.ordinal()];
            x[0] = demo.regions().stream().map(r -> r.id()).toList().indexOf("westeurope");
            delta[m] = p.evaluate(x).objectives()[Objective.COST.ordinal()] - current[m];
        }
        assertEquals(current[0], current[1], 1e-9);
        assertEquals(current[0], current[2], 1e-9);
        assertEquals(26.25, delta[1] - delta[0], 1e-9);
        assertEquals(26.25, delta[2] - delta[1], 1e-9);
    }

    /** Demo's own budget is 2 migrations; max_migrations: 0 makes a single move a violation of 1. */
    @Test
    void maxMigrationsOverridesTheInstanceBudget() {
        PlacementInstance demo = InstanceReader.read(Path.of("datasets", "instances", "demo"));
        assertEquals(2, demo.parameters().maxMigrations());
        PlacementProblem own = InstanceModifiers.NONE.compile(demo);
        PlacementProblem zero = new InstanceModifiers(null, 1, 0).compile(demo);
        assertEquals(0, zero.instance().parameters().maxMigrations());
        int[] x = own.currentDecision();
        x[0] = demo.regions().stream().map(r -> r.id()).toList().indexOf("westeurope");
        int k = Constraint.MIGRATIONS.ordinal();
        assertEquals(0, own.evaluate(x).constraints()[k]);
        assertEquals(1, zero.evaluate(x).constraints()[k]);
    }

    @Test
    void loaderAppliesTheScope() {
        InstanceLoader loader = new InstanceLoader(Experiments.CATALOGUE);
        InstanceSpec within = new InstanceSpec("w", Experiments.DEMO, null, null, 0,
                new InstanceModifiers(RegionScope.PROVIDER, 1, -1));
        PlacementProblem p = loader.problem(within);
        assertEquals(RegionScope.PROVIDER, p.scope());
        // web-frontend is in aws eu-central-1; the demo has two aws regions
        assertEquals(2, p.regionChoices(0).length);
    }
}
