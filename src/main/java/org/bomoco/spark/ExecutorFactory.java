package org.bomoco.spark;

import java.io.Serializable;
import java.nio.file.Path;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.experiment.ExperimentExecutor;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.RunExecutor;

/**
 * Builds the {@link RunExecutor} on each Spark executor (once per campaign and JVM), from the executor's local copy
 * of the catalogue. Serialised with the tasks.
 */
@FunctionalInterface
public interface ExecutorFactory extends Serializable {
    /** What {@code bomoco run} uses: {@link ExperimentExecutor} with the standard algorithm registry. */
    ExecutorFactory STANDARD = catalogue -> new ExperimentExecutor(new InstanceLoader(catalogue),
            AlgorithmRegistry.standard());

    RunExecutor create(Path catalogue);
}
