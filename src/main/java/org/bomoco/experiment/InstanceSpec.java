package org.bomoco.experiment;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem instance of an experiment: exactly one of {@code path} (an instance directory), {@code generate} (the
 * instance generator's parameters) or {@code benchmark} (a standard test problem) is set.
 *
 * @param name unique id within the experiment (used in file names)
 */
public record InstanceSpec(String name, Path path, GenerateSpec generate, BenchmarkSpec benchmark) {
    public InstanceSpec {
        Objects.requireNonNull(name, "name");
        int set = (path != null ? 1 : 0) + (generate != null ? 1 : 0) + (benchmark != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of path, generate, benchmark");
        }
    }

    /** Whether this is a placement instance (path or generate) rather than a benchmark problem. */
    public boolean placement() {
        return benchmark == null;
    }
}
