package org.bomoco.algorithms;

import org.bomoco.problem.PlacementProblem;

/**
 * One single change from the current state scored by the composite-score method ({@link CompositePlanner}): one
 * variable of one workload set to another value, every other variable staying at the current state, with the
 * objectives and raw violations of that whole placement (full evaluation).
 *
 * @param workload workload index
 * @param kind which of the workload's four variables changes
 * @param value the new value of that variable
 * @param objectives objectives of the current state with this change applied
 * @param constraints raw violations of the current state with this change applied
 * @param feasible whether it adds no violation: every raw violation is no larger than the current state's
 */
public record SingleChange(int workload, Kind kind, int value, double[] objectives, double[] constraints,
                           boolean feasible) {
    /** The kinds of single change of PROBLEM.md's composite-score baseline, in decision-vector order. */
    public enum Kind {
        /** Another region at the same size. */
        REGION,
        /** Another size in the same region. */
        SIZE,
        /** Spot instead of on-demand. */
        SPOT,
        /** A start delay (batch jobs). */
        DELAY
    }

    public SingleChange {
        objectives = objectives.clone();
        constraints = constraints.clone();
    }

    @Override
    public double[] objectives() {
        return objectives.clone();
    }

    @Override
    public double[] constraints() {
        return constraints.clone();
    }

    /** The index of the changed variable in the decision vector. */
    public int variable() {
        return PlacementProblem.VARIABLES_PER_WORKLOAD * workload + kind.ordinal();
    }

    /** Objective {@code k} after the change (no copy). */
    double objective(int k) {
        return objectives[k];
    }
}
