package org.bomoco.problem;

import java.util.Arrays;

/**
 * The objective and raw constraint-violation vectors of one decision.
 *
 * @param objectives values in {@link Objective#ordinal()} order
 * @param constraints raw violations in {@link Constraint#ordinal()} order (0 = satisfied)
 */
public record Evaluation(double[] objectives, double[] constraints) {

    public Evaluation {
        if (objectives.length != Objective.values().length || constraints.length != Constraint.values().length) {
            throw new IllegalArgumentException("expected " + Objective.values().length + " objectives and "
                    + Constraint.values().length + " constraints, got " + objectives.length + " and "
                    + constraints.length);
        }
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

    /** The value of one objective. */
    public double objective(Objective objective) {
        return objectives[objective.ordinal()];
    }

    /** The raw violation of one constraint (0 when satisfied). */
    public double violation(Constraint constraint) {
        return constraints[constraint.ordinal()];
    }

    /** Whether every constraint is satisfied. */
    public boolean feasible() {
        for (double c : constraints) {
            if (c != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** Sum of the raw violations (mixed units; the solver may normalise them instead). */
    public double totalViolation() {
        double sum = 0;
        for (double c : constraints) {
            sum += c;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && Arrays.equals(objectives, e.objectives)
                && Arrays.equals(constraints, e.constraints);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(objectives) + Arrays.hashCode(constraints);
    }

    @Override
    public String toString() {
        return "Evaluation[objectives=" + Arrays.toString(objectives) + ", constraints="
                + Arrays.toString(constraints) + "]";
    }
}
