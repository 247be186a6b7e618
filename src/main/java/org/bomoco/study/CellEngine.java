package org.bomoco.study;

import java.io.IOException;
import java.util.List;

import org.bomoco.experiment.EngineSpec;

/**
 * Where a study's units of work ({@link CellWork}) run: a thread pool here ({@link #local}) or a cluster (the Spark
 * engine of {@code org.bomoco.spark}). The study stores what comes back, on the calling thread, as each unit ends,
 * so a killed run loses only the units in flight.
 */
public interface CellEngine {
    /** Receives the text of unit {@code index} (its position in the list given to {@link #run}). */
    @FunctionalInterface
    interface Sink {
        void accept(int index, String text) throws IOException;
    }

    /**
     * Runs every unit and hands each text to {@code sink} on the calling thread, once per unit, in the order they
     * finish. Stops at the first failure (units not yet delivered are dropped): a user error
     * ({@link org.bomoco.model.InputException}) is rethrown as it is, an infrastructure failure is an
     * {@link IOException} with a one-line message.
     */
    void run(List<? extends CellWork> work, Sink sink) throws IOException;

    /** Where the units run, for the study's first line: "on 4 threads", "on Spark local[2]". */
    String where();

    /** Where the units run, for {@code environment.json}: the local engine by default. */
    default EngineSpec engine() {
        return EngineSpec.DEFAULT;
    }

    /** How many units run at once, for {@code environment.json}; 0 when not known before they start. */
    default int parallelism() {
        return 0;
    }

    /** Today's engine: {@code threads} worker threads in this JVM. */
    static CellEngine local(int threads) {
        return new LocalCells(threads);
    }
}
