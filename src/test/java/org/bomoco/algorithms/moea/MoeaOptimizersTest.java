package org.bomoco.algorithms.moea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.Progress;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Test;

/** End-to-end runs of every optimizer of {@link MoeaProvider} on small instances and budgets. */
class MoeaOptimizersTest {
    /** Every id this package registers. */
    static final List<String> IDS = List.of("agemoea2@moea", "epsmoea@moea", "ibea@moea", "moead@moea",
            "nsga2@moea", "nsga3@moea", "paes@moea", "pesa2@moea", "rvea@moea", "smsemoa@moea", "spea2@moea",
            "unsga3@moea", "vega@moea", "weighted-sum@moea");

    static List<Optimizer> optimizers() {
        return new MoeaProvider().optimizers();
    }

    /** A small run: population 20 (MOEA/D: the 15-weight lattice of 2 divisions; weighted-sum: 35 GAs of 10). */
    static SolveSpec small(Optimizer o, long evaluations, long seed) {
        boolean ws = o.baseId().equals("weighted-sum");
        return new SolveSpec(o.id(), ws ? Math.max(evaluations, 35 * 10) : evaluations, seed, ws ? 10 : 20, Map.of(),
                List.of());
    }

    @Test
    void providerRegistersEveryIdThroughTheServiceLoader() {
        assertEquals(IDS, optimizers().stream().map(Optimizer::id).sorted().toList());
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        for (String id : IDS) {
            assertEquals(id, registry.get(id).id());
        }
        assertEquals("nsga2@moea", registry.get("NSGA-II@moea").id());
        assertEquals("moead@moea", registry.get("MOEA/D@moea").id());
    }

    @Test
    void everyIdSolvesTheDemoWithExactRawCandidates() {
        PlacementProblem demo = TestInstances.demo();
        for (Optimizer o : optimizers()) {
            SolveSpec spec = small(o, 400, 11);
            SolveResult r = o.solve(demo, spec, p -> { });
            assertTrue(r.evaluations() >= spec.evaluations(), o.id() + " stopped early at " + r.evaluations());
            assertFalse(r.front().isEmpty(), o.id());
            assertEquals(o.id(), r.algorithm());
            for (Candidate c : r.front()) {
                Evaluation e = demo.evaluate(c.decision());
                assertArrayEquals(e.objectives(), c.objectives(), 0.0, o.id());
                assertArrayEquals(e.constraints(), c.constraints(), 0.0, o.id());
            }
        }
    }

    @Test
    void sameSeedGivesTheSameFrontOnAnyThread() throws Exception {
        PlacementProblem demo = TestInstances.demo();
        for (Optimizer o : optimizers()) {
            SolveSpec spec = small(o, 400, 5);
            List<Candidate> first = o.solve(demo, spec, p -> { }).front();
            List<Candidate> again = o.solve(demo, spec, p -> { }).front();
            List<Candidate> other = CompletableFuture.supplyAsync(() -> o.solve(demo, spec, p -> { }).front()).get();
            // Candidate.equals compares decision, objectives and constraints exactly (bit-identical doubles)
            assertEquals(first, again, o.id());
            assertEquals(first, other, o.id() + " on another thread");
        }
    }

    @Test
    void concurrentRunsStayDeterministic() throws Exception {
        PlacementProblem demo = TestInstances.demo();
        Optimizer nsga2 = AlgorithmRegistry.standard().get("nsga2@moea");
        SolveSpec spec = new SolveSpec("nsga2@moea", 1000, 3, 20, Map.of(), List.of());
        List<Candidate> alone = nsga2.solve(demo, spec, p -> { }).front();
        List<CompletableFuture<List<Candidate>>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            runs.add(CompletableFuture.supplyAsync(() -> nsga2.solve(demo, spec, p -> { }).front()));
        }
        for (CompletableFuture<List<Candidate>> run : runs) {
            assertEquals(alone, run.get());
        }
    }

    @Test
    void frontIsFeasibleWhenTheCurrentStateIsFeasible() {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.currentFeasible(30, 6, 21));
        assertTrue(problem.evaluate(problem.currentDecision()).feasible(), "precondition: current state feasible");
        for (Optimizer o : optimizers()) {
            SolveResult r = o.solve(problem, small(o, 1000, 2), p -> { });
            assertFalse(r.front().isEmpty(), o.id());
            assertTrue(r.front().stream().allMatch(Candidate::feasible), o.id() + " returned infeasible points");
        }
    }

    @Test
    void frontIsFeasibleWhenOnlyNeighboursOfTheCurrentStateAre() {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.currentInfeasible(30, 6, 21));
        int[] x = problem.currentDecision();
        assertFalse(problem.evaluate(x).feasible(), "precondition: current state infeasible");
        x[1]++;
        assertTrue(problem.evaluate(x).feasible(), "precondition: upsizing workload 0 is feasible");
        for (Optimizer o : optimizers()) {
            // weighted-sum splits its budget over 35 GAs: give each about as many evaluations as the others get
            SolveResult r = o.solve(problem, small(o, o.baseId().equals("weighted-sum") ? 35 * 1000 : 2000, 4),
                    p -> { });
            assertTrue(r.front().stream().allMatch(Candidate::feasible), o.id() + " found no feasible point");
        }
    }

    @Test
    void checkpointsAreReportedOnceEachThenAtTheEnd() {
        PlacementProblem demo = TestInstances.demo();
        Optimizer nsga2 = AlgorithmRegistry.standard().get("nsga2@moea");
        List<Progress> seen = new ArrayList<>();
        SolveResult r = nsga2.solve(demo, new SolveSpec("nsga2@moea", 200, 1, 20, Map.of(), List.of(50L, 90L,
                1_000_000L)), seen::add);
        // population 20: evaluations run 20, 40, ..., 200; 50 is first reached at 60, 90 at 100; 10^6 never
        assertEquals(List.of(60L, 100L, 200L), seen.stream().map(Progress::evaluations).toList());
        assertEquals(200, r.evaluations());
        assertEquals(r.front(), seen.get(2).front());
    }
}
