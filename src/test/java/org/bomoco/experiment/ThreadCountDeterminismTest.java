package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.bomoco.indicators.Indicator;

/**
 * Runs of the library algorithms hold no lock (each draws from its thread's own stream of the library's global
 * generator), so an experiment's records must not depend on the number of worker threads, nor a run's record on
 * the runs beside it. Every MOEA Framework and jMetal algorithm, tiny budgets; wall times are left out of the
 * comparison ({@link Experiments#content}).
 */
class ThreadCountDeterminismTest {
    @TempDir
    Path tmp;

    /** Every library algorithm of the registry, with settings small enough for a fast test. */
    static List<AlgorithmSpec> libraryAlgorithms() {
        Map<String, Object> lattice = Map.of("divisions", 3);
        return List.of(
                new AlgorithmSpec("nsga2-moea", "nsga2@moea", 12, Map.of()),
                new AlgorithmSpec("nsga3-moea", "nsga3@moea", 0, Map.of("divisions", 3)),
                new AlgorithmSpec("moead-moea", "moead@moea", 0, lattice),
                new AlgorithmSpec("smsemoa", "smsemoa@moea", 12, Map.of("samples", 16)),
                new AlgorithmSpec("spea2", "spea2@moea", 12, Map.of()),
                new AlgorithmSpec("epsmoea", "epsmoea@moea", 12, Map.of()),
                new AlgorithmSpec("ibea", "ibea@moea", 12, Map.of()),
                new AlgorithmSpec("weighted-sum", "weighted-sum@moea", 12, Map.of("divisions", 1)),
                new AlgorithmSpec("nsga2-jmetal", "nsga2@jmetal", 12, Map.of()),
                new AlgorithmSpec("nsga3-jmetal", "nsga3@jmetal", 0, lattice),
                new AlgorithmSpec("moead-jmetal", "moead@jmetal", 0, lattice));
    }

    static ExperimentSpec spec(Path output, int threads, List<AlgorithmSpec> algorithms) {
        InstanceSpec instance = new InstanceSpec("g", null,
                new GenerateSpec(10, 3, List.of(), List.of(), InstanceLoader.DEFAULT_START), null);
        return new ExperimentSpec("threads-test", 7, 2, output, threads, List.of(instance), algorithms, 150,
                List.of(60L), Indicator.ids(), new ReferenceSpec("union", null, 1.1, "reference"), null);
    }

    private static Map<RunKey, String> run(ExperimentSpec spec) throws IOException {
        RunStore store = new RunStore(spec.output());
        store.prepare(spec, false);
        new Runner(new Experiments.Counting()).run(spec, store, ProgressReporter.silent());
        Map<RunKey, String> out = new LinkedHashMap<>();
        for (RunRecord r : store.load(Runner.keys(spec))) {
            out.put(r.key(), Experiments.content(r));
        }
        return out;
    }

    @Test
    void recordsAreIdenticalAtOneTwoThreeAndEightThreads() throws IOException {
        List<AlgorithmSpec> algorithms = libraryAlgorithms();
        Map<RunKey, String> one = run(spec(tmp.resolve("t1"), 1, algorithms));
        assertEquals(2 * algorithms.size(), one.size());
        for (int threads : new int[] {2, 3, 8}) {
            assertEquals(one, run(spec(tmp.resolve("t" + threads), threads, algorithms)), threads + " threads");
        }
        // the comparison has teeth: replicates (other seeds) of each algorithm differ
        List<String> records = new ArrayList<>(one.values());
        for (int i = 0; i < records.size(); i += 2) {
            assertNotEquals(records.get(i), records.get(i + 1), "replicates of " + algorithms.get(i / 2).id());
        }
    }

    @Test
    void aRunAloneGivesTheRecordItGivesBesideEveryOtherAlgorithm() throws IOException {
        List<AlgorithmSpec> algorithms = libraryAlgorithms();
        Map<RunKey, String> together = run(spec(tmp.resolve("all"), 8, algorithms));
        for (AlgorithmSpec a : List.of(algorithms.get(0), algorithms.get(8), algorithms.get(10))) {
            Map<RunKey, String> alone = run(spec(tmp.resolve(a.label()), 1, List.of(a)));
            alone.forEach((key, record) -> assertEquals(together.get(key), record, key + " alone"));
        }
    }
}
