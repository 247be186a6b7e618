package org.bomoco.algorithms.jmetal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Progress;
import org.bomoco.algorithms.ProgressListener;
import org.uma.jmetal.component.catalogue.common.termination.Termination;

/**
 * Budget and checkpoints of one run, checked at the end of every generation (every evaluation for steady-state
 * MOEA/D): as the component algorithms' {@link Termination} (it reads the {@code POPULATION} attribute jMetal's
 * {@code EvolutionaryAlgorithm} publishes) and from {@link ConstrainedNSGAIII#isStoppingConditionReached()}.
 * Evaluations are counted by {@link JMetalPlacementProblem}, so the recorded count is the real one.
 *
 * <p>When the count first reaches a checkpoint, the listener receives {@link Progress} with the front of the
 * <b>current population</b> ({@link SolutionFronts#front}), not of every solution evaluated so far: that is what
 * the algorithm would return if stopped there, and it costs nothing between checkpoints.
 */
final class RunMonitor implements Termination {
    private final JMetalPlacementProblem problem;
    private final long budget;
    private final List<Long> checkpoints;
    private final ProgressListener listener;
    private final long startNanos;
    private int next;

    RunMonitor(JMetalPlacementProblem problem, long budget, List<Long> checkpoints, ProgressListener listener) {
        this.problem = problem;
        this.budget = budget;
        this.checkpoints = checkpoints;
        this.listener = listener;
        this.startNanos = System.nanoTime();
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean isMet(Map<String, Object> attributes) {
        return atGenerationEnd((List<PlacementSolution>) attributes.get("POPULATION"));
    }

    /** Fires the checkpoints reached so far; returns whether the budget is spent. */
    boolean atGenerationEnd(List<PlacementSolution> population) {
        long evaluations = problem.evaluations();
        if (next < checkpoints.size() && evaluations >= checkpoints.get(next)) {
            Progress p = new Progress(evaluations, elapsed(), SolutionFronts.front(population));
            while (next < checkpoints.size() && evaluations >= checkpoints.get(next)) {
                listener.onCheckpoint(p);
                next++;
            }
        }
        return evaluations >= budget;
    }

    /** Reports the final front to the listener and returns it. */
    List<Candidate> finish(List<PlacementSolution> population) {
        List<Candidate> front = SolutionFronts.front(population);
        listener.onCheckpoint(new Progress(problem.evaluations(), elapsed(), front));
        return front;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
