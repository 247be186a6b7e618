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
 * @param budget evaluations (the instance's own budget, else the experiment's)
 * @param checkpoints ascending evaluation counts at which the front is recorded
 *     ({@link InstanceSpec#checkpoints})
 */
public record RunTask(RunKey key, long seed, InstanceSpec instance, AlgorithmSpec algorithm, long budget,
                      List<Long> checkpoints) {
    public RunTask {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(algorithm, "algorithm");
        checkpoints = List.copyOf(checkpoints);
    }

    /** The tasks of {@code spec} in {@link Runner#keys} order, with per-instance budgets and checkpoints. */
    public static List<RunTask> of(ExperimentSpec spec) {
        return Runner.keys(spec).stream().map(k -> {
            InstanceSpec i = spec.instances().stream().filter(s -> s.name().equals(k.instance())).findFirst()
                    .orElseThrow();
            return new RunTask(k, k.seed(spec.seed()), i,
                    spec.algorithms().stream().filter(a -> a.label().equals(k.algorithm())).findFirst().orElseThrow(),
                    i.budget(spec.budget()), i.checkpoints(spec.budget(), spec.checkpoints()));
        }).toList();
    }
}
