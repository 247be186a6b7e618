package org.bomoco.algorithms.jmetal;

import java.util.List;

import org.bomoco.algorithms.ParallelEvaluation;
import org.uma.jmetal.component.catalogue.common.evaluation.Evaluation;
import org.uma.jmetal.problem.Problem;
import org.uma.jmetal.util.evaluator.SolutionListEvaluator;

/**
 * Evaluates a list of solutions of one run on the run's {@link ParallelEvaluation} threads: the evaluation
 * component of the component NSGA-II and the list evaluator of the classic NSGA-III. Used in place of jMetal's
 * {@code MultiThreadedEvaluation} / {@code MultiThreadedSolutionListEvaluator}, which run on the JVM-wide common
 * fork-join pool and set its parallelism through a system property (a process-wide setting, shared by every run).
 * Each solution is evaluated in place by {@link JMetalPlacementProblem#evaluate}, which is safe to call
 * concurrently and draws nothing, so the list ends exactly as the serial evaluation leaves it.
 */
final class PlacementEvaluation implements Evaluation<PlacementSolution>, SolutionListEvaluator<PlacementSolution> {
    private static final long serialVersionUID = 1L;
    private final transient JMetalPlacementProblem problem;
    private final transient ParallelEvaluation threads;
    private int computed;

    PlacementEvaluation(JMetalPlacementProblem problem, ParallelEvaluation threads) {
        this.problem = problem;
        this.threads = threads;
    }

    @Override
    public List<PlacementSolution> evaluate(List<PlacementSolution> solutions) {
        threads.forEach(solutions, problem::evaluate);
        computed = solutions.size();
        return solutions;
    }

    /** As {@link #evaluate(List)}; {@code p} must be this run's problem. */
    @Override
    public List<PlacementSolution> evaluate(List<PlacementSolution> solutions, Problem<PlacementSolution> p) {
        if (p != problem) {
            throw new IllegalArgumentException("evaluator of another problem");
        }
        return evaluate(solutions);
    }

    @Override
    public int computedEvaluations() {
        return computed;
    }

    @Override
    public Problem<PlacementSolution> problem() {
        return problem;
    }

    /** Nothing: the threads belong to the run, which closes them. */
    @Override
    public void shutdown() {
    }
}
