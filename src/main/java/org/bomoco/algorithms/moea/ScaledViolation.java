package org.bomoco.algorithms.moea;

import org.moeaframework.core.Defined;
import org.moeaframework.core.constraint.AbstractConstraint;
import org.moeaframework.core.constraint.Constraint;

/**
 * A MOEA Framework 5.0 constraint whose value is one raw violation of the placement problem ({@code 0} =
 * satisfied, positive = violated) and whose magnitude of violation, which the library sums for constrained
 * domination ({@code Solution.getSumOfConstraintViolations}, {@code AggregateConstraintComparator}), is that
 * violation times a per-constraint weight ({@link Scales}).
 *
 * <p>5.0 types its constraints; the default {@code Equal.to(0)} would treat values within its epsilon
 * (1e-10) of 0 as satisfied, whereas here a solution is feasible exactly when every raw violation is 0.
 */
final class ScaledViolation extends AbstractConstraint {
    private static final long serialVersionUID = 1L;

    private final double weight;

    ScaledViolation(String name, double weight) {
        super(name);
        this.weight = weight;
    }

    /** 0 when the raw value is 0 (or not positive), else {@code value × weight}, never rounded down to 0. */
    @Override
    public double getMagnitudeOfViolation() {
        return value > 0 ? Math.max(value * weight, Double.MIN_VALUE) : 0.0;
    }

    @Override
    public Constraint copy() {
        ScaledViolation c = new ScaledViolation(name, weight);
        c.setValue(value);
        return c;
    }

    @Override
    public String getDefinition() {
        return Defined.createUnsupportedDefinition(Constraint.class, ScaledViolation.class);
    }
}
