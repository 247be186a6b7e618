package org.bomoco.algorithms.jmetal;

import java.util.List;

import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.bounds.Bounds;

/**
 * A jMetal library problem that counts its evaluations, so that a benchmark run's budget, checkpoints and recorded
 * evaluation count are the real ones. Delegates everything else. One per run, one thread.
 */
final class CountingProblem implements DoubleProblem {
    private static final long serialVersionUID = 1L;
    private final DoubleProblem problem;
    private long evaluations;

    CountingProblem(DoubleProblem problem) {
        this.problem = problem;
    }

    long evaluations() {
        return evaluations;
    }

    @Override
    public List<Bounds<Double>> variableBounds() {
        return problem.variableBounds();
    }

    @Override
    public int numberOfVariables() {
        return problem.numberOfVariables();
    }

    @Override
    public int numberOfObjectives() {
        return problem.numberOfObjectives();
    }

    @Override
    public int numberOfConstraints() {
        return problem.numberOfConstraints();
    }

    @Override
    public String name() {
        return problem.name();
    }

    @Override
    public DoubleSolution evaluate(DoubleSolution solution) {
        evaluations++;
        return problem.evaluate(solution);
    }

    @Override
    public DoubleSolution createSolution() {
        return problem.createSolution();
    }
}
