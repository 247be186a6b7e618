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
 */
public record StudyContext(PrintWriter out, int threads, boolean force, Path catalogue) {
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
}
