package org.bomoco.algorithms.moea;

import org.bomoco.model.Workload;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * Per-objective scales and per-constraint violation weights of one problem, so that the library sees objectives
 * of comparable size and a total violation that is not dominated by the constraint with the largest unit.
 *
 * <p><b>Objectives</b> are divided by their value in the current state ({@link PlacementProblem#currentDecision()}),
 * so the current state sits at 1 in every objective. The business KPI is 0 in the current state by construction
 * (it measures loss relative to it, and the current state uses no spot), so its scale falls back to the current
 * cost (both are USD per month: the KPI is then read as a fraction of the current spend). Any other non-positive
 * or non-finite current value falls back to 1.
 *
 * <p><b>Violations</b> are converted to workload-equivalents: sovereignty, spot and migrations are counts (weight
 * 1); latency excess in ms is divided by the mean latency SLO of the workloads (a workload at twice its SLO counts
 * about 1); headroom excess is divided by 0.1, the margin between the 0.9 limit and full utilisation; capacity is
 * already a relative overload per region (a region at twice its capacity counts 1).
 */
final class Scales {
    /** Headroom margin between the 0.9 limit and full utilisation ({@code docs/model.md}, "Constraints"). */
    static final double HEADROOM_MARGIN = 0.1;

    private final double[] objectiveScale;
    private final double[] violationWeight;

    private Scales(double[] objectiveScale, double[] violationWeight) {
        this.objectiveScale = objectiveScale;
        this.violationWeight = violationWeight;
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
        double slo = problem.instance().workloads().stream().mapToDouble(Workload::latencySloMs).average()
                .orElse(1.0);
        double[] weight = new double[Constraint.values().length];
        java.util.Arrays.fill(weight, 1.0);
        weight[Constraint.LATENCY.ordinal()] = 1.0 / positiveOr(slo, 1.0);
        weight[Constraint.HEADROOM.ordinal()] = 1.0 / HEADROOM_MARGIN;
        return new Scales(scale, weight);
    }

    private static double positiveOr(double value, double fallback) {
        return value > 0 && Double.isFinite(value) ? value : fallback;
    }

    /** Divisor of objective {@code k} (its current-state value, or the fallback). */
    double objectiveScale(int k) {
        return objectiveScale[k];
    }

    /** Weight of constraint {@code c}: normalised violation = raw violation × weight. */
    double violationWeight(int c) {
        return violationWeight[c];
    }

    /**
     * The normalised violation of raw violation {@code raw} of constraint {@code c}: exactly 0 when {@code raw} is
     * 0, and never rounded down to 0 otherwise (so feasibility is preserved).
     */
    double normalisedViolation(int c, double raw) {
        return raw > 0 ? Math.max(raw * violationWeight[c], Double.MIN_VALUE) : 0.0;
    }

    /** Sum of the normalised violations of raw violations {@code raw}. */
    double totalViolation(double[] raw) {
        double s = 0;
        for (int c = 0; c < raw.length; c++) {
            s += normalisedViolation(c, raw[c]);
        }
        return s;
    }
}
