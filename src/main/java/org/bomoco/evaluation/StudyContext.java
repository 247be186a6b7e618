package org.bomoco.evaluation;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code ./bomoco run} hands a {@link Study}.
 *
 * @param out       where progress and headline figures go
 * @param threads   worker threads (0 = available processors), already resolved from --threads or the file
 * @param force     whether results of a different config in the output directory may be deleted
 * @param catalogue the region catalogue directory (datasets/ by default)
 */
public record StudyContext(PrintWriter out, int threads, boolean force, Path catalogue) {
    /** The number of worker threads to use: {@link #threads()}, or the available processors when it is 0. */
    public int workers() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
