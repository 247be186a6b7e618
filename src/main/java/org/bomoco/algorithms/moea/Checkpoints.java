package org.bomoco.algorithms.moea;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Progress;
import org.bomoco.algorithms.ProgressListener;

/**
 * Reports a run's {@link Progress}: once for each checkpoint, the first time the evaluation count reaches it
 * (after the generation or step that crossed it, so possibly a little after it), and once at the end. The
 * front is computed only when some checkpoint is due.
 */
final class Checkpoints {
    private final List<Long> at;
    private final ProgressListener listener;
    private final long startNanos;
    private int next;

    Checkpoints(List<Long> at, ProgressListener listener) {
        List<Long> sorted = new ArrayList<>(at);
        Collections.sort(sorted);
        this.at = sorted;
        this.listener = listener;
        this.startNanos = System.nanoTime();
    }

    /** Wall time since construction. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Reports every not yet reported checkpoint {@code ≤ evaluations}. */
    void reached(long evaluations, Supplier<List<Candidate>> front) {
        List<Candidate> current = null;
        while (next < at.size() && at.get(next) <= evaluations) {
            if (current == null) {
                current = front.get();
            }
            listener.onCheckpoint(new Progress(evaluations, elapsed(), current));
            next++;
        }
    }

    /** Reports the final state. */
    void finish(long evaluations, List<Candidate> front) {
        listener.onCheckpoint(new Progress(evaluations, elapsed(), front));
    }
}
