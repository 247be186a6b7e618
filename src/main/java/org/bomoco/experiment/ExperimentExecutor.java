package org.bomoco.experiment;

import java.util.List;

import org.bomoco.algorithms.AlgorithmRegistry;

/**
 * The executor {@code bomoco run} uses: dispatches each task on its {@link InstanceSpec} — placement instances
 * ({@code path}, {@code generate}) to {@link PlacementExecutor}, benchmark problems to {@link BenchmarkExecutor} —
 * so one experiment may mix both. {@link #check} checks the placement instances with the placement executor and the
 * benchmark instances with the benchmark executor (which also requires every algorithm to support benchmarks).
 */
public final class ExperimentExecutor implements RunExecutor {
    private final PlacementExecutor placement;
    private final BenchmarkExecutor benchmark;

    public ExperimentExecutor(PlacementExecutor placement, BenchmarkExecutor benchmark) {
        this.placement = placement;
        this.benchmark = benchmark;
    }

    /** The standard pair: placement instances from {@code loader}, algorithms from {@code registry}. */
    public ExperimentExecutor(InstanceLoader loader, AlgorithmRegistry registry) {
        this(new PlacementExecutor(loader, registry), new BenchmarkExecutor(registry));
    }

    @Override
    public void check(ExperimentSpec spec) {
        List<InstanceSpec> placements = spec.instances().stream().filter(InstanceSpec::placement).toList();
        List<InstanceSpec> benchmarks = spec.instances().stream().filter(i -> !i.placement()).toList();
        if (!placements.isEmpty() || benchmarks.isEmpty()) {
            placement.check(with(spec, placements));
        }
        if (!benchmarks.isEmpty()) {
            benchmark.check(with(spec, benchmarks));
        }
    }

    @Override
    public void prepare(RunTask task) {
        if (task.instance().placement()) {
            placement.prepare(task);
        }
    }

    @Override
    public RunRecord execute(RunTask task) {
        return task.instance().placement() ? placement.execute(task) : benchmark.execute(task);
    }

    private static ExperimentSpec with(ExperimentSpec s, List<InstanceSpec> instances) {
        return new ExperimentSpec(s.name(), s.seed(), s.replicates(), s.output(), s.threads(), instances,
                s.algorithms(), s.budget(), s.checkpoints(), s.indicators(), s.reference(), s.control());
    }
}
