package org.bomoco.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.bomoco.model.PlacementInstance;
import org.bomoco.problem.BaselineScan;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link Evaluator#evaluate} on a seeded synthetic instance ({@link SyntheticInstances}, 30
 * regions) against {@link BaselineScan}, a pass that only reads the same per-workload arrays. Run with
 * {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="PlacementEvaluationBench -f 1 -wi 3 -i 5 -prof gc"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlacementEvaluationBench {
    /** Regions of the synthetic instance. */
    public static final int REGIONS = 30;
    /** Seed of the synthetic instance and of the decision. */
    public static final long SEED = 20240601L;

    @Param({"100", "1000", "10000"})
    public int workloads;

    private PlacementProblem problem;
    private Evaluator evaluator;
    private int[] x;
    private final double[] objectives = new double[5];
    private final double[] constraints = new double[6];

    /** The synthetic instance the benchmark uses (shared with tests if useful). */
    public static PlacementInstance instance(int workloads) {
        return SyntheticInstances.create(workloads, REGIONS, SEED);
    }

    @Setup(Level.Trial)
    public void setUp() {
        problem = PlacementProblem.compile(instance(workloads));
        evaluator = problem.newEvaluator();
        x = SyntheticInstances.randomDecision(problem, new SplittableRandom(SEED));
    }

    @Benchmark
    public void evaluate(Blackhole bh) {
        evaluator.evaluate(x, objectives, constraints);
        bh.consume(objectives);
        bh.consume(constraints);
    }

    @Benchmark
    public double baseline() {
        return BaselineScan.sum(problem, x);
    }
}
