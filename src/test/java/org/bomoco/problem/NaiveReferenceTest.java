package org.bomoco.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.bomoco.model.PlacementInstance;
import org.junit.jupiter.api.Test;

/** The fast {@link Evaluator} against {@link NaiveModel} (the formulas over records) on seeded random input. */
class NaiveReferenceTest {
    private static final double RELATIVE = 1e-9;
    /** Absolute floor for values that are 0 in one and a rounding residue in the other. */
    private static final double ABSOLUTE = 1e-9;
    private static final int DECISIONS = 3000;

    @Test
    void fastEvaluatorMatchesNaiveFormulasOnRandomDecisions() {
        PlacementInstance instance = SyntheticInstances.create(120, 12, 20240601L);
        PlacementProblem problem = PlacementProblem.compile(instance);
        NaiveModel naive = new NaiveModel(instance);
        Evaluator evaluator = problem.newEvaluator();
        SplittableRandom rng = new SplittableRandom(7);
        double[] objectives = new double[5];
        double[] constraints = new double[6];
        int withKpiGain = 0;
        for (int k = 0; k < DECISIONS; k++) {
            int[] x = mostlyCurrent(problem, rng, rng.nextDouble());
            evaluator.evaluate(x, objectives, constraints);
            Evaluation expected = naive.evaluate(problem.decode(x));
            for (Objective o : Objective.values()) {
                assertClose(expected.objective(o), objectives[o.ordinal()], o + " at decision " + k);
            }
            for (Constraint c : Constraint.values()) {
                assertClose(expected.violation(c), constraints[c.ordinal()], c + " at decision " + k);
            }
            withKpiGain += objectives[Objective.BUSINESS_KPI.ordinal()] > 0 ? 1 : 0;
        }
        assertTrue(withKpiGain > DECISIONS / 2, "the sample exercises the KPI term: " + withKpiGain);
    }

    @Test
    void currentStateMatchesNaiveFormulas() {
        PlacementInstance instance = SyntheticInstances.create(300, 20, 99L);
        PlacementProblem problem = PlacementProblem.compile(instance);
        NaiveModel naive = new NaiveModel(instance);
        Evaluation fast = problem.evaluate(problem.currentDecision());
        Evaluation expected = naive.evaluate(naive.currentPlacement());
        for (Objective o : Objective.values()) {
            assertClose(expected.objective(o), fast.objective(o), o.id());
        }
    }

    /** Random decision where each workload keeps its current choice with probability {@code keep}. */
    static int[] mostlyCurrent(PlacementProblem problem, SplittableRandom rng, double keep) {
        int[] x = SyntheticInstances.randomDecision(problem, rng);
        int[] current = problem.currentDecision();
        for (int i = 0; i < problem.workloadCount(); i++) {
            if (rng.nextDouble() < keep) {
                System.arraycopy(current, 4 * i, x, 4 * i, 4);
            }
        }
        return x;
    }

    private static void assertClose(double expected, double actual, String what) {
        double tolerance = Math.max(ABSOLUTE, RELATIVE * Math.abs(expected));
        assertEquals(expected, actual, tolerance, what);
    }
}
