package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.bomoco.model.InputException;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;

class ExhaustiveSearchTest {
    /** Every decision evaluated through the allocating {@link PlacementProblem#evaluate} path, by recursion. */
    private static List<Candidate> bruteForce(PlacementProblem problem) {
        int[] upper = new int[problem.variableCount()];
        for (int j = 0; j < upper.length; j++) {
            upper[j] = problem.upperBound(j);
        }
        List<Candidate> all = new ArrayList<>();
        TinyInstances.forEachDecision(upper, x -> {
            Evaluation e = problem.evaluate(x);
            all.add(new Candidate(x, e.objectives(), e.constraints()));
        });
        return all;
    }

    private static List<String> sortedDecisions(List<Candidate> front) {
        return front.stream().map(c -> java.util.Arrays.toString(c.decision())).sorted().toList();
    }

    @Test
    void exactFrontEqualsIndependentBruteForce() {
        PlacementProblem problem = PlacementProblem.compile(TinyInstances.enumerable(200));
        List<Candidate> all = bruteForce(problem);
        // 3 workloads, 2 regions, 3 sizes, spot/on-demand, delay 0..2 for the batch job: 12·12·36
        assertEquals(5184, all.size());
        List<Candidate> feasible = all.stream().filter(Candidate::feasible).toList();
        assertTrue(feasible.size() > 10 && feasible.size() < all.size(), "a constrained instance");
        // the Pareto front of the feasible decisions, by the definition, without Fronts
        List<Candidate> expected = feasible.stream().filter(c -> feasible.stream().noneMatch(d ->
                dominatesByDefinition(d.objectives(), c.objectives()))).toList();

        SolveResult result = new ExhaustiveSearch().solve(problem, SolveSpec.of("exact", 1, 0), ProgressListener.NONE);
        assertEquals(sortedDecisions(expected), sortedDecisions(result.front()));
        assertEquals(5184, result.evaluations(), "the real count, not the budget of 1");
        assertTrue(result.front().size() > 1);
    }

    private static boolean dominatesByDefinition(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
        }
        return !java.util.Arrays.equals(a, b);
    }

    @Test
    void withNothingFeasibleTheLeastViolatingDecisionsAreReturned() {
        // etl's SLO of 10 ms is below the 20.5 ms floor of the latency model: every decision violates it
        PlacementProblem problem = PlacementProblem.compile(TinyInstances.enumerable(10));
        List<Candidate> all = bruteForce(problem);
        assertTrue(all.stream().noneMatch(Candidate::feasible));
        SolveResult result = new ExhaustiveSearch().solve(problem, SolveSpec.of("exact", 1, 0), ProgressListener.NONE);
        assertEquals(sortedDecisions(FrontsTest.naiveFinalFront(all, ViolationScales.of(problem))),
                sortedDecisions(result.front()));
        assertFalse(result.front().isEmpty());
    }

    @Test
    void refusesATooLargeSpaceWithSizeAndHowToRaiseTheLimit() {
        PlacementProblem problem = PlacementProblem.compile(SyntheticInstances.create(30, 10, 1L));
        InputException e = assertThrows(InputException.class, () -> new ExhaustiveSearch().solve(problem,
                SolveSpec.of("exact", 1, 0), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("the parameter maxSolutions"), e.getMessage());
        assertTrue(e.getMessage().contains("2000000"), e.getMessage());
        assertTrue(e.getMessage().matches(".*has about \\d\\.\\de\\d+ solutions.*"), e.getMessage());

        PlacementProblem tiny = PlacementProblem.compile(TinyInstances.enumerable(200));
        SolveSpec limited = new SolveSpec("exact", 1, 0, 0, Map.of("maxSolutions", 5183), List.of());
        InputException small = assertThrows(InputException.class,
                () -> new ExhaustiveSearch().solve(tiny, limited, ProgressListener.NONE));
        assertTrue(small.getMessage().contains("has 5184 solutions"), small.getMessage());
        assertTrue(small.getMessage().contains("raise the limit with the parameter maxSolutions=5184"),
                small.getMessage());
        SolveSpec enough = new SolveSpec("exact", 1, 0, 0, Map.of("maxSolutions", "5184"), List.of());
        assertEquals(5184, new ExhaustiveSearch().solve(tiny, enough, ProgressListener.NONE).evaluations());
    }

    @Test
    void rejectsUnknownAndMistypedParameters() {
        PlacementProblem tiny = PlacementProblem.compile(TinyInstances.enumerable(200));
        InputException unknown = assertThrows(InputException.class, () -> new ExhaustiveSearch().solve(tiny,
                new SolveSpec("exact", 1, 0, 0, Map.of("maxSolution", 5), List.of()), ProgressListener.NONE));
        assertTrue(unknown.getMessage().contains("valid keys: maxSolutions"), unknown.getMessage());
        assertThrows(InputException.class, () -> new ExhaustiveSearch().solve(tiny,
                new SolveSpec("exact", 1, 0, 0, Map.of("maxSolutions", "lots"), List.of()), ProgressListener.NONE));
    }

    @Test
    void checkpointsFireOnceEachAndAtTheEnd() {
        PlacementProblem tiny = PlacementProblem.compile(TinyInstances.enumerable(200));
        List<Progress> seen = new ArrayList<>();
        new ExhaustiveSearch().solve(tiny, new SolveSpec("exact", 1, 0, 0, Map.of(), List.of(1000L, 10L, 5184L)),
                seen::add);
        assertEquals(List.of(10L, 1000L, 5184L), seen.stream().map(Progress::evaluations).toList());
        seen.sort(Comparator.comparingLong(Progress::evaluations));
        assertTrue(seen.get(2).front().stream().allMatch(Candidate::feasible));
    }

    @Test
    void spaceSizeIsTheProductOfRanges() {
        PlacementProblem tiny = PlacementProblem.compile(TinyInstances.enumerable(200));
        assertEquals(5184, ExhaustiveSearch.spaceSize(tiny));
        PlacementProblem big = PlacementProblem.compile(SyntheticInstances.create(500, 30, 2L));
        assertEquals(Long.MAX_VALUE, ExhaustiveSearch.spaceSize(big), "saturates instead of overflowing");
    }
}
