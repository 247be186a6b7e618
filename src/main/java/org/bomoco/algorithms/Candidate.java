package org.bomoco.algorithms;

import java.util.Arrays;

/**
 * One evaluated decision: the decision vector (layout of {@code PlacementProblem}), its objectives (all minimised,
 * in {@code Objective} order) and raw constraint violations (in {@code Constraint} order, 0 = satisfied).
 */
public record Candidate(int[] decision, double[] objectives, double[] constraints) {
    public Candidate {
        decision = decision.clone();
        objectives = objectives.clone();
        constraints = constraints.clone();
    }

    @Override
    public int[] decision() {
        return decision.clone();
    }

    @Override
    public double[] objectives() {
        return objectives.clone();
    }

    @Override
    public double[] constraints() {
        return constraints.clone();
    }

    public double objective(int k) {
        return objectives[k];
    }

    /** Sum of the raw violations. */
    public double totalViolation() {
        double s = 0;
        for (double c : constraints) {
            s += c;
        }
        return s;
    }

    public boolean feasible() {
        return totalViolation() == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Candidate c && Arrays.equals(decision, c.decision)
                && Arrays.equals(objectives, c.objectives) && Arrays.equals(constraints, c.constraints);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(decision) + Arrays.hashCode(objectives);
    }

    @Override
    public String toString() {
        return "Candidate[objectives=" + Arrays.toString(objectives) + ", violation=" + totalViolation() + "]";
    }
}
