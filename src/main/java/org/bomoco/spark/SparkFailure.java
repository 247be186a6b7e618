package org.bomoco.spark;

import java.io.IOException;

/**
 * An infrastructure failure of the Spark engine (master unreachable, a task failed on every allowed attempt, Spark
 * missing from the class path). The command line prints its one-line message and exits with code 1; finished runs
 * stay stored, so running the experiment again finishes only what is missing.
 */
public final class SparkFailure extends IOException {
    private static final long serialVersionUID = 1L;

    public SparkFailure(String message) {
        super(message);
    }

    public SparkFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
