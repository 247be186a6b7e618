package org.bomoco.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.data.AtomicFiles;
import org.bomoco.experiment.AlgorithmSpec;
import org.bomoco.experiment.ExperimentExecutor;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.GenerateSpec;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.experiment.ProgressReporter;
import org.bomoco.experiment.ReferenceSpec;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10's speed-up figures, through the runner as {@code ./bomoco run} uses it (run store included, no scoring):
 * {@code experiment}: 8 × {@code nsga2@moea} runs (population 100, {@value #EXPERIMENT_BUDGET} evaluations) on a
 * generated 1,000-workload instance at {@code threads} = 1 and 2 (target: 2 threads ≥ 1.8× faster on 2 cores);
 * {@code oneRun}: one {@code nsga2@moea} run ({@value #RUN_BUDGET} evaluations) on a generated 5,000-workload instance
 * at {@code parallel_evaluation} = 1 and 2 (target ≥ 1.5×); {@code oneSolve}: its solve alone; {@code evaluations}:
 * its evaluations alone, the ceiling of its speed-up. Speed-up = time at 1 / time at 2.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="ScalingBench -f 1 -wi 1 -i 3"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ScalingBench {
    static final long EXPERIMENT_BUDGET = 20_000;
    static final long RUN_BUDGET = 20_000;
    static final int GENERATION = 100;
    static final int GENERATIONS = 20;
    static final Instant START = Instant.parse("2023-06-01T00:00:00Z");

    @Param({"1", "2"})
    public int threads;

    private Path output;
    private InstanceLoader loader;

    @Setup(Level.Invocation)
    public void setUp() throws IOException {
        output = Files.createTempDirectory("bomoco-scaling");
        loader = new InstanceLoader(Path.of("datasets"));
    }

    @TearDown(Level.Invocation)
    public void tearDown() throws IOException {
        AtomicFiles.deleteTree(output);
    }

    static ExperimentSpec spec(Path output, int workloads, int replicates, int threads, long budget,
                               Map<String, Object> parameters) {
        InstanceSpec gen = new InstanceSpec("gen", null, new GenerateSpec(workloads, 3, List.of("aws", "azure", "gcp"),
                List.of(), START), null);
        return new ExperimentSpec("scaling", 7, replicates, output, threads, List.of(gen),
                List.of(new AlgorithmSpec("nsga2", "nsga2@moea", 100, parameters)), budget, List.of(budget),
                List.of("hypervolume"), new ReferenceSpec("union", null, 1.1, "reference"), null);
    }

    private int run(ExperimentSpec spec) throws IOException {
        RunStore store = new RunStore(output);
        store.prepare(spec, false);
        return new Runner(new ExperimentExecutor(loader, AlgorithmRegistry.standard()))
                .run(spec, store, ProgressReporter.silent());
    }

    /** 8 runs on 1,000 workloads on {@code threads} runner threads. */
    @Benchmark
    public int experiment() throws IOException {
        return run(spec(output, 1_000, 8, threads, EXPERIMENT_BUDGET, Map.of()));
    }

    /**
     * The 5,000-workload instance, generated and compiled once per trial (outside the measured solve), and one
     * generation of 100 decisions: the current state with about 1 gene in 100 redrawn (seeded).
     */
    @State(Scope.Benchmark)
    public static class Compiled {
        PlacementProblem problem;
        List<int[]> generation;

        @Setup(Level.Trial)
        public void compile() {
            problem = new InstanceLoader(Path.of("datasets")).problem(spec(Path.of("unused"), 5_000, 1, 1, RUN_BUDGET,
                    Map.of()).instances().get(0));
            SplittableRandom rng = new SplittableRandom(7);
            generation = new ArrayList<>();
            for (int k = 0; k < GENERATION; k++) {
                int[] x = problem.currentDecision().clone();
                for (int j = 0; j < x.length; j++) {
                    if (rng.nextInt(100) == 0) {
                        x[j] = problem.lowerBound(j) + rng.nextInt(problem.upperBound(j) - problem.lowerBound(j) + 1);
                    }
                }
                generation.add(x);
            }
        }
    }

    /**
     * The ceiling of {@link #oneSolve}'s speed-up: {@value #GENERATIONS} generations of {@value #GENERATION}
     * evaluations alone, each generation in one {@link ParallelEvaluation#forEach} on {@code threads} threads (one
     * evaluator per thread), nothing serial in between. Well below 2× at 2 threads would mean that the evaluations
     * themselves slow each other down (shared cache or memory bandwidth), not the algorithm's serial part.
     */
    @Benchmark
    public double evaluations(Compiled c) {
        ThreadLocal<Evaluator> evaluators = ThreadLocal.withInitial(c.problem::newEvaluator);
        double[] cost = new double[GENERATION];
        try (ParallelEvaluation p = ParallelEvaluation.of(threads)) {
            List<Integer> members = IntStream.range(0, GENERATION).boxed().toList();
            for (int g = 0; g < GENERATIONS; g++) {
                p.forEach(members, k -> {
                    double[] objectives = new double[Objective.values().length];
                    evaluators.get().evaluate(c.generation.get(k), objectives, new double[Constraint.values().length]);
                    cost[k] += objectives[0];
                });
            }
        }
        return Arrays.stream(cost).sum();
    }

    /**
     * The solve alone of {@link #oneRun} (the instance compiled beforehand), with {@code parallel_evaluation =
     * threads}: the part that parallel evaluation can speed up.
     */
    @Benchmark
    public int oneSolve(Compiled c) {
        SolveSpec spec = new SolveSpec("nsga2@moea", RUN_BUDGET, 7, 100, Map.of("parallel_evaluation", threads),
                List.of());
        return AlgorithmRegistry.standard().get("nsga2@moea").solve(c.problem, spec, p -> { }).front().size();
    }

    /** One run on 5,000 workloads with {@code parallel_evaluation = threads}. */
    @Benchmark
    public int oneRun() throws IOException {
        return run(spec(output, 5_000, 1, 1, RUN_BUDGET, Map.of("parallel_evaluation", threads)));
    }
}
