package org.bomoco.algorithms;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fires a run's checkpoints: {@link #reached} is the cheap test to call after each evaluation (or batch), and
 * {@link #report} tells the listener once the first time the count reaches a checkpoint (several checkpoints passed
 * at once give one call); {@link #finish} reports the end once, unless a checkpoint was just reported at the same
 * count. The clock starts at construction. Not thread-safe.
 */
public final class Checkpoints {
    private final long[] at;
    private final ProgressListener listener;
    private final long start = System.nanoTime();
    private int next;
    private long lastReported = -1;

    /** Checkpoints in any order (sorted here). */
    public Checkpoints(List<Long> checkpoints, ProgressListener listener) {
        this.at = checkpoints.stream().mapToLong(Long::longValue).sorted().toArray();
        this.listener = listener;
    }

    /** Whether {@code evaluations} reaches the next unreported checkpoint. */
    public boolean reached(long evaluations) {
        return next < at.length && evaluations >= at[next];
    }

    /** Reports {@code front} if a checkpoint is reached; the front is computed only then. */
    public void report(long evaluations, Supplier<List<Candidate>> front) {
        if (!reached(evaluations)) {
            return;
        }
        while (next < at.length && evaluations >= at[next]) {
            next++;
        }
        fire(evaluations, front.get());
    }

    /** Reports the end of the run (once). */
    public void finish(long evaluations, List<Candidate> front) {
        while (next < at.length && evaluations >= at[next]) {
            next++;
        }
        if (lastReported != evaluations) {
            fire(evaluations, front);
        }
    }

    private void fire(long evaluations, List<Candidate> front) {
        lastReported = evaluations;
        listener.onCheckpoint(new Progress(evaluations, elapsed(), front));
    }

    /** Wall time since construction. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
