package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.indicators.Igd;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark instances through the runner: the combined executor, per-instance budgets, analytic reference sets with
 * f1..fm columns, and IGD in raw objective space ({@code normalization: none}).
 */
class BenchmarkExperimentTest {
    /** IGD of a front against itself: the nearest point is the point. */
    private static final double EXACT = 1e-15;

    @TempDir
    Path tmp;

    private static ExperimentSpec mixed(Path out) {
        List<InstanceSpec> instances = List.of(new InstanceSpec("demo", Experiments.DEMO, null, null),
                new InstanceSpec("dtlz2", null, null, new BenchmarkSpec("DTLZ2", 3, 0), 920));
        return new ExperimentSpec("mixed", 5, 1, out, 2, instances,
                List.of(new AlgorithmSpec("nsga3", "nsga3@moea", 0, Map.of()),
                        new AlgorithmSpec("nsga3-jm", "nsga3@jmetal", 0, Map.of())),
                400, List.of(200L, 400L), List.of("igd", "hypervolume"),
                new ReferenceSpec("union", null, 1.1, "reference"), null);
    }

    @Test
    void aMixedExperimentRunsPlacementAndBenchmarkInstances() throws IOException {
        ExperimentSpec spec = mixed(tmp);
        RunStore store = new RunStore(tmp);
        store.prepare(spec, false);
        new Runner(new ExperimentExecutor(new InstanceLoader(Experiments.CATALOGUE), AlgorithmRegistry.standard()))
                .run(spec, store, ProgressReporter.silent());
        RunRecord bench = store.load(new RunKey("dtlz2", "nsga3-jm", 0));
        // the instance's own budget, 920 = 10 generations of 92, replaces the experiment's 400; the experiment's
        // checkpoints 200 and 400 scale by 920/400 to 460 and 920
        assertEquals(920, bench.evaluations());
        assertEquals(List.of(460L, 920L), bench.trace().stream().map(TracePoint::evaluations).toList(),
                "460 = 5·92 and 920 = 10·92 both end a generation");
        assertTrue(bench.decisions().isEmpty());
        assertEquals(bench.objectives().size(), bench.feasible().size());
        assertEquals(3, bench.objectives().get(0).length);
        RunRecord placement = store.load(new RunKey("demo", "nsga3", 0));
        assertTrue(placement.evaluations() < 920, "the placement instance keeps the experiment's budget");
        Scoring.score(tmp, spec, new InstanceLoader(Experiments.CATALOGUE), 2);
        assertEquals("f1,f2,f3", Files.readAllLines(ReferenceSets.csv(tmp, "dtlz2")).get(0));
    }

    /** {@code reference.file} naming a directory reads {@code <dir>/<instance>.csv} (as experiments/README.md says). */
    @Test
    void aReferenceDirectoryHoldsOneCsvPerInstance() throws IOException {
        InstanceSpec dtlz1 = new InstanceSpec("dtlz1", null, null, new BenchmarkSpec("DTLZ1", 3, 0));
        Path dir = java.nio.file.Files.createDirectories(tmp.resolve("refs"));
        java.nio.file.Files.writeString(dir.resolve("dtlz1.csv"), "f1,f2,f3\n0.5,0,0\n0,0.5,0\n0,0,0.5\n");
        ReferenceSet ref = ReferenceSets.build(new ReferenceSpec("file", dir, 1.1, "none", 0), dtlz1, List.of(),
                tmp, null);
        assertEquals(3, ref.points().size());
        assertEquals(0.5, ref.points().stream().mapToDouble(p -> p[0] + p[1] + p[2]).max().orElseThrow(), 0.0);
    }

    @Test
    void analyticReferenceSetsAreTheTargetedPointsAndIgdIsRawWithoutNormalization() throws IOException {
        InstanceSpec dtlz1 = new InstanceSpec("dtlz1", null, null, new BenchmarkSpec("DTLZ1", 3, 0));
        ReferenceSet ref = ReferenceSets.build(new ReferenceSpec("analytic", null, 1.1, "none", 0), dtlz1,
                List.of(), tmp, null);
        // Das–Dennis H = 12 at m = 3: C(14, 2) = 91 points, each on Σ f = 0.5
        assertEquals(91, ref.points().size());
        ref.points().forEach(p -> assertEquals(0.5, p[0] + p[1] + p[2], 1e-12));
        assertEquals(List.of("f1", "f2", "f3"), ref.columns());
        double[][] raw = ref.points().toArray(double[][]::new);
        double[][] normalized = ref.normalizedPoints();
        assertEquals(raw[5][1], normalized[5][1], 0.0, "normalization none leaves raw values");
        // a front at twice the targeted points is 0.5·‖w‖ away at each point (no nearer point): IGD in raw units
        double[][] doubled = new double[raw.length][];
        double expected = 0;
        for (int i = 0; i < raw.length; i++) {
            doubled[i] = new double[] {2 * raw[i][0], 2 * raw[i][1], 2 * raw[i][2]};
        }
        assertEquals(0, Scoring.value("igd", normalized, normalized, ref.referencePoint()), EXACT);
        double igd = Scoring.value("igd", doubled, normalized, ref.referencePoint());
        assertEquals(Igd.compute(doubled, raw), igd, 0.0);
        assertNotEquals(0, igd);

        ReferenceSet five = ReferenceSets.build(new ReferenceSpec("analytic", null, 1.1, "none", 0),
                new InstanceSpec("d2", null, null, new BenchmarkSpec("DTLZ2", 5, 0)), List.of(), tmp, null);
        assertEquals(210, five.points().size(), "H = 6 at m = 5: C(10, 4) = 210");
        five.points().forEach(p -> assertEquals(1, java.util.Arrays.stream(p).map(v -> v * v).sum(), 1e-12));
    }

