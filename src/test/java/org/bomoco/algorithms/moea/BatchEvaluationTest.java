package org.bomoco.algorithms.moea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;
import org.moeaframework.core.Solution;
import org.moeaframework.problem.ProblemWrapper;

/** Deferred batch evaluation: queued until the first read, then all at once on several threads, same values. */
class BatchEvaluationTest {
    private static final PlacementProblem PROBLEM = PlacementProblem.compile(SyntheticInstances.create(40, 8, 9));
    private static final PlacementMoeaProblem MOEA = new PlacementMoeaProblem(PROBLEM, Scales.of(PROBLEM),
            PlacementMoeaProblem.Mode.CONSTRAINED);

    /** The library problem, counting its evaluations and the threads they ran on; fails on decisions {@code bad}. */
    private static final class Counting extends ProblemWrapper {
        final AtomicInteger calls = new AtomicInteger();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        /** Each thread's first evaluation waits (up to 10 s) for this many threads, so that all take part. */
        final CountDownLatch arrived;
        volatile int[] bad;

        Counting(int threadCount) {
            super(MOEA);
            arrived = new CountDownLatch(threadCount);
        }


        @Override
        public void evaluate(Solution solution) {
            calls.incrementAndGet();
            if (threads.add(Thread.currentThread().getName())) {
                arrived.countDown();
                try {
                    arrived.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (PlacementMoeaProblem.decision(solution) == bad) {
                throw new IllegalStateException("boom");
            }
            problem.evaluate(solution);
        }
    }

    private static List<Solution> randomSolutions(BatchEvaluation batch, int n, long seed) {
        PlacementVariation v = new PlacementVariation(PROBLEM, 1, 0);
        SplittableRandom rng = new SplittableRandom(seed);
        List<Solution> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Solution s = batch.newSolution();
            v.randomize(PlacementMoeaProblem.decision(s), rng);
            out.add(s);
        }
        return out;
    }

    /** The serial values of {@code s}'s decision, from a fresh solution of the plain problem. */
    private static Solution serial(Solution s) {
        Solution t = MOEA.newSolution();
        System.arraycopy(PlacementMoeaProblem.decision(s), 0, PlacementMoeaProblem.decision(t), 0,
                PROBLEM.variableCount());
        MOEA.evaluate(t);
        return t;
    }

    @Test
    void evaluationsWaitForTheFirstReadThenRunTogetherOnSeveralThreadsWithTheSerialValues() {
        Counting counting = new Counting(3);
        try (ParallelEvaluation threads = ParallelEvaluation.of(3)) {
            BatchEvaluation batch = new BatchEvaluation(counting, threads);
            List<Solution> solutions = randomSolutions(batch, 30, 1);
            solutions.forEach(batch::evaluate);
            batch.evaluate(solutions.get(0));
            assertEquals(30, batch.queued(), "queued once each");
            assertEquals(0, counting.calls.get(), "nothing evaluated before a read");
            solutions.get(17).getObjectiveValue(2);
            assertEquals(30, counting.calls.get(), "the first read evaluates the whole queue");
            assertEquals(0, batch.queued());
            assertEquals(3, counting.threads.size(), "two pool threads and the run's");
            for (Solution s : solutions) {
                Solution t = serial(s);
                assertArrayEquals(t.getObjectiveValues(), s.getObjectiveValues());
                assertArrayEquals(t.getConstraintValues(), s.getConstraintValues());
                assertEquals(t.getSumOfConstraintViolations(), s.getSumOfConstraintViolations());
            }
            assertEquals(30, counting.calls.get(), "reads after the batch evaluate nothing");
        }
    }

    @Test
    void everyGetterAndCopyWaitsForThePendingValues() {
        try (ParallelEvaluation threads = ParallelEvaluation.of(2)) {
            BatchEvaluation batch = new BatchEvaluation(MOEA, threads);
            for (int g = 0; g < 6; g++) {
                List<Solution> solutions = randomSolutions(batch, 4, 10 + g);
                solutions.forEach(batch::evaluate);
                Solution s = solutions.get(1);
                Solution read = switch (g) {
                    case 0 -> { s.getConstraintValue(0); yield s; }
                    case 1 -> { s.violatesConstraints(); yield s; }
                    case 2 -> { s.getAttributes(); yield s; }
                    case 3 -> { s.getConstraint(1); yield s; }
                    case 4 -> { s.hasAttribute("rank"); yield s; }
                    default -> s.copy();
                };
                assertEquals(0, batch.queued(), "getter " + g);
                assertInstanceOf(PendingSolution.class, read);
                assertArrayEquals(serial(s).getObjectiveValues(), read.getObjectiveValues(), "getter " + g);
                if (read != s) {
                    assertNotSame(PlacementMoeaProblem.decision(s), PlacementMoeaProblem.decision(read));
                }
            }
        }
    }

