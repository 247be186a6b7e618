package org.bomoco.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Fronts;
import org.bomoco.experiment.VectorFiles;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two front-sized inputs of issue 12: {@link VectorFiles#read} of a 200,000-vector 2-objective CSV (the case
 * {@code bomoco indicators} spent most of its time on), and {@link Fronts#nonDominated} (the optimizers' front rule)
 * on {@code n} feasible candidates near the unit sphere in {@code m} objectives, mostly mutually non-dominated.
 * {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="FrontInputBench -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FrontInputBench {
    private static final int VECTORS = 200_000;

    @Param({"2", "3", "5"})
    int m;

    @Param({"20000"})
    int n;

    private Path csv;
    private List<Candidate> candidates;
    private final double[] scales = {1, 1, 1, 1, 1, 1};

    private static double[] spherePoint(SplittableRandom rng, int m) {
        double[] v = new double[m];
        double norm = 0;
        for (int k = 0; k < m; k++) {
            v[k] = Math.abs(rng.nextGaussian());
            norm += v[k] * v[k];
        }
        double r = (1 + 0.05 * rng.nextDouble()) / Math.sqrt(norm);
        for (int k = 0; k < m; k++) {
            v[k] *= r;
        }
        return v;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SplittableRandom rng = new SplittableRandom(20261207L);
        StringBuilder sb = new StringBuilder("f1,f2\n");
        for (int i = 0; i < VECTORS; i++) {
            double[] v = spherePoint(rng, 2);
            sb.append(v[0]).append(',').append(v[1]).append('\n');
        }
        csv = Files.createTempFile("front-input-bench", ".csv");
        Files.writeString(csv, sb);
        candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            candidates.add(new Candidate(new int[] {i}, spherePoint(rng, m), new double[6]));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(csv);
    }

    /** Reading 200,000 vectors (the parameters do not matter: run with {@code -p m=2}). */
    @Benchmark
    public double[][] read200k() {
        return VectorFiles.read(csv);
    }

    @Benchmark
    public List<Candidate> nonDominated() {
        return Fronts.nonDominated(candidates, scales);
    }
}
