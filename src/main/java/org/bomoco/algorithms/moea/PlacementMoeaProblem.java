package org.bomoco.algorithms.moea;

import org.bomoco.algorithms.Candidate;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.moeaframework.core.Solution;
import org.moeaframework.core.objective.Minimize;
import org.moeaframework.problem.AbstractProblem;

/**
 * The placement problem as a MOEA Framework 5.0 {@code Problem}: one {@link DecisionVariable} holding the whole
 * decision vector, 5 minimised objectives and (in {@link Mode#CONSTRAINED}) 6 {@link ScaledViolation} constraints.
 *
 * <p>What the library sees: objective {@code k} is {@code f_k(x) / scale_k} ({@link Scales}: the current state
 * sits at 1), so that scale-sensitive algorithms (MOEA/D's Chebyshev function and its constraint penalty, the
 * weighted sums, ε-boxes, indicators) treat the five units evenly; Pareto dominance is unchanged by this division.
 * Constraint values are the raw violations, their magnitudes the normalised ones. In {@link Mode#PENALISED} (for
 * algorithms that MOEA Framework 5.0 only accepts on unconstrained problems) there are no constraints and every
 * objective of an infeasible solution is raised by {@link #PENALTY_OFFSET} plus its total normalised violation,
 * so that any feasible solution dominates any infeasible one whose scaled objectives are below the offset, and
 * a smaller violation is better in every objective (MOEA Framework's MOEA/D uses the same offset).
 *
 * <p>Candidates handed back to BOMOCO ({@link #candidate}) are re-evaluated with the raw evaluator, so their
 * objectives and violations are exactly {@link PlacementProblem#evaluate}'s. Holds one {@link Evaluator} per
 * thread that evaluates, so one instance serves one run, whose evaluations may run on several threads
 * ({@link org.bomoco.algorithms.ParallelEvaluation}).
 */
final class PlacementMoeaProblem extends AbstractProblem {
    /** How constraints reach the library. */
    enum Mode { CONSTRAINED, PENALISED }

    /** Penalty offset of {@link Mode#PENALISED}, in scaled objective units (the current state is 1). */
    static final double PENALTY_OFFSET = 1e4;

    private static final int OBJECTIVES = Objective.values().length;
    private static final int CONSTRAINTS = Constraint.values().length;

    private final PlacementProblem problem;
    private final Scales scales;
    private final Mode mode;
    /** Per-thread evaluator and output buffers, so that evaluations may run on several threads at once. */
    private final ThreadLocal<Scratch> scratch;

    /** One thread's evaluator (it holds scratch of its own) and output buffers. */
    private record Scratch(Evaluator evaluator, double[] objectives, double[] constraints) {
    }

    PlacementMoeaProblem(PlacementProblem problem, Scales scales, Mode mode) {
        super(1, OBJECTIVES, mode == Mode.CONSTRAINED ? CONSTRAINTS : 0);
        this.problem = problem;
        this.scales = scales;
        this.mode = mode;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(problem.newEvaluator(), new double[OBJECTIVES],
                new double[CONSTRAINTS]));
    }

    PlacementProblem placementProblem() {
        return problem;
    }

    Scales scales() {
        return scales;
    }

    @Override
    public String getName() {
        return "placement(" + problem.instance().parameters().name() + ")";
    }

    /** A solution holding an all-zero decision (the initialization overwrites it). */
    @Override
    public Solution newSolution() {
        Solution s = new Solution(1, OBJECTIVES, numberOfConstraints);
        s.setVariable(0, new DecisionVariable(new int[problem.variableCount()]));
        for (Objective o : Objective.values()) {
            s.setObjective(o.ordinal(), Minimize.value(o.id()));
        }
        for (int c = 0; c < numberOfConstraints; c++) {
            s.setConstraint(c, new ScaledViolation(Constraint.values()[c].id(), scales.violationScale(c)));
        }
        return s;
    }

    /**
     * Evaluates the decision with the calling thread's evaluator: O(N + D + R), no allocation after a thread's
     * first call. Safe to call concurrently on different solutions (parallel evaluation).
     */
    @Override
    public void evaluate(Solution solution) {
        Scratch t = scratch.get();
        double[] objectives = t.objectives();
        double[] constraints = t.constraints();
        t.evaluator().evaluate(decision(solution), objectives, constraints);
        double penalty = 0;
        if (mode == Mode.PENALISED) {
            double v = scales.totalViolation(constraints);
            penalty = v > 0 ? PENALTY_OFFSET + v : 0;
        }
        for (int k = 0; k < OBJECTIVES; k++) {
            solution.setObjectiveValue(k, objectives[k] / scales.objectiveScale(k) + penalty);
        }
        for (int c = 0; c < numberOfConstraints; c++) {
            solution.setConstraintValue(c, constraints[c]);
        }
    }

    /** The decision vector inside {@code solution} (live: writing into it changes the solution). */
    static int[] decision(Solution solution) {
        return ((DecisionVariable) solution.getVariable(0)).values();
    }

    /** The candidate of {@code solution}'s decision with raw objectives and violations (one extra evaluation). */
    Candidate candidate(Solution solution) {
        int[] x = decision(solution);
        Scratch t = scratch.get();
        t.evaluator().evaluate(x, t.objectives(), t.constraints());
        return new Candidate(x, t.objectives(), t.constraints());
    }
}
