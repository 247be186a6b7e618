package org.bomoco.algorithms.moea;

import org.bomoco.algorithms.ViolationScales;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * Per-objective scales and per-constraint violation scales of one problem, so that the library sees objectives
 * of comparable size and a total violation that is not dominated by the constraint with the largest unit.
 *
 * <p><b>Objectives</b> are divided by their value in the current state ({@link PlacementProblem#currentDecision()}),
 * so the current state sits at 1 in every objective. The business KPI is 0 in the current state by construction
 * (it measures loss relative to it, and the current state uses no spot), so its scale falls back to the current
 * cost (both are USD per month: the KPI is then read as a fraction of the current spend). Any other non-positive
 * or non-finite current value falls back to 1.
 *
 * <p><b>Violations</b> are normalised by {@link ViolationScales#of}, the definition every optimizer shares (counts
 * 1, latency the mean SLO, headroom 0.1, capacity 1), so the library's constrained dominance and the reported
 * front ({@link org.bomoco.algorithms.Fronts#finalFront}) agree on which infeasible solution violates least.
 */
final class Scales {
    private final double[] objectiveScale;
    private final double[] violationScale;

    private Scales(double[] objectiveScale, double[] violationScale) {
        this.objectiveScale = objectiveScale;
        this.violationScale = violationScale;
    }

    /** The scales of {@code problem}, from one evaluation of its current state. O(N). */
    static Scales of(PlacementProblem problem) {
        Evaluation current = problem.evaluate(problem.currentDecision());
        double[] scale = new double[Objective.values().length];
        for (Objective o : Objective.values()) {
            scale[o.ordinal()] = positiveOr(current.objective(o), 1.0);
        }
        scale[Objective.BUSINESS_KPI.ordinal()] = positiveOr(current.objective(Objective.BUSINESS_KPI),
                scale[Objective.COST.ordinal()]);
        return new Scales(scale, ViolationScales.of(problem));
    }

    private static double positiveOr(double value, double fallback) {
        return value > 0 && Double.isFinite(value) ? value : fallback;
    }

    /** Divisor of objective {@code k} (its current-state value, or the fallback). */
    double objectiveScale(int k) {
        return objectiveScale[k];
    }

    /** Scale of constraint {@code c} ({@link ViolationScales#of}). */
    double violationScale(int c) {
        return violationScale[c];
    }

    /** All violation scales, in {@code Constraint} order (a copy). */
    double[] violationScales() {
        return violationScale.clone();
    }

    /** {@link ViolationScales#total} of raw violations {@code raw}. */
    double totalViolation(double[] raw) {
        return ViolationScales.total(raw, violationScale);
    }
}
