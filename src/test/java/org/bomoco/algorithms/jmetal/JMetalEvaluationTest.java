package org.bomoco.algorithms.jmetal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.algorithms.ViolationScales;
import org.bomoco.algorithms.WeightLattice;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;

/** The jMetal problem wrapper against {@link PlacementProblem#evaluate}, and its fixed pieces. */
class JMetalEvaluationTest {
    /** Random decisions compared bit for bit with {@code PlacementProblem.evaluate} (issue 3: thousands). */
    private static final int DECISIONS = 3_000;


    @Test
    void objectivesAndConstraintsEqualTheProblemsOwn() {
        PlacementProblem problem = PlacementProblem.compile(SyntheticInstances.create(40, 8, 11L));
        JMetalPlacementProblem jp = new JMetalPlacementProblem(problem, new PlacementVariation(problem, 0.9, 0),
                new SplittableRandom(1));
        double[] scale = ViolationScales.of(problem);
        assertArrayEquals(scale, jp.violationScales(), 0.0);
        SplittableRandom rng = new SplittableRandom(7);
        int infeasible = 0;
        for (int trial = 0; trial < DECISIONS; trial++) {
            int[] x = SyntheticInstances.randomDecision(problem, rng);
            Evaluation expected = problem.evaluate(x);
            PlacementSolution s = jp.evaluate(jp.wrap(x.clone()));
            assertArrayEquals(expected.objectives(), s.objectives(), 0.0, "objectives, trial " + trial);
            assertArrayEquals(expected.constraints(), s.rawConstraints(), 0.0, "raw violations, trial " + trial);
            double total = 0;
            for (int k = 0; k < scale.length; k++) {
                double raw = expected.constraints()[k];
                assertEquals(raw == 0 ? 0.0 : -raw / scale[k], s.constraints()[k], 1e-12 * (1 + raw / scale[k]));
                total += raw / scale[k];
            }
            assertEquals(total, s.violation(), 1e-9 * (1 + total));
            infeasible += expected.feasible() ? 0 : 1;
        }
        assertTrue(infeasible > 0, "random decisions on a synthetic instance should include infeasible ones");
        assertEquals(DECISIONS, jp.evaluations());
    }

    /**
     * Children of {@link PlacementOperators} are built when first read (evaluation, a copy, the variables view, a
     * grandchild): the same decisions and draws as copying the parents, crossing the copies over in place and
     * mutating them on the spot, as the operators did before.
     */
    @Test
    void lazilyBuiltChildrenAreTheEagerOnes() {
        PlacementProblem problem = PlacementProblem.compile(SyntheticInstances.create(40, 8, 11L));
        PlacementVariation v = new PlacementVariation(problem, 0.9, 0.05);
        JMetalPlacementProblem jp = new JMetalPlacementProblem(problem, v, new SplittableRandom(1));
        SplittableRandom lazyDraws = new SplittableRandom(3);
        SplittableRandom eagerDraws = new SplittableRandom(3);
        PlacementOperators.Crossover crossover = new PlacementOperators.Crossover(v, lazyDraws);
        PlacementOperators.Mutation mutation = new PlacementOperators.Mutation(v, lazyDraws);
        SplittableRandom inputs = new SplittableRandom(4);
        List<PlacementSolution> parents = new java.util.ArrayList<>();
        for (int k = 0; k < 8; k++) {
            parents.add(jp.evaluate(jp.wrap(SyntheticInstances.randomDecision(problem, inputs))));
        }
        for (int g = 0; g < 3; g++) {
            List<PlacementSolution> children = new java.util.ArrayList<>();
            List<int[]> expected = new java.util.ArrayList<>();
            for (int k = 0; k < parents.size(); k += 2) {
                List<PlacementSolution> pair = crossover.execute(List.of(parents.get(k), parents.get(k + 1)));
                pair.forEach(mutation::execute);
                children.addAll(pair);
                int[] a = parents.get(k).decision().clone();
                int[] b = parents.get(k + 1).decision().clone();
                v.crossover(a, b, a, b, eagerDraws);
                v.mutate(a, eagerDraws);
                v.mutate(b, eagerDraws);
                expected.addAll(List.of(a, b));
            }
            int[] copied = children.get(1).copy().decision();
            assertEquals(expected.get(2)[5], (int) children.get(2).variables().get(5), "read through the view");
            for (int k = 0; k < children.size(); k++) {
                assertArrayEquals(expected.get(k), jp.evaluate(children.get(k)).decision(), "child " + k + " gen " + g);
                assertArrayEquals(problem.evaluate(expected.get(k)).objectives(), children.get(k).objectives(), 0.0);
            }
            assertArrayEquals(expected.get(1), copied, "copied before it was built");
            assertEquals(eagerDraws.nextLong(), lazyDraws.nextLong(), "generator left at the same point");
            parents = children;
        }
    }

