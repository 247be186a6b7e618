package org.bomoco.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One problem instance of an experiment: exactly one of {@code path} (an instance directory), {@code generate} (the
 * instance generator's parameters) or {@code benchmark} (a standard test problem) is set.
 *
 * @param name unique id within the experiment (used in file names)
 * @param evaluations this instance's evaluation budget per run, or 0 for the experiment's {@code budget}
 * @param modifiers {@code scope}, {@code egress_price}, {@code max_migrations} (placement instances only)
 */
public record InstanceSpec(String name, Path path, GenerateSpec generate, BenchmarkSpec benchmark, long evaluations,
                           InstanceModifiers modifiers) {
    public InstanceSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modifiers, "modifiers");
        if (benchmark != null && !modifiers.none()) {
            throw new IllegalArgumentException("scope, egress_price and max_migrations apply to placement instances");
        }
        if (evaluations < 0) {
            throw new IllegalArgumentException("evaluations must be 0 (the experiment's budget) or positive");
        }
        int set = (path != null ? 1 : 0) + (generate != null ? 1 : 0) + (benchmark != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of path, generate, benchmark");
        }
    }

    /** An instance without modifiers. */
    public InstanceSpec(String name, Path path, GenerateSpec generate, BenchmarkSpec benchmark, long evaluations) {
        this(name, path, generate, benchmark, evaluations, InstanceModifiers.NONE);
    }

    /** An instance that uses the experiment's budget. */
    public InstanceSpec(String name, Path path, GenerateSpec generate, BenchmarkSpec benchmark) {
        this(name, path, generate, benchmark, 0);
    }

    /** The evaluations per run on this instance: its own {@link #evaluations()}, else {@code experimentBudget}. */
    public long budget(long experimentBudget) {
        return evaluations > 0 ? evaluations : experimentBudget;
    }

    /**
     * The checkpoints of this instance: the experiment's, scaled by {@code budget(b)/b} (rounded up, repeats
     * dropped), so that an instance with its own budget is traced at the same fractions of its run.
     */
    public List<Long> checkpoints(long experimentBudget, List<Long> experimentCheckpoints) {
        long own = budget(experimentBudget);
        if (own == experimentBudget) {
            return experimentCheckpoints;
        }
        java.util.Set<Long> out = new java.util.LinkedHashSet<>();
        for (long c : experimentCheckpoints) {
            out.add(Math.max(1, (long) Math.ceil((double) c * own / experimentBudget)));
        }
        return List.copyOf(out);
    }

    /** Whether this is a placement instance (path or generate) rather than a benchmark problem. */
    public boolean placement() {
        return benchmark == null;
    }
}
