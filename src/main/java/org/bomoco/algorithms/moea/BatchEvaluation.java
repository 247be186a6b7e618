package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.List;

import org.bomoco.algorithms.ParallelEvaluation;
import org.moeaframework.core.Solution;
import org.moeaframework.problem.Problem;
import org.moeaframework.problem.ProblemWrapper;

/**
 * Parallel evaluation of a generation's offspring for MOEA Framework 5.0 algorithms, in place of the library's
 * {@code DistributedProblem}: {@link #evaluate} only queues the solution (a {@link PendingSolution}, which this
 * problem's {@link #newSolution} makes), and the first read of ANY queued solution's objectives, constraints or
 * attributes evaluates the whole queue at once on the run's {@link ParallelEvaluation} threads, in contiguous
 * chunks, the run's own thread taking the last chunk ({@link #flush}).
 *
 * <p>Why not {@code DistributedProblem}: it submits one task per solution and wraps each in a
 * {@code FutureSolution} whose every getter is {@code synchronized} and waits on its own future; at 5,000
 * workloads the run's thread spent about a third of its time in those getters and in waking up once per
 * offspring (JFR, REPORT of issue 10). Here a generation has one barrier and a getter costs a field test.
 *
 * <p>The offspring of {@link PlacementMoeaVariation} reach the queue with their decisions not yet built
 * ({@link DecisionVariable#bred}): each is built by its evaluation, on the thread that evaluates it, so a parallel
 * batch copies, crosses over and mutates in parallel too, and the evaluation reads a decision still in cache.
 *
 * <p>Same results as the serial run: the generational algorithms call {@code evaluateAll} on the offspring and read
 * none of them before, evaluation draws no random number and writes only its own solution, so evaluating the
 * queue later and in any order gives every solution the values the serial run gives it. Every solution a run reads
 * is read on the run's thread (MOEA Framework's algorithms are single-threaded), so the queue and the pending flags
 * need no lock; the evaluation threads' writes are published by {@link ParallelEvaluation#forEach}, which returns
 * after all its tasks have completed. Solutions made elsewhere (not {@link PendingSolution}s of this problem) are
 * evaluated at once, on the calling thread.
 */
final class BatchEvaluation extends ProblemWrapper {
    private final ParallelEvaluation threads;
    private final List<PendingSolution> queue = new ArrayList<>();

    /** {@code problem}'s evaluations on {@code threads} (its evaluation must be safe to call concurrently). */
    BatchEvaluation(Problem problem, ParallelEvaluation threads) {
        super(problem);
        this.threads = threads;
    }

    /** A new solution of the wrapped problem, whose evaluation this problem defers. */
    @Override
    public Solution newSolution() {
        return new PendingSolution(problem.newSolution(), this);
    }

    /** Queues {@code solution} for the next {@link #flush}, or evaluates it at once if it is not one of ours. */
    @Override
    public void evaluate(Solution solution) {
        if (solution instanceof PendingSolution p && p.belongsTo(this)) {
            if (!p.pending()) {
                p.markPending();
                queue.add(p);
            }
            return;
        }
        problem.evaluate(solution);
    }

    /** Solutions queued and not yet evaluated. */
    int queued() {
        return queue.size();
    }

    /**
     * Evaluates every queued solution on the evaluation threads and returns when all are done; called by a pending
     * solution's first read. A failure of one evaluation reaches the caller, and the queue is emptied either way.
     */
    void flush() {
        if (queue.isEmpty()) {
            return;
        }
        List<PendingSolution> batch = new ArrayList<>(queue);
        queue.clear();
        try {
            threads.forEach(batch, problem::evaluate);
        } finally {
            batch.forEach(PendingSolution::markEvaluated);
        }
    }
}