    @Test
    void variablesViewReadsAndWritesTheDecisionArray() {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.feasibleCurrentState());
        JMetalPlacementProblem jp = new JMetalPlacementProblem(problem, new PlacementVariation(problem, 0.9, 0),
                new SplittableRandom(1));
        int[] x = problem.currentDecision();
        PlacementSolution s = jp.wrap(x);
        assertEquals(x[4], s.variables().get(4));
        s.variables().set(4, 1);
        assertEquals(1, x[4]);
        PlacementSolution copy = s.copy();
        copy.decision()[4] = 2;
        assertEquals(1, x[4], "a copy owns its decision");
    }

    @Test
    void firstCreatedSolutionIsTheCurrentState() {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.infeasibleCurrentState());
        JMetalPlacementProblem jp = new JMetalPlacementProblem(problem, new PlacementVariation(problem, 0.9, 0),
                new SplittableRandom(3));
        assertArrayEquals(problem.currentDecision(), jp.createSolution().decision());
        assertFalse(java.util.Arrays.equals(problem.currentDecision(), jp.createSolution().decision()));
    }

    @Test
    void testInstancesHaveTheAdvertisedFeasibility() {
        // TestInstances' Javadoc: the first is feasible as it stands, the second violates sovereignty and headroom
        PlacementProblem ok = PlacementProblem.compile(TestInstances.feasibleCurrentState());
        assertTrue(ok.evaluate(ok.currentDecision()).feasible());
        PlacementProblem bad = PlacementProblem.compile(TestInstances.infeasibleCurrentState());
        Evaluation now = bad.evaluate(bad.currentDecision());
        assertEquals(3.0, now.constraints()[0], "w0..w2 outside the EU");
        assertTrue(now.constraints()[2] > 0, "w3, w4 above 0.9 p95");
    }

    @Test
    void nsga3PopulationAndWeightFile() throws Exception {
        // NSGA-III population: C(10,4) = 210 points for H = 6 rounded up to a multiple of 4 = 212 (jMetal's
        // NSGAIII constructor); C(16,4) = 1820 for jMetal's default H = 12 (LIBRARIES.md) is already a multiple
        assertEquals(212, ConstrainedNSGAIII.populationFor(5, 6));
        assertEquals(1820, ConstrainedNSGAIII.populationFor(5, 12));
        // the file jMetal's MOEA/D reads: W<m>D_<N>.dat, one vector a line, read back exactly
        List<double[]> points = WeightLattice.simplexLattice(5, 3);
        Path dir = WeightFiles.write(points);
        try {
            List<String> lines = Files.readAllLines(dir.resolve("W5D_35.dat"));
            assertEquals(35, lines.size());
            for (int i = 0; i < lines.size(); i++) {
                double[] read = java.util.Arrays.stream(lines.get(i).split(" ")).mapToDouble(Double::parseDouble)
                        .toArray();
                assertArrayEquals(points.get(i), read, 0.0, "line " + i);
            }
        } finally {
            WeightFiles.delete(dir);
        }
        assertFalse(Files.exists(dir), "deleted");
    }

    @Test
    void violationComparatorFollowsFeasibilityRules() {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.feasibleCurrentState());
        JMetalPlacementProblem jp = new JMetalPlacementProblem(problem, new PlacementVariation(problem, 0.9, 0),
                new SplittableRandom(1));
        PlacementSolution feasible = jp.wrap(problem.currentDecision());
        PlacementSolution small = jp.wrap(problem.currentDecision());
        PlacementSolution large = jp.wrap(problem.currentDecision());
        small.violation(0.5);
        large.violation(2);
        ViolationComparator c = new ViolationComparator();
        assertTrue(c.compare(feasible, small) < 0);
        assertTrue(c.compare(large, feasible) > 0);
        assertTrue(c.compare(small, large) < 0);
        assertEquals(0, c.compare(feasible, jp.wrap(problem.currentDecision())));
    }

    /**
     * Our constrained domination against jMetal's {@code DominanceWithConstraintsComparator} over the same
     * violation order, on seeded random pairs: objectives on a coarse grid (ties, equal vectors, one-sided
     * dominance all occur) and violations 0 (feasible, half the time) or one of three levels.
     */
    @Test
    void constrainedDominanceOrdersAsJMetalsComparator() {
        PlacementProblem problem = PlacementProblem.compile(TestInstances.feasibleCurrentState());
        JMetalPlacementProblem jp = new JMetalPlacementProblem(problem, new PlacementVariation(problem, 0.9, 0),
                new SplittableRandom(1));
        var reference = new org.uma.jmetal.util.comparator.dominanceComparator.impl
                .DominanceWithConstraintsComparator<PlacementSolution>(new ViolationComparator());
        ConstrainedDominance ours = new ConstrainedDominance();
        SplittableRandom rng = new SplittableRandom(5);
        int[] outcomes = new int[3];
        for (int t = 0; t < 5_000; t++) {
            PlacementSolution a = jp.wrap(problem.currentDecision());
            PlacementSolution b = jp.wrap(problem.currentDecision());
            for (PlacementSolution s : List.of(a, b)) {
                for (int k = 0; k < s.objectives().length; k++) {
                    s.objectives()[k] = rng.nextInt(3);
                }
                s.violation(rng.nextBoolean() ? 0 : 1 + rng.nextInt(3));
            }
            int expected = reference.compare(a, b);
            assertEquals(expected, ours.compare(a, b), "pair " + t);
            outcomes[expected + 1]++;
        }
        for (int o : outcomes) {
            assertTrue(o > 500, "every outcome occurs: " + java.util.Arrays.toString(outcomes));
        }
    }
}
