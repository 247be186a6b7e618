package org.bomoco.experiment;

import java.util.List;
import java.util.Objects;

/**
 * One run to execute: its key, its seed ({@link RunKey#seed(long)} of the master seed), and the parts of the spec it
 * needs.
 *
 * @param key the run
 * @param seed the run's seed
 * @param instance the instance
 * @param algorithm the algorithm configuration
 * @param budget evaluations
 * @param checkpoints ascending evaluation counts at which the front is recorded
 */
public record RunTask(RunKey key, long seed, InstanceSpec instance, AlgorithmSpec algorithm, long budget,
                      List<Long> checkpoints) {
    public RunTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(algorithm, "algorithm");
        checkpoints = List.copyOf(checkpoints);
    }

    /** The tasks of {@code spec} in {@link Runner#keys} order. */
    static List<RunTask> of(ExperimentSpec spec) {
        return Runner.keys(spec).stream().map(k -> new RunTask(k, k.seed(spec.seed()),
                spec.instances().stream().filter(i -> i.name().equals(k.instance())).findFirst().orElseThrow(),
                spec.algorithms().stream().filter(a -> a.label().equals(k.algorithm())).findFirst().orElseThrow(),
                spec.budget(), spec.checkpoints())).toList();
    }
}