    /**
     * Offspring of {@link PlacementMoeaVariation} are built from their parents when first read (here: the batch's
     * evaluation on three threads, a copy, a second generation bred from the first): the same decisions, draws
     * and values as copying the parents and varying the copies on the spot, as the variation did before.
     */
    @Test
    void offspringBuiltLaterOnTheEvaluationThreadsAreTheEagerOnes() {
        PlacementVariation operators = new PlacementVariation(PROBLEM, 0.9, 0.05);
        try (ParallelEvaluation threads = ParallelEvaluation.of(3)) {
            BatchEvaluation batch = new BatchEvaluation(MOEA, threads);
            List<Solution> parents = randomSolutions(batch, 10, 5);
            parents.forEach(batch::evaluate);
            SplittableRandom lazyDraws = new SplittableRandom(6);
            SplittableRandom eagerDraws = new SplittableRandom(6);
            PlacementMoeaVariation variation = new PlacementMoeaVariation(operators, lazyDraws);
            for (int g = 0; g < 2; g++) {
                List<Solution> children = new ArrayList<>();
                List<int[]> expected = new ArrayList<>();
                for (int k = 0; k + 1 < parents.size(); k += 2) {
                    Solution a = parents.get(k);
                    Solution b = parents.get(k == 4 ? k : k + 1);
                    children.addAll(List.of(variation.evolve(new Solution[] {a, b})));
                    int[] xa = PlacementMoeaProblem.decision(a).clone();
                    int[] xb = PlacementMoeaProblem.decision(b).clone();
                    operators.crossover(xa, xb, xa, xb, eagerDraws);
                    operators.mutate(xa, eagerDraws);
                    operators.mutate(xb, eagerDraws);
                    expected.addAll(List.of(xa, xb));
                }
                Solution copied = children.get(3).copy();
                children.forEach(batch::evaluate);
                children.get(0).getObjectiveValue(0);
                assertEquals(0, batch.queued());
                for (int k = 0; k < children.size(); k++) {
                    Solution c = children.get(k);
                    assertInstanceOf(PendingSolution.class, c);
                    assertArrayEquals(expected.get(k), PlacementMoeaProblem.decision(c), "child " + k + " gen " + g);
                    assertArrayEquals(serial(c).getObjectiveValues(), c.getObjectiveValues());
                    assertArrayEquals(serial(c).getConstraintValues(), c.getConstraintValues());
                }
                assertArrayEquals(expected.get(3), PlacementMoeaProblem.decision(copied), "read before evaluation");
                assertNotSame(PlacementMoeaProblem.decision(children.get(3)), PlacementMoeaProblem.decision(copied));
                assertEquals(eagerDraws.nextLong(), lazyDraws.nextLong(), "generator left at the same point");
                parents = children;
            }
        }
    }

    /** The cached sum of violations is the library's sum of the current constraints after every kind of change. */
    @Test
    void theCachedViolationSumFollowsEveryConstraintChange() {
        try (ParallelEvaluation threads = ParallelEvaluation.of(2)) {
            BatchEvaluation batch = new BatchEvaluation(MOEA, threads);
            List<Solution> solutions = randomSolutions(batch, 6, 21);
            solutions.forEach(batch::evaluate);
            SplittableRandom rng = new SplittableRandom(22);
            for (int k = 0; k < solutions.size(); k++) {
                Solution s = solutions.get(k);
                double first = s.getSumOfConstraintViolations();
                assertEquals(serial(s).getSumOfConstraintViolations(), first);
                assertEquals(first, s.getSumOfConstraintViolations(), "cached");
                int c = rng.nextInt(s.getNumberOfConstraints());
                double v = 1 + rng.nextDouble();
                switch (k) {
                    case 0 -> s.setConstraintValue(c, v);
                    case 1 -> s.getConstraint(c).setValue(v);
                    case 2 -> {
                        ScaledViolation changed = new ScaledViolation("c", 0.5 + rng.nextDouble());
                        changed.setValue(v);
                        s.setConstraint(c, changed);
                    }
                    case 3 -> {
                        double[] all = s.getConstraintValues();
                        all[c] = v;
                        s.setConstraintValues(all);
                    }
                    case 4 -> {
                        new PlacementVariation(PROBLEM, 1, 0).randomize(PlacementMoeaProblem.decision(s), rng);
                        batch.evaluate(s);
                    }
                    default -> batch.evaluate(s.copy());
                }
                double after = s.getSumOfConstraintViolations();
                double plain = 0;
                for (int i = 0; i < s.getNumberOfConstraints(); i++) {
                    plain += s.getConstraint(i).getMagnitudeOfViolation();
                }
                assertEquals(plain, after, "change " + k);
                if (k < 5) {
                    assertNotEquals(first, after, "change " + k + " has teeth");
                }
            }
        }
    }

    @Test
    void aSolutionOfAnotherProblemIsEvaluatedAtOnce() {
        try (ParallelEvaluation threads = ParallelEvaluation.of(2)) {
            BatchEvaluation batch = new BatchEvaluation(MOEA, threads);
            Solution plain = MOEA.newSolution();
            System.arraycopy(PROBLEM.currentDecision(), 0, PlacementMoeaProblem.decision(plain), 0,
                    PROBLEM.variableCount());
            batch.evaluate(plain);
            assertEquals(0, batch.queued());
            assertArrayEquals(serial(plain).getObjectiveValues(), plain.getObjectiveValues());
            assertFalse(plain instanceof PendingSolution);
        }
    }

    @Test
    void aFailedEvaluationReachesTheReaderAndEmptiesTheQueue() {
        Counting counting = new Counting(1);
        try (ParallelEvaluation threads = ParallelEvaluation.of(2)) {
            BatchEvaluation batch = new BatchEvaluation(counting, threads);
            List<Solution> solutions = randomSolutions(batch, 8, 3);
            counting.bad = PlacementMoeaProblem.decision(solutions.get(2));
            solutions.forEach(batch::evaluate);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> solutions.get(5).getObjectiveValue(0));
            assertEquals("boom", e.getMessage());
            assertEquals(0, batch.queued());
        }
    }
}
