package org.bomoco.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * What {@code ./bomoco run} hands a {@link Study}.
 *
 * @param out       where progress and headline figures go
 * @param threads   worker threads from {@code --threads}: empty when the option is absent, 0 = available processors
 * @param force     whether results of a different config in the output directory may be deleted
 * @param catalogue the region catalogue directory (datasets/ by default)
 * @param engine    where the cells run ({@code engine: spark} / {@code --engine spark}); {@code null} for a local
 *                  pool of {@link #workers} threads
 */
public record StudyContext(PrintWriter out, OptionalInt threads, boolean force, Path catalogue, CellEngine engine) {
    public StudyContext {
        java.util.Objects.requireNonNull(threads, "threads");
        if (threads.isPresent() && threads.getAsInt() < 0) {
            throw new IllegalArgumentException("threads must be 0 (available processors) or positive");
        }
    }

    /** A context whose cells run on the local thread pool. */
    public StudyContext(PrintWriter out, OptionalInt threads, boolean force, Path catalogue) {
        this(out, threads, force, catalogue, null);
    }

    /**
     * The number of worker threads: {@code --threads} when given, else the study file's {@code threads}; in both,
     * 0 means the available processors. So {@code --threads 0} overrides a file's {@code threads: 4}, as
     * {@code threads: 0} in the file means.
     */
    public int workers(int fileThreads) {
        int n = threads.orElse(fileThreads);
        return n > 0 ? n : Runtime.getRuntime().availableProcessors();
    }

    /** The engine of the cells: {@link #engine} when given, else {@link CellEngine#local} on {@link #workers}. */
    public CellEngine cells(int fileThreads) {
        return engine != null ? engine : CellEngine.local(workers(fileThreads));
    }
}
