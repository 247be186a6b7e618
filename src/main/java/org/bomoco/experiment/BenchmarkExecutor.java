package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.Progress;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.config.Target;
import org.bomoco.model.InputException;

/**
 * Runs benchmark tasks (DTLZ, WFG, ZDT): the {@link BenchmarkProblem} of the instance's {@link BenchmarkSpec}, one
 * {@link Optimizer#solveBenchmark} call with the task's seed, budget (the instance's own {@code evaluations} when
 * set), population, parameters and checkpoints. The trace is recorded as {@link PlacementExecutor} does; the
 * record's final front is {@link SolveResult#front()}, every point feasible, with no decisions (benchmark
 * candidates carry none). Stateless and thread-safe.
 */
public final class BenchmarkExecutor implements RunExecutor {
    private final AlgorithmRegistry registry;

    public BenchmarkExecutor(AlgorithmRegistry registry) {
        this.registry = registry;
    }

    /** The benchmark problem of a benchmark instance (usual variable count when {@code variables} is 0). */
    public static BenchmarkProblem problem(InstanceSpec instance) {
        BenchmarkSpec b = instance.benchmark();
        if (b == null) {
            throw new InputException("instance '" + instance.name() + "'", 0, "benchmark", "is a placement "
                    + "instance, not a benchmark problem");
        }
        try {
            return BenchmarkProblem.of(b.problem(), b.objectives(), b.variables());
        } catch (InputException e) {
            throw new InputException("instance '" + instance.name() + "'", 0, "benchmark." + e.field(),
                    e.getMessage().replaceFirst("^[^:]*(: field '[^']*')?: ", ""));
        }
    }

    /**
     * Refuses placement instances, invalid benchmark sizes, unknown algorithm ids and algorithms without benchmark
     * support, before anything runs.
     */
    @Override
    public void check(ExperimentSpec spec) {
        for (InstanceSpec i : spec.instances()) {
            problem(i);
        }
        for (AlgorithmSpec a : spec.algorithms()) {
            Optimizer o;
            try {
                o = registry.get(a.id());
            } catch (InputException e) {
                throw new InputException("algorithm '" + a.label() + "'", 0, "id", e.getMessage());
            }
            if (!o.supportsBenchmarks()) {
                throw new InputException("algorithm '" + a.label() + "'", 0, "id", o.id() + " solves placement "
                        + "problems only; benchmark instances need nsga2, nsga3 or moead (@moea or @jmetal), or "
                        + "smsemoa, spea2, epsmoea, ibea (@moea)");
            }
        }
    }

    @Override
    public RunRecord execute(RunTask task) {
        BenchmarkProblem problem = problem(task.instance());
        AlgorithmSpec a = task.algorithm();
        Optimizer optimizer = registry.get(a.id());
        List<TracePoint> trace = new ArrayList<>();
        SolveSpec spec = new SolveSpec(a.id(), task.budget(), task.seed(), a.population(),
                SpecAlgorithms.forTarget(optimizer, a.parameters(), Target.BENCHMARK),
                task.checkpoints());
        SolveResult r;
        try {
            r = optimizer.solveBenchmark(problem, spec, p -> PlacementExecutor.record(trace, p));
        } catch (InputException e) {
            throw new InputException("run " + task.key().path(), 0, null, e.getMessage());
        }
        PlacementExecutor.record(trace, new Progress(r.evaluations(), r.elapsed(), r.front()));
        List<double[]> objectives = r.front().stream().map(Candidate::objectives).toList();
        return new RunRecord(task.key(), task.seed(), r.algorithm(), r.library(), r.evaluations(),
                PlacementExecutor.seconds(r.elapsed()), trace, objectives,
                Collections.nCopies(objectives.size(), Boolean.TRUE), List.of());
    }
}
