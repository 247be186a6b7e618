package org.bomoco.algorithms.moea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.ViolationScales;
import org.bomoco.algorithms.WeightLattice;
import org.bomoco.model.InputException;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;
import org.moeaframework.core.Solution;

/** The library view of the problem, the parameters and the budget rules, without long runs. */
class MoeaAdapterTest {
    private static final PlacementProblem SYNTHETIC = PlacementProblem.compile(SyntheticInstances.create(40, 8, 9));

    private static Optimizer optimizer(String baseId) {
        return new MoeaProvider().optimizers().stream().filter(o -> o.baseId().equals(baseId)).findFirst()
                .orElseThrow();
    }

    private static Solution solutionOf(PlacementMoeaProblem p, int[] x) {
        Solution s = p.newSolution();
        System.arraycopy(x, 0, PlacementMoeaProblem.decision(s), 0, x.length);
        p.evaluate(s);
        return s;
    }

    @Test
    void libraryEvaluationIsTheProblemsEvaluationScaled() {
        Scales scales = Scales.of(SYNTHETIC);
        PlacementMoeaProblem p = new PlacementMoeaProblem(SYNTHETIC, scales, PlacementMoeaProblem.Mode.CONSTRAINED);
        SplittableRandom rng = new SplittableRandom(1);
        for (int trial = 0; trial < 3_000; trial++) { // issue 3: thousands of random vectors, bit for bit
            int[] x = trial == 0 ? SYNTHETIC.currentDecision() : SyntheticInstances.randomDecision(SYNTHETIC, rng);
            Evaluation e = SYNTHETIC.evaluate(x);
            Solution s = solutionOf(p, x);
            for (int k = 0; k < 5; k++) {
                assertEquals(e.objectives()[k] / scales.objectiveScale(k), s.getObjectiveValue(k), 0.0);
            }
            assertArrayEquals(e.constraints(), s.getConstraintValues(), 0.0);
            assertEquals(e.feasible(), s.isFeasible());
            assertEquals(scales.totalViolation(e.constraints()), s.getSumOfConstraintViolations(), 0.0);
            // the candidate handed back to BOMOCO is the raw evaluation, bit for bit
            assertEquals(e, new Evaluation(p.candidate(s).objectives(), p.candidate(s).constraints()));
        }
    }

    @Test
    void currentStateSitsAtOneExceptTheKpi() {
        Scales scales = Scales.of(SYNTHETIC);
        Evaluation current = SYNTHETIC.evaluate(SYNTHETIC.currentDecision());
        // the KPI is a loss relative to the current state, hence 0 there; its scale falls back to the current cost
        assertEquals(0.0, current.objectives()[4]);
        assertEquals(current.objectives()[0], scales.objectiveScale(4));
        for (int k = 0; k < 4; k++) {
            assertEquals(current.objectives()[k], scales.objectiveScale(k));
        }
    }

    @Test
    void penalisedViewRanksEveryInfeasiblePointBehindEveryFeasibleOne() {
        Scales scales = Scales.of(SYNTHETIC);
        PlacementMoeaProblem p = new PlacementMoeaProblem(SYNTHETIC, scales, PlacementMoeaProblem.Mode.PENALISED);
        assertEquals(0, p.getNumberOfConstraints());
        SplittableRandom rng = new SplittableRandom(2);
        for (int trial = 0; trial < 20; trial++) {
            int[] x = SyntheticInstances.randomDecision(SYNTHETIC, rng);
            Evaluation e = SYNTHETIC.evaluate(x);
            double penalty = e.feasible() ? 0 : PlacementMoeaProblem.PENALTY_OFFSET + scales.totalViolation(
                    e.constraints());
            Solution s = solutionOf(p, x);
            for (int k = 0; k < 5; k++) {
                assertEquals(e.objectives()[k] / scales.objectiveScale(k) + penalty, s.getObjectiveValue(k), 0.0);
            }
        }
    }

    @Test
    void tinyViolationsStayViolations() {
        ScaledViolation v = new ScaledViolation("latency", 1e3);
        v.setValue(Double.MIN_VALUE);
        assertTrue(v.isViolation(), "4.9e-324 / 1e3 must not round to satisfied");
        v.setValue(0);
        assertEquals(0.0, v.getMagnitudeOfViolation());
    }