    @Test
    void analyticZdtFrontsAndRefusals() {
        List<double[]> zdt1 = AnalyticFronts.points(BenchmarkProblem.of("ZDT1", 2, 0), 0);
        assertEquals(1000, zdt1.size());
        assertEquals(0.5, zdt1.get(0)[0] + zdt1.get(999)[1] + 0.5, 1e-12, "(0, 1) … (1, 0)");
        List<double[]> zdt3 = AnalyticFronts.points(BenchmarkProblem.of("ZDT3", 2, 0), 0);
        assertTrue(zdt3.size() < 1000 && zdt3.size() > 100, "ZDT3 keeps its non-dominated samples: " + zdt3.size());
        assertEquals(ReferenceSets.nonDominated(zdt3).size(), zdt3.size());
        List<double[]> zdt6 = AnalyticFronts.points(BenchmarkProblem.of("ZDT6", 2, 0), 9);
        assertEquals(AnalyticFronts.ZDT6_MIN_F1, zdt6.get(0)[0], 0.0);
        assertEquals(1 - AnalyticFronts.ZDT6_MIN_F1 * AnalyticFronts.ZDT6_MIN_F1, zdt6.get(0)[1], 1e-15);
        InputException e = assertThrows(InputException.class,
                () -> AnalyticFronts.points(BenchmarkProblem.of("WFG4", 3, 0), 0));
        assertTrue(e.getMessage().contains("union"), e.getMessage());
    }

    @Test
    void baselinesAreRefusedForBenchmarksBeforeAnyRun() {
        ExperimentSpec spec = new ExperimentSpec("b", 1, 1, tmp, 1,
                List.of(new InstanceSpec("z", null, null, new BenchmarkSpec("ZDT1", 2, 0))),
                List.of(new AlgorithmSpec("random", "random", 0, Map.of())), 1000, List.of(), List.of("igd"),
                new ReferenceSpec("analytic", null, 1.1, "none"), null);
        InputException e = assertThrows(InputException.class, () -> new ExperimentExecutor(
                new InstanceLoader(Experiments.CATALOGUE), AlgorithmRegistry.standard()).check(spec));
        assertTrue(e.getMessage().contains("placement problems only"), e.getMessage());
    }

    /**
     * In an experiment that mixes both kinds of instance, each run gets the parameters of its kind: the placement
     * run {@code crossoverRate}, the benchmark run {@code sbxIndex} (each would refuse the other's key).
     */
    @Test
    void aMixedExperimentGivesEachRunTheParametersOfItsKind() throws IOException {
        List<InstanceSpec> instances = List.of(new InstanceSpec("demo", Experiments.DEMO, null, null),
                new InstanceSpec("zdt1", null, null, new BenchmarkSpec("ZDT1", 2, 0)));
        ExperimentSpec spec = new ExperimentSpec("keys", 5, 1, tmp, 1, instances,
                List.of(new AlgorithmSpec("nsga2", "nsga2@moea", 20, Map.of("crossoverRate", 0.5, "sbxIndex", 15))),
                40, List.of(40L), List.of("hypervolume"), new ReferenceSpec("union", null, 1.1, "reference"), null);
        RunStore store = new RunStore(tmp);
        store.prepare(spec, false);
        new Runner(new ExperimentExecutor(new InstanceLoader(Experiments.CATALOGUE), AlgorithmRegistry.standard()))
                .run(spec, store, ProgressReporter.silent());
        // two generations of 20 each
        assertEquals(40, store.load(new RunKey("demo", "nsga2", 0)).evaluations());
        assertEquals(40, store.load(new RunKey("zdt1", "nsga2", 0)).evaluations());
    }
}
