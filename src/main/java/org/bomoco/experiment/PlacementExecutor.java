package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.Progress;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.config.Target;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;

/**
 * Runs placement tasks: the instance from the {@link InstanceLoader} (compiled once per instance), the optimizer
 * from the {@link AlgorithmRegistry}, one {@link Optimizer#solve} call with the task's seed, budget, population,
 * parameters and checkpoints. The listener records a {@link TracePoint} (objective vectors of
 * {@link Progress#front()}) per checkpoint, and the last trace point is always the final front
 * ({@link SolveResult#front()} at {@link SolveResult#evaluations()}); two points at the same evaluation count keep the
 * later one. The record's final front is {@link SolveResult#front()}, with feasibility and the decision in the
 * front-file notation ({@link FrontFiles#decision}). Benchmark instances are refused: they run in
 * {@link BenchmarkExecutor} ({@link ExperimentExecutor} dispatches).
 */
public final class PlacementExecutor implements RunExecutor {
    private final InstanceLoader loader;
    private final AlgorithmRegistry registry;
    /** One solve per instance × algorithm label for seed-independent optimizers. */
    private final ConcurrentHashMap<String, CompletableFuture<RunRecord>> seedIndependent =
            new ConcurrentHashMap<>();

    public PlacementExecutor(InstanceLoader loader, AlgorithmRegistry registry) {
        this.loader = loader;
        this.registry = registry;
    }

    /** Refuses benchmark instances and unknown algorithm ids before anything runs. */
    @Override
    public void check(ExperimentSpec spec) {
        for (InstanceSpec i : spec.instances()) {
            if (!i.placement()) {
                throw InstanceLoader.unsupported(i);
            }
        }
        for (AlgorithmSpec a : spec.algorithms()) {
            try {
                registry.get(a.id());
            } catch (InputException e) {
                throw new InputException("algorithm '" + a.label() + "'", 0, "id", e.getMessage());
            }
        }
    }

    /** Compiles the task's instance (cached by the loader). */
    @Override
    public void prepare(RunTask task) {
        loader.problem(task.instance());
    }

    /**
     * Runs {@code task}. For a {@link Optimizer#seedIndependent() seed-independent} optimizer (the composite
     * baseline) the instance × algorithm is solved once per process and every replicate stores a copy of that
     * record under its own key and seed (identical numbers, as a re-run would give, without the re-run's time;
     * the stored time is the one solve's).
     */
    @Override
    public RunRecord execute(RunTask task) {
        if (!registry.get(task.algorithm().id()).seedIndependent()) {
            return solve(task);
        }
        String key = task.instance().name() + "\u0000" + task.algorithm().label();
        CompletableFuture<RunRecord> mine = new CompletableFuture<>();
        CompletableFuture<RunRecord> shared = seedIndependent.putIfAbsent(key, mine);
        if (shared == null) {
            try {
                mine.complete(solve(task));
            } catch (RuntimeException e) {
                seedIndependent.remove(key);
                mine.completeExceptionally(e);
                throw e;
            }
            shared = mine;
        }
        RunRecord r;
        try {
            r = shared.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        return new RunRecord(task.key(), task.seed(), r.algorithmId(), r.library(), r.evaluations(), r.elapsedSeconds(),
                r.trace(), r.objectives(), r.feasible(), r.decisions());
    }

    private RunRecord solve(RunTask task) {
        PlacementProblem problem = loader.problem(task.instance());
        AlgorithmSpec a = task.algorithm();
        Optimizer optimizer = registry.get(a.id());
        List<TracePoint> trace = new ArrayList<>();
        SolveSpec solveSpec = new SolveSpec(a.id(), task.budget(), task.seed(), a.population(),
                SpecAlgorithms.forTarget(optimizer, a.parameters(), Target.PLACEMENT),
                task.checkpoints());
        SolveResult r;
        try {
            r = optimizer.solve(problem, solveSpec, p -> record(trace, p));
        } catch (InputException e) {
            throw new InputException("run " + task.key().path(), 0, null, e.getMessage());
        }
        record(trace, new Progress(r.evaluations(), r.elapsed(), r.front()));
        List<double[]> objectives = new ArrayList<>();
        List<Boolean> feasible = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        for (Candidate c : r.front()) {
            objectives.add(c.objectives());
            feasible.add(c.feasible());
            decisions.add(FrontFiles.decision(problem, c.decision()));
        }
        return new RunRecord(task.key(), task.seed(), r.algorithm(), r.library(), r.evaluations(),
                seconds(r.elapsed()), trace, objectives, feasible, decisions);
    }

    /**
     * Appends the feasible part of {@code p}'s front to {@code trace} (an infeasible plan is no solution of the
     * problem), replacing a last point at the same evaluation count.
     */
    static void record(List<TracePoint> trace, Progress p) {
        TracePoint t = new TracePoint(p.evaluations(), seconds(p.elapsed()),
                p.front().stream().filter(Candidate::feasible).map(Candidate::objectives).toList());
        if (!trace.isEmpty() && trace.get(trace.size() - 1).evaluations() == t.evaluations()) {
            trace.set(trace.size() - 1, t);
        } else {
            trace.add(t);
        }
    }

    static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }
}
