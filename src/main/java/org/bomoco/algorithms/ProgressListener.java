package org.bomoco.algorithms;

/** Receives a run's {@link Progress} at each checkpoint of the {@link SolveSpec} (at the first moment the evaluation
 * count reaches it, so possibly a little after it) and once at the end. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> { };

    void onCheckpoint(Progress progress);
}
