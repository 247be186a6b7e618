package org.bomoco.algorithms.moea;

import org.bomoco.algorithms.ViolationScales;
import org.moeaframework.core.Defined;
import org.moeaframework.core.constraint.AbstractConstraint;
import org.moeaframework.core.constraint.Constraint;

/**
 * A MOEA Framework 5.0 constraint whose value is one raw violation of the placement problem ({@code 0} =
 * satisfied, positive = violated) and whose magnitude of violation, which the library sums for constrained
 * domination ({@code Solution.getSumOfConstraintViolations}, {@code AggregateConstraintComparator}), is that
 * violation normalised by its scale ({@link ViolationScales#normalised}, scales of {@link ViolationScales#of}).
 *
 * <p>5.0 types its constraints; the default {@code Equal.to(0)} would treat values within its epsilon
 * (1e-10) of 0 as satisfied, whereas here a solution is feasible exactly when every raw violation is 0.
 */
final class ScaledViolation extends AbstractConstraint {
    private static final long serialVersionUID = 1L;

    private final double scale;

    ScaledViolation(String name, double scale) {
        super(name);
        this.scale = scale;
    }

    /** 0 when the raw value is 0 (or not positive), else {@code value / scale}, never rounded down to 0. */
    @Override
    public double getMagnitudeOfViolation() {
        return ViolationScales.normalised(value, scale);
    }

    @Override
    public Constraint copy() {
        ScaledViolation c = new ScaledViolation(name, scale);
        c.setValue(value);
        return c;
    }

    @Override
    public String getDefinition() {
        return Defined.createUnsupportedDefinition(Constraint.class, ScaledViolation.class);
    }
}
