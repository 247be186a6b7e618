package org.bomoco.experiment;

import java.io.IOException;
import java.util.List;

/**
 * Where an experiment's pending runs execute: {@link LocalEngine} (a thread pool in this JVM) or the Spark engine
 * ({@code org.bomoco.spark}). The {@link Runner} decides what is pending (resume) and stores what comes back; an
 * engine only runs tasks and hands each finished record to the {@link Sink} as soon as it arrives, once per task.
 */
public interface RunEngine {
    /** Receives finished records (stores them, reports progress); may be called from several threads. */
    @FunctionalInterface
    interface Sink {
        void accept(RunRecord record) throws IOException;
    }

    /**
     * Runs {@code pending} and passes each record to {@code sink}. The first failure stops the experiment: records
     * already handed over stay stored, the failure is rethrown.
     *
     * @throws org.bomoco.model.InputException on a user error of a run
     * @throws IOException when a record cannot be stored, or (remote engines) the infrastructure fails
     */
    void execute(List<RunTask> pending, Sink sink) throws IOException;

    /** Where the runs go, for {@code environment.json}: the local engine by default. */
    default EngineSpec where() {
        return EngineSpec.DEFAULT;
    }

    /** How many runs execute at once, for {@code environment.json}; 0 when not known before the runs start. */
    default int parallelism() {
        return 0;
    }
}
