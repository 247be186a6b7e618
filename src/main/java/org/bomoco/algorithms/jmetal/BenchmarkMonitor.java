package org.bomoco.algorithms.jmetal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.ProgressListener;
import org.uma.jmetal.component.catalogue.common.termination.Termination;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * Budget and checkpoints of one benchmark run, as {@link RunMonitor} does for placement: checked at the end of
 * every generation (every child for MOEA/D) through jMetal's {@link Termination} or {@link BenchmarkNSGAIII}; the
 * front reported at a checkpoint is {@link Fronts#benchmarkFront} of the current population.
 */
final class BenchmarkMonitor implements Termination {
    private final CountingProblem problem;
    private final long budget;
    private final Checkpoints checkpoints;

    BenchmarkMonitor(CountingProblem problem, long budget, List<Long> checkpoints, ProgressListener listener) {
        this.problem = problem;
        this.budget = budget;
        this.checkpoints = new Checkpoints(checkpoints, listener);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean isMet(Map<String, Object> attributes) {
        return atGenerationEnd((List<DoubleSolution>) attributes.get("POPULATION"));
    }

    /** Fires the checkpoints reached so far; returns whether the budget is spent. */
    boolean atGenerationEnd(List<DoubleSolution> population) {
        long evaluations = problem.evaluations();
        checkpoints.report(evaluations, () -> front(population));
        return evaluations >= budget;
    }

    /** Reports the final front to the listener and returns it. */
    List<Candidate> finish(List<DoubleSolution> population) {
        List<Candidate> front = front(population);
        checkpoints.finish(problem.evaluations(), front);
        return front;
    }

    static List<Candidate> front(List<DoubleSolution> solutions) {
        List<Candidate> out = new ArrayList<>(solutions.size());
        int[] none = new int[0];
        double[] noConstraints = new double[0];
        for (DoubleSolution s : solutions) {
            out.add(new Candidate(none, s.objectives(), noConstraints));
        }
        return Fronts.benchmarkFront(out);
    }

    Duration elapsed() {
        return checkpoints.elapsed();
    }
}
