package org.bomoco.algorithms.jmetal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.Progress;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.data.InstanceReader;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs of the three jMetal optimizers on small instances: determinism, feasibility, budget, errors. */
class JMetalOptimizerTest {
    /** Small settings so a run takes milliseconds: NSGA-III/MOEA/D with 3 divisions → C(7,4) = 35 points. */
    private static final Map<String, Object> SMALL = Map.of("divisions", 3);
    private static final Path DEMO = Path.of("datasets", "instances", "demo");

    private static Optimizer optimizer(String id) {
        return AlgorithmRegistry.standard().get(id + "@jmetal");
    }

    private static SolveSpec spec(String id, long evaluations, long seed) {
        return new SolveSpec(id, evaluations, seed, 0, id.equals("nsga2") ? Map.of() : SMALL, List.of());
    }

    private static SolveResult solve(String id, PlacementProblem problem, long evaluations, long seed) {
        return optimizer(id).solve(problem, spec(id, evaluations, seed), p -> { });
    }

    private static List<double[]> objectives(SolveResult r) {
        return r.front().stream().map(Candidate::objectives).toList();
    }

    private static void assertSameFront(SolveResult a, SolveResult b) {
        assertEquals(a.front().size(), b.front().size());
        for (int i = 0; i < a.front().size(); i++) {
            assertTrue(Arrays.equals(objectives(a).get(i), objectives(b).get(i)), "front member " + i);
            assertTrue(Arrays.equals(a.front().get(i).decision(), b.front().get(i).decision()));
        }
        assertEquals(a.evaluations(), b.evaluations());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nsga2", "nsga3", "moead"})
    void sameSeedGivesIdenticalFrontAgainAndFromTwoThreads(String id) throws Exception {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.infeasibleCurrentState());
        SolveResult first = solve(id, problem, 1500, 42);
        assertSameFront(first, solve(id, problem, 1500, 42));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SolveResult> a = pool.submit(() -> solve(id, problem, 1500, 42));
            Future<SolveResult> b = pool.submit(() -> solve(id, problem, 1500, 42));
            assertSameFront(first, a.get());
            assertSameFront(first, b.get());
        } finally {
            pool.shutdown();
        }
        SolveResult other = solve(id, problem, 1500, 43);
        assertFalse(first.front().equals(other.front()) && first.evaluations() == other.evaluations()
                && first.front().size() > 1, "another seed should change the run");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nsga2", "nsga3", "moead"})
    void frontIsFeasibleWhenTheCurrentStateIs(String id) {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.feasibleCurrentState());
        SolveResult r = solve(id, problem, 2000, 5);
        assertFalse(r.front().isEmpty());
        r.front().forEach(c -> assertTrue(c.feasible(), id + ": " + c));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nsga2", "nsga3", "moead"})
    void frontIsFeasibleWhenOnlyMovesAreFeasible(String id) {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.infeasibleCurrentState());
        SolveResult r = solve(id, problem, 3000, 9);
        assertFalse(r.front().isEmpty());
        r.front().forEach(c -> assertTrue(c.feasible(), id + ": " + c));
        Set<List<Integer>> distinct = new HashSet<>();
        r.front().forEach(c -> distinct.add(Arrays.stream(c.decision()).boxed().toList()));
        assertEquals(r.front().size(), distinct.size(), "no repeated decision vectors");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nsga2", "nsga3", "moead"})
    void solvesTheDemoInstanceWithinBudgetAndReportsCheckpoints(String id) {
        Assumptions.assumeTrue(Files.isDirectory(DEMO), "demo instance not found");
        PlacementProblem problem = PlacementProblem.compile(InstanceReader.read(DEMO));
        List<Progress> seen = new ArrayList<>();
        SolveSpec s = new SolveSpec(id, 1000, 1, 0, id.equals("nsga2") ? Map.of() : SMALL, List.of(200L, 500L));
        SolveResult r = optimizer(id).solve(problem, s, seen::add);
        assertEquals(id + "@jmetal", r.algorithm());
        assertEquals("jmetal", r.library());
        assertFalse(r.front().isEmpty());
        // generational: stops at the first generation end with ≥ 1000 evaluations, so overshoot < one generation
        int generation = id.equals("nsga2") ? 100 : id.equals("nsga3") ? 36 : 1;
        assertTrue(r.evaluations() >= 1000 && r.evaluations() < 1000 + generation, "evaluations " + r.evaluations());
        assertEquals(3, seen.size(), "two checkpoints and the end");
        assertTrue(seen.get(0).evaluations() >= 200 && seen.get(1).evaluations() >= 500);
        assertEquals(r.evaluations(), seen.get(2).evaluations());
        assertEquals(r.front(), seen.get(2).front());
    }

    @Test
    void unknownParameterWrongTypeAndSmallBudgetAreInputErrors() {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.feasibleCurrentState());
        InputException unknown = assertThrows(InputException.class, () -> optimizer("nsga2").solve(problem,
                new SolveSpec("nsga2", 1000, 1, 0, Map.of("divisons", 4), List.of()), p -> { }));
        assertTrue(unknown.getMessage().contains("crossoverRate, mutationRate"), unknown.getMessage());
        assertThrows(InputException.class, () -> optimizer("moead").solve(problem,
                new SolveSpec("moead", 1000, 1, 0, Map.of("delta", "often"), List.of()), p -> { }));
        InputException budget = assertThrows(InputException.class,
                () -> optimizer("nsga3").solve(problem, SolveSpec.of("nsga3", 100, 1), p -> { }));
        assertEquals("evaluations", budget.file());
        assertTrue(budget.getMessage().contains("212"), budget.getMessage());
        assertThrows(InputException.class, () -> optimizer("moead").solve(problem, SolveSpec.of("moead", 209, 1),
                p -> { }));
        assertThrows(InputException.class, () -> optimizer("nsga3").solve(problem,
                new SolveSpec("nsga3", 5000, 1, 100, Map.of(), List.of()), p -> { }));
    }

    @Test
    void registeredUnderIdsAndAliases() {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        assertInstanceOf(JMetalOptimizer.class, registry.get("NSGA-II@jmetal"));
        assertEquals("nsga3@jmetal", registry.get("NSGA-III@jmetal").id());
        assertEquals("moead@jmetal", registry.get("MOEA/D@jmetal").id());
        registry.all().stream().filter(o -> o.library().equals("jmetal"))
                .forEach(o -> assertFalse(o.preferred(), o.id()));
    }
}
