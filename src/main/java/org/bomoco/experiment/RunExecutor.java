package org.bomoco.experiment;

/**
 * The problem-specific part of the runner: turns a {@link RunTask} into a {@link RunRecord}. The placement
 * implementation is {@link PlacementExecutor}, the benchmark one {@link BenchmarkExecutor}, and
 * {@link ExperimentExecutor} dispatches between them. Implementations must be
 * thread-safe (the runner calls {@link #execute} from several workers) and deterministic (the record, except elapsed
 * times, depends on the task alone).
 */
public interface RunExecutor {
    /**
     * Checks the whole spec before any run starts (unknown algorithms, unsupported instances), so that such errors
     * stop the experiment at once. The default accepts everything.
     *
     * @throws org.bomoco.model.InputException on a user error
     */
    default void check(ExperimentSpec spec) {
    }

    /**
     * Loads what {@code task} needs (its compiled instance) without running it, so that a later {@link #execute}
     * finds it ready; the Spark engine calls it while Spark starts. The default does nothing.
     *
     * @throws org.bomoco.model.InputException for an invalid instance ({@link #execute} reports it again)
     */
    default void prepare(RunTask task) {
    }

    /**
     * Runs one task.
     *
     * @throws org.bomoco.model.InputException on a user error (e.g. an unknown algorithm parameter)
     */
    RunRecord execute(RunTask task);
}
