package org.bomoco.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.experiment.AlgorithmSpec;
import org.bomoco.data.AtomicFiles;
import org.bomoco.experiment.BenchmarkSpec;
import org.bomoco.experiment.ExperimentExecutor;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.experiment.ProgressReporter;
import org.bomoco.experiment.ReferenceSpec;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.experiment.Scoring;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.comparator.ChainedComparator;
import org.moeaframework.core.comparator.CrowdingComparator;
import org.moeaframework.core.comparator.ParetoDominanceComparator;
import org.moeaframework.core.initialization.RandomInitialization;
import org.moeaframework.core.operator.CompoundVariation;
import org.moeaframework.core.operator.real.PM;
import org.moeaframework.core.operator.real.SBX;
import org.moeaframework.core.population.NondominatedSortingPopulation;
import org.moeaframework.core.selection.TournamentSelection;
import org.moeaframework.problem.DTLZ.DTLZ2;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Runner overhead (issue 4): one NSGA-II run (MOEA Framework, population 100, SBX 1.0/η 30, PM 1/n/η 20) on DTLZ2
 * with 3 objectives and 20,000 evaluations, seed 7 — {@code bare}: the library alone, stepped to the budget;
 * {@code workbench}: the same run through {@code ./bomoco run}'s machinery (run store with atomic JSON, 10 checkpoints
 * of the front, then scoring: the analytic reference set, hypervolume and IGD+ at every checkpoint). The target is
 * {@code workbench / bare ≤ 1.15}.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="RunnerOverheadBench -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class RunnerOverheadBench {
    private static final long BUDGET = 20_000;
    private static final long SEED = 7;
    private static final int POPULATION = 100;

    private Path output;
    private ExperimentSpec spec;
    private InstanceLoader loader;

    @Setup(Level.Invocation)
    public void setUp() throws IOException {
        output = Files.createTempDirectory("bomoco-overhead");
        InstanceSpec dtlz2 = new InstanceSpec("dtlz2", null, null, new BenchmarkSpec("DTLZ2", 3, 0));
        spec = new ExperimentSpec("overhead", SEED, 1, output, 1, List.of(dtlz2),
                List.of(new AlgorithmSpec("nsga2", "nsga2@moea", POPULATION, Map.of())), BUDGET,
                List.of(2_000L, 4_000L, 6_000L, 8_000L, 10_000L, 12_000L, 14_000L, 16_000L, 18_000L, 20_000L),
                List.of("hypervolume", "igd+"), new ReferenceSpec("analytic", null, 1.1, "reference"), null);
        loader = new InstanceLoader(Path.of("datasets"));
    }

    @TearDown(Level.Invocation)
    public void tearDown() throws IOException {
        AtomicFiles.deleteTree(output);
    }

    @Benchmark
    public long bare() {
        PRNG.setSeed(SEED);
        DTLZ2 problem = new DTLZ2(3);
        int n = problem.getNumberOfVariables();
        Algorithm a = new NSGAII(problem, POPULATION, new NondominatedSortingPopulation(), null,
                new TournamentSelection(2, new ChainedComparator(new ParetoDominanceComparator(),
                        new CrowdingComparator())),
                new CompoundVariation(new SBX(1.0, 30), new PM(1.0 / n, 20)), new RandomInitialization(problem));
        while (a.getNumberOfEvaluations() < BUDGET) {
            a.step();
        }
        return a.getNumberOfEvaluations();
    }

    @Benchmark
    public long workbench() throws IOException {
        RunStore store = new RunStore(output);
        store.prepare(spec, false);
        new Runner(new ExperimentExecutor(loader, AlgorithmRegistry.standard()))
                .run(spec, store, ProgressReporter.silent());
        Scoring.score(output, spec, loader, 1);
        return Files.size(output.resolve("indicators.csv"));
    }
}
