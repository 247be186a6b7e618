package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;

class RandomSearchTest {
    private static final PlacementProblem PROBLEM = PlacementProblem.compile(SyntheticInstances.create(12, 5, 3L));

    /** Small enough that random samples are often feasible. */
    private static final PlacementProblem TINY = PlacementProblem.compile(TinyInstances.enumerable(200));

    private static SolveResult run(long seed, long evaluations, List<Long> checkpoints, ProgressListener listener) {
        return run(PROBLEM, seed, evaluations, checkpoints, listener);
    }

    private static SolveResult run(PlacementProblem problem, long seed, long evaluations, List<Long> checkpoints,
            ProgressListener listener) {
        return new RandomSearch().solve(problem, new SolveSpec("random", evaluations, seed, 0, Map.of(), checkpoints),
                listener);
    }

    @Test
    void deterministicPerSeed() {
        SolveResult a = run(42, 3000, List.of(), ProgressListener.NONE);
        SolveResult b = run(42, 3000, List.of(), ProgressListener.NONE);
        assertEquals(a.front(), b.front(), "same seed: identical decisions and bit-identical objectives");
        assertNotEquals(a.front(), run(43, 3000, List.of(), ProgressListener.NONE).front());
        assertEquals(3000, a.evaluations());
        assertEquals("random@bomoco", a.algorithm());
    }

    @Test
    void frontIsNonDominatedDistinctAndTheFinalFrontOfTheSamples() {
        SolveResult r = run(TINY, 5, 2000, List.of(), ProgressListener.NONE);
        List<Candidate> front = r.front();
        assertTrue(front.size() > 1 && front.stream().allMatch(Candidate::feasible), front.toString());
        assertEquals(front, Fronts.finalFront(front, ViolationScales.of(TINY)),
                "no member dominates another, no repeated decision");
        // replay the same draws independently and filter them all at once
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        PlacementVariation variation = new PlacementVariation(TINY, 0, 0);
        List<Candidate> samples = new ArrayList<>();
        for (int e = 0; e < 2000; e++) {
            int[] x = new int[TINY.variableCount()];
            variation.randomize(x, rng);
            var ev = TINY.evaluate(x);
            samples.add(new Candidate(x, ev.objectives(), ev.constraints()));
        }
        assertEquals(Fronts.finalFront(samples, ViolationScales.of(TINY)), front);
    }

    @Test
    void checkpointsReportTheRunningFront() {
        List<Progress> seen = new ArrayList<>();
        run(9, 500, List.of(100L, 250L), seen::add);
        assertEquals(List.of(100L, 250L, 500L), seen.stream().map(Progress::evaluations).toList());
        assertTrue(seen.stream().allMatch(p -> !p.front().isEmpty()));
    }

    @Test
    void rejectsAnEmptyBudgetAndAnyParameter() {
        InputException budget = assertThrows(InputException.class, () -> run(1, 0, List.of(), ProgressListener.NONE));
        assertEquals("evaluations", budget.file());
        InputException param = assertThrows(InputException.class, () -> new RandomSearch().solve(PROBLEM,
                new SolveSpec("random", 10, 1, 0, Map.of("population", 3), List.of()), ProgressListener.NONE));
        assertTrue(param.getMessage().contains("valid keys: parallel_evaluation"), param.getMessage());
    }
}
