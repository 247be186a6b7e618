package org.bomoco.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An experiment as read from YAML ({@code experiments/README.md} documents every key): algorithms × instances ×
 * replicates, each run with its own seed derived from {@link #seed()} and its {@link RunKey}.
 *
 * @param name experiment name (letters, digits, {@code -}, {@code _})
 * @param seed master seed
 * @param replicates runs per (instance, algorithm)
 * @param output results directory
 * @param threads worker threads, 0 = available processors
 * @param instances problem instances
 * @param algorithms algorithm configurations
 * @param budget evaluations per run
 * @param checkpoints ascending evaluation counts at which fronts are recorded (the end is always recorded)
 * @param indicators indicator ids to compute ({@code hypervolume}, {@code igd+}, {@code igd}, {@code epsilon},
 *     {@code spread})
 * @param reference reference-set and reference-point policy
 * @param control label of the control algorithm for +/−/≈ tables, or {@code null}
 */
public record ExperimentSpec(String name, long seed, int replicates, Path output, int threads,
                             List<InstanceSpec> instances, List<AlgorithmSpec> algorithms, long budget,
                             List<Long> checkpoints, List<String> indicators, ReferenceSpec reference,
                             String control) {
    public ExperimentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(output, "output");
        instances = List.copyOf(instances);
        algorithms = List.copyOf(algorithms);
        checkpoints = List.copyOf(checkpoints);
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(reference, "reference");
    }
}
