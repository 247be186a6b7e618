package org.bomoco.algorithms.moea;

import java.io.Serializable;
import java.util.Map;

import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.Constraint;
import org.moeaframework.core.objective.Objective;

/**
 * A solution of a {@link BatchEvaluation} run, whose evaluation may be queued: every getter of objectives,
 * constraints and attributes first has the queue evaluated ({@link BatchEvaluation#flush}) while this solution is
 * pending. These are the getters through which every other read of {@code Solution} goes (its copy constructor,
 * distances, constraint sums and canonical values call them), the same set as the library's
 * {@code FutureSolution} overrides. Setters are left alone (the evaluation writes through them), except that the
 * constraint setters forget the cached {@link #getSumOfConstraintViolations}. Read on the run's thread only (see
 * {@link BatchEvaluation}).
 */
final class PendingSolution extends Solution {
    private static final long serialVersionUID = 1L;

    private final transient BatchEvaluation batch;
    private transient boolean pending;
    /** {@link #violationSum} holds {@code super.getSumOfConstraintViolations()} of the current constraints. */
    private transient boolean summed;
    private transient double violationSum;

    /** A copy of {@code solution} (evaluated or not yet) belonging to {@code batch}. */
    PendingSolution(Solution solution, BatchEvaluation batch) {
        super(solution);
        this.batch = batch;
    }

    /** An empty solution of {@code batch} shaped like {@code shape} ({@link PlacementMoeaVariation#child}). */
    private PendingSolution(Solution shape, BatchEvaluation batch, boolean empty) {
        super(shape.getNumberOfVariables(), shape.getNumberOfObjectives(), shape.getNumberOfConstraints());
        this.batch = batch;
    }

    /** An empty solution of this one's batch with this one's numbers of variables, objectives and constraints. */
    PendingSolution emptySibling() {
        return new PendingSolution(this, batch, true);
    }

    boolean belongsTo(BatchEvaluation b) {
        return batch == b;
    }

    boolean pending() {
        return pending;
    }

    void markPending() {
        pending = true;
    }

    void markEvaluated() {
        pending = false;
    }

    private void await() {
        if (pending) {
            batch.flush();
        }
    }

    @Override
    public PendingSolution copy() {
        await();
        return new PendingSolution(this, batch);
    }

    @Override
    public double[] getObjectiveValues() {
        await();
        return super.getObjectiveValues();
    }

    @Override
    public double[] getConstraintValues() {
        await();
        return super.getConstraintValues();
    }

    @Override
    public double getObjectiveValue(int index) {
        await();
        return super.getObjectiveValue(index);
    }

    @Override
    public double getConstraintValue(int index) {
        await();
        return super.getConstraintValue(index);
    }

    @Override
    public Objective getObjective(int index) {
        await();
        return super.getObjective(index);
    }

    @Override
    public Constraint getConstraint(int index) {
        await();
        summed = false;
        return super.getConstraint(index);
    }

    /**
     * The library's sum of the constraints' magnitudes of violation, computed once per set of constraint values:
     * constrained dominance asks for it twice per comparison, O(N²) comparisons per generation of non-dominated
     * sorting, on the run's thread. Every constraint setter (the deprecated {@code setConstraints} calls {@code setConstraintValues}) and every {@link #getConstraint} (which hands out the
     * mutable constraint) forget it, so it is always the sum the library would compute.
     */
    @Override
    public double getSumOfConstraintViolations() {
        await();
        if (!summed) {
            double sum = super.getSumOfConstraintViolations();
            violationSum = sum;
            summed = true;
        }
        return violationSum;
    }

    @Override
    public void setConstraint(int index, Constraint constraint) {
        summed = false;
        super.setConstraint(index, constraint);
    }

    @Override
    public void setConstraintValue(int index, double value) {
        summed = false;
        super.setConstraintValue(index, value);
    }

    @Override
    public void setConstraintValues(double[] values) {
        summed = false;
        super.setConstraintValues(values);
    }

    @Override
    public boolean violatesConstraints() {
        await();
        return super.violatesConstraints();
    }

    @Override
    public Object getAttribute(String key) {
        await();
        return super.getAttribute(key);
    }

    @Override
    public boolean hasAttribute(String key) {
        await();
        return super.hasAttribute(key);
    }

    @Override
    public Map<String, Serializable> getAttributes() {
        await();
        return super.getAttributes();
    }
}
