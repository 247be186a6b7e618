package org.bomoco.algorithms.jmetal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.Progress;
import org.bomoco.algorithms.ProgressListener;
import org.uma.jmetal.component.catalogue.common.termination.Termination;

/**
 * Budget and checkpoints of one run, checked at the end of every generation (every evaluation for steady-state
 * MOEA/D): as the component algorithms' {@link Termination} (it reads the {@code POPULATION} attribute jMetal's
 * {@code EvolutionaryAlgorithm} publishes) and from {@link ConstrainedNSGAIII#isStoppingConditionReached()}.
 * Evaluations are counted by {@link JMetalPlacementProblem}, so the recorded count is the real one.
 *
 * <p>Checkpoints are fired by the shared {@link Checkpoints}: when the count first reaches one, the listener
 * receives {@link Progress} with the front ({@link #front}) of the <b>current population</b>, not of every solution
 * evaluated so far: that is what the algorithm would return if stopped there, and it costs nothing between
 * checkpoints.
 */
final class RunMonitor implements Termination {
    private final JMetalPlacementProblem problem;
    private final long budget;
    private final Checkpoints checkpoints;
    private final double[] scales;

    RunMonitor(JMetalPlacementProblem problem, long budget, List<Long> checkpoints, ProgressListener listener) {
        this.problem = problem;
        this.budget = budget;
        this.checkpoints = new Checkpoints(checkpoints, listener);
        this.scales = problem.violationScales();
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean isMet(Map<String, Object> attributes) {
        return atGenerationEnd((List<PlacementSolution>) attributes.get("POPULATION"));
    }

    /** Fires the checkpoints reached so far; returns whether the budget is spent. */
    boolean atGenerationEnd(List<PlacementSolution> population) {
        long evaluations = problem.evaluations();
        checkpoints.report(evaluations, () -> front(population));
        return evaluations >= budget;
    }

    /** Reports the final front to the listener and returns it. */
    List<Candidate> finish(List<PlacementSolution> population) {
        List<Candidate> front = front(population);
        checkpoints.finish(problem.evaluations(), front);
        return front;
    }

    /** {@link Fronts#finalFront} of {@code solutions} (raw violations) under the problem's violation scales. */
    List<Candidate> front(List<PlacementSolution> solutions) {
        List<Candidate> candidates = new ArrayList<>(solutions.size());
        for (PlacementSolution s : solutions) {
            candidates.add(new Candidate(s.decision(), s.objectives(), s.rawConstraints()));
        }
        return Fronts.finalFront(candidates, scales);
    }

    Duration elapsed() {
        return checkpoints.elapsed();
    }
}
