package org.bomoco.study;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code ./bomoco run} hands a {@link Study}.
 *
 * @param out       where progress and headline figures go
 * @param threads   worker threads from {@code --threads}; 0 when the option is absent (or 0)
 * @param force     whether results of a different config in the output directory may be deleted
 * @param catalogue the region catalogue directory (datasets/ by default)
 * @param engine    where the cells run ({@code engine: spark} / {@code --engine spark}); {@code null} for a local
 *                  pool of {@link #workers} threads
 */
public record StudyContext(PrintWriter out, int threads, boolean force, Path catalogue, CellEngine engine) {
    /** A context whose cells run on the local thread pool. */
    public StudyContext(PrintWriter out, int threads, boolean force, Path catalogue) {
        this(out, threads, force, catalogue, null);
    }

    /**
     * The number of worker threads: {@code --threads} when given (> 0), else the study file's {@code threads} when
     * > 0, else the available processors. (The run command passes 0 when --threads is absent, so an explicit
     * {@code --threads 0} cannot override the file's value.)
     */
    public int workers(int fileThreads) {
        if (threads > 0) {
            return threads;
        }
        return fileThreads > 0 ? fileThreads : Runtime.getRuntime().availableProcessors();
    }

    /** The engine of the cells: {@link #engine} when given, else {@link CellEngine#local} on {@link #workers}. */
    public CellEngine cells(int fileThreads) {
        return engine != null ? engine : CellEngine.local(workers(fileThreads));
    }
}