    @Test
    void variationKeepsBoundsAndParents() {
        PlacementMoeaProblem p = new PlacementMoeaProblem(SYNTHETIC, Scales.of(SYNTHETIC),
                PlacementMoeaProblem.Mode.CONSTRAINED);
        PlacementMoeaVariation v = new PlacementMoeaVariation(new org.bomoco.algorithms.PlacementVariation(SYNTHETIC,
                1.0, 0.2), new SplittableRandom(3));
        SplittableRandom rng = new SplittableRandom(4);
        int[] a = SyntheticInstances.randomDecision(SYNTHETIC, rng);
        int[] b = SyntheticInstances.randomDecision(SYNTHETIC, rng);
        Solution[] parents = {solutionOf(p, a), solutionOf(p, b)};
        Solution[] children = v.evolve(parents);
        assertEquals(2, children.length);
        assertArrayEquals(a, PlacementMoeaProblem.decision(parents[0]));
        assertArrayEquals(b, PlacementMoeaProblem.decision(parents[1]));
        for (Solution c : children) {
            SYNTHETIC.checkBounds(PlacementMoeaProblem.decision(c));
        }
    }

    @Test
    void libraryReferencePointCountIsTheDasDennisLatticeSize() {
        // C(H+4, 4) at 5 objectives: H = 3 → 35, H = 6 → 210; the lattice itself is tested in WeightLatticeTest
        for (int h = 1; h <= 12; h++) {
            assertEquals(WeightLattice.latticeSize(5, h), MoeaAlgorithm.referencePoints(h), "H = " + h);
        }
        assertEquals(210, MoeaAlgorithm.referencePoints(6));
    }

    @Test
    void violationMagnitudesUseTheSharedScales() {
        // the library's violation sum must rank infeasible solutions as the reported front does
        assertArrayEquals(ViolationScales.of(SYNTHETIC), Scales.of(SYNTHETIC).violationScales(), 0.0);
    }

    @Test
    void unknownParameterListsTheValidOnes() {
        InputException e = assertThrows(InputException.class, () -> optimizer("nsga3").solve(SYNTHETIC,
                new SolveSpec("nsga3", 10_000, 1, 0, Map.of("divisons", 4), List.of()), p -> { }));
        assertEquals("divisons", e.field());
        assertTrue(e.getMessage().contains("crossoverRate, divisions, mutationRate"), e.getMessage());
    }

    @Test
    void wrongParameterTypesAreInputExceptions() {
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("divisions", "many"),
                Map.<String, Object>of("divisions", 2.5), Map.<String, Object>of("crossoverRate", 1.5))) {
            assertThrows(InputException.class, () -> optimizer("moead").solve(SYNTHETIC,
                    new SolveSpec("moead", 10_000, 1, 0, bad, List.of()), p -> { }), bad.toString());
        }
        assertThrows(InputException.class, () -> optimizer("epsmoea").solve(SYNTHETIC,
                new SolveSpec("epsmoea", 10_000, 1, 0, Map.of("epsilon", List.of(0.1, 0.1)), List.of()), p -> { }));
    }

    @Test
    void budgetBelowOneGenerationIsAnInputException() {
        // defaults: NSGA-II 100; NSGA-III 212 (210 points rounded up to a multiple of 4); MOEA/D 210 weights;
        // weighted-sum 35 vectors × 50
        Map<String, Long> tooSmall = Map.of("nsga2", 99L, "nsga3", 211L, "moead", 209L, "weighted-sum", 35L * 50 - 1);
        tooSmall.forEach((id, budget) -> {
            InputException e = assertThrows(InputException.class, () -> optimizer(id).solve(SYNTHETIC,
                    SolveSpec.of(id, budget, 1), p -> { }), id);
            assertEquals("evaluations", e.file());
        });
        assertEquals(212, optimizer("nsga3").solve(SYNTHETIC, SolveSpec.of("nsga3", 212, 1), p -> { })
                .evaluations());
    }
}
