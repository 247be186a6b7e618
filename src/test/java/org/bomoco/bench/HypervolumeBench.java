package org.bomoco.bench;

import java.util.concurrent.TimeUnit;

import org.bomoco.indicators.Hypervolume;
import org.bomoco.indicators.RandomFronts;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.uma.jmetal.qualityindicator.impl.hypervolume.impl.WFGHypervolume;

/**
 * Exact 5-objective hypervolume: {@link Hypervolume#compute} against jMetal 6.6's {@code WFGHypervolume} on the same
 * seeded mutually non-dominated fronts in {@code [0,1]^5} ({@link RandomFronts}: the positive unit sphere, DTLZ2-like,
 * and the simplex, DTLZ1-like), reference point 1, where both compute the same quantity (LIBRARIES.md). jMetal keeps
 * static state, hence one thread. Both methods get a fresh copy of the front (jMetal may reorder its input). Setup
 * checks the two values agree to 1e-12 relative. Run with
 * {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="HypervolumeBench -f 1 -wi 3 -i 5"}.
 *
 * <p>Last run (2-core machine, load 2.5–2.9, ms/op, ours / jMetal / ratio): sphere n = 100: 0.41 / 1.61 / 0.25,
 * n = 200: 1.46 / 5.50 / 0.27, n = 500: 6.06 / 24.3 / 0.25; simplex n = 100: 0.44 / 1.66 / 0.26, n = 200:
 * 1.53 / 5.56 / 0.28, n = 500: 6.02 / 24.4 / 0.25. Before the HV4D+-style base case and the ordered 4-D children:
 * 0.36, 0.45 and 0.56 of jMetal for n = 100, 200 and 500.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HypervolumeBench {
    /** Objectives. */
    public static final int M = 5;
    /** Seed of the fronts. */
    public static final long SEED = 20240614L;

    @Param({"100", "200", "500"})
    public int n;

    @Param({"sphere", "simplex"})
    public String front;

    private double[][] points;
    private final double[] reference = {1, 1, 1, 1, 1};
    private WFGHypervolume jmetal;

    @Setup(Level.Trial)
    public void setUp() {
        points = "sphere".equals(front) ? RandomFronts.sphere(n, M, SEED) : RandomFronts.simplex(n, M, SEED);
        jmetal = new WFGHypervolume(reference.clone());
        double ours = bomoco();
        double theirs = jmetal();
        if (Math.abs(ours - theirs) > 1e-12 * theirs) {
            throw new IllegalStateException("hypervolumes differ: " + ours + " vs jMetal " + theirs);
        }
    }

    @Benchmark
    public double bomoco() {
        return Hypervolume.compute(copy(points), reference);
    }

    @Benchmark
    public double jmetal() {
        return jmetal.compute(copy(points));
    }

    /**
     * The large-front case of issue 12 (a 2-objective front of 200,000 vectors, as in moocore's test suite; and the
     * same in 3 objectives): {@link Hypervolume#compute} alone (jMetal's WFG does not finish), O(n log n) sweeps.
     */
    @State(Scope.Thread)
    public static class LargeFront {
        @Param({"2", "3"})
        public int m;

        /** Vectors on the positive unit sphere. */
        public static final int N = 200_000;

        double[][] points;
        double[] reference;

        @Setup(Level.Trial)
        public void setUp() {
            points = RandomFronts.sphere(N, m, SEED);
            reference = new double[m];
            java.util.Arrays.fill(reference, 1.0);
        }
    }

    /**
     * {@link LargeFront}: hypervolume of 200,000 vectors. Run alone, pinning the class parameters (which it does not
     * use): {@code -Djmh.args="HypervolumeBench.large200k -p n=100 -p front=sphere -f 1 -wi 3 -i 5"}. Last run
     * (2-core machine shared with other builds, load 2–6): m = 2: 83 ± 32 ms/op; m = 3: 383 ± 307 ms/op.
     */
    @Benchmark
    public double large200k(LargeFront s) {
        return Hypervolume.compute(s.points, s.reference);
    }

    private static double[][] copy(double[][] front) {
        double[][] c = new double[front.length][];
        for (int i = 0; i < front.length; i++) {
            c[i] = front[i].clone();
        }
        return c;
    }
}
