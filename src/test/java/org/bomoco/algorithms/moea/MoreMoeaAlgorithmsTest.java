package org.bomoco.algorithms.moea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The MOEA Framework algorithms registered after the first seven: each solves the demo instance (whose current
 * state violates headroom) to a feasible, non-dominated front, the same for the same seed, and refuses benchmarks
 * and unknown parameters.
 */
class MoreMoeaAlgorithmsTest {
    static final List<String> ADDED = List.of("unsga3", "agemoea2", "rvea", "pesa2", "paes", "vega");

    @Test
    void eachSolvesTheDemoToAFeasibleNonDominatedFrontReproducibly() {
        PlacementProblem demo = TestInstances.demo();
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        for (String base : ADDED) {
            Optimizer o = registry.get(base);
            assertEquals(base + "@moea", o.id());
            SolveSpec spec = new SolveSpec(o.id(), 2_000, 9, 20, Map.of(), List.of());
            SolveResult r = o.solve(demo, spec, p -> { });
            assertFalse(r.front().isEmpty(), base);
            assertTrue(r.evaluations() >= 2_000, base + " " + r.evaluations());
            for (Candidate c : r.front()) {
                assertTrue(c.feasible(), base + " " + c);
                for (Candidate d : r.front()) {
                    assertFalse(Fronts.dominates(d.objectives(), c.objectives()), base);
                }
            }
            assertEquals(r.front(), o.solve(demo, spec, p -> { }).front(), base + ": same seed, same front");
        }
    }

    @Test
    void theyRunOnPlacementOnlyAndCheckTheirKeys() {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        PlacementProblem demo = TestInstances.demo();
        for (String base : ADDED) {
            Optimizer o = registry.get(base);
            assertFalse(o.supportsBenchmarks(), base);
            Executable bench = () -> o.solveBenchmark(BenchmarkProblem.of("zdt1", 2, 0), SolveSpec.of(o.id(), 100, 1),
                    p -> { });
            org.junit.jupiter.api.Assertions.assertThrows(InputException.class, bench, base);
            InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                    () -> o.solve(demo, new SolveSpec(o.id(), 400, 1, 20, Map.of("nope", 1), List.of()), p -> { }));
            assertTrue(e.getMessage().contains("nope"), e.getMessage());
        }
        assertTrue(registry.get("vega").description().contains("IGNORES constraints"));
    }
}
