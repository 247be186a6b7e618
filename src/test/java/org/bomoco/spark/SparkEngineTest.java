package org.bomoco.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.spark.TaskContext;
import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.experiment.ExperimentExecutor;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.ProgressReporter;
import org.bomoco.experiment.RunEngine;
import org.bomoco.experiment.RunExecutor;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.experiment.Scoring;
import org.bomoco.experiment.SpecReader;
import org.bomoco.experiment.TracePoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine in local mode against the local engine on a tiny experiment (the bundled 8-workload demo
 * instance, shipped as files, and a generated 12-workload instance, shipped as the catalogue; 8 runs of 200
 * evaluations): equal records (every byte but wall times), byte-identical indicators.csv, a retried task stored once,
 * and a failed campaign resumed.
 */
class SparkEngineTest {
    static final Path CATALOGUE = Path.of("datasets");
    static final Map<String, String> QUIET = Map.of("spark.ui.enabled", "false");
    static final String FLAKY = "gen12/nsga2/r1";

    @TempDir
    static Path dir;
    static ExperimentSpec localSpec;
    static List<RunKey> keys;

    static ExperimentSpec spec(Path output) throws IOException {
        return specIn(dir, output);
    }

    /** The tiny experiment (2 instances, 2 algorithms, 2 replicates), its YAML written in {@code folder}. */
    static ExperimentSpec specIn(Path folder, Path output) throws IOException {
        Path yaml = Files.createTempFile(folder, "tiny", ".yaml");
        Files.writeString(yaml, String.join("\n", "name: tiny", "seed: 7", "replicates: 2", "output: " + output,
                "instances:", "  - {name: demo, path: datasets/instances/demo}",
                "  - {name: gen12, generate: {workloads: 12, seed: 3}}",
                "algorithms:", "  - {label: nsga2, id: nsga2@moea, population: 20}", "  - {id: random}",
                "budget: {evaluations: 200}", "checkpoints: [100]", ""));
        return SpecReader.read(yaml);
    }

    @BeforeAll
    static void runLocally() throws IOException {
        localSpec = spec(dir.resolve("local"));
        run(localSpec, null);
        keys = Runner.keys(localSpec);
    }

    static int run(ExperimentSpec spec, RunEngine engine) throws IOException {
        RunStore store = new RunStore(spec.output());
        store.prepare(spec, false);
        InstanceLoader loader = new InstanceLoader(CATALOGUE);
        int ran = new Runner(new ExperimentExecutor(loader, AlgorithmRegistry.standard()), engine)
                .run(spec, store, ProgressReporter.silent());
        return ran;
    }

    static SparkEngine spark(String master, ExecutorFactory factory) {
        return new SparkEngine(master, "bomoco-test", CATALOGUE, factory, QUIET);
    }

    /** The stored bytes of a record with its wall times zeroed. */
    static byte[] timeless(RunRecord r) throws IOException {
        List<TracePoint> trace = r.trace().stream().map(t -> new TracePoint(t.evaluations(), 0, t.front())).toList();
        return RunStore.encode(new RunRecord(r.key(), r.seed(), r.algorithmId(), r.library(), r.evaluations(), 0,
                trace, r.objectives(), r.feasible(), r.decisions()));
    }

    static void assertSameRecords(ExperimentSpec spec) throws IOException {
        RunStore local = new RunStore(localSpec.output());
        RunStore other = new RunStore(spec.output());
        for (RunKey k : keys) {
            assertArrayEquals(timeless(local.load(k)), timeless(other.load(k)), k.path());
        }
    }

    @Test
    void localModeGivesTheLocalEnginesRecordsAndIndicators() throws IOException {
        ExperimentSpec s = spec(dir.resolve("spark"));
        assertEquals(keys.size(), run(s, spark("local[2]", ExecutorFactory.STANDARD)));
        assertSameRecords(s);
        InstanceLoader loader = new InstanceLoader(CATALOGUE);
        Scoring.score(localSpec.output(), localSpec, loader, 1);
        Scoring.score(s.output(), s, new InstanceLoader(CATALOGUE), 1);
        assertArrayEquals(Files.readAllBytes(localSpec.output().resolve("indicators.csv")),
                Files.readAllBytes(s.output().resolve("indicators.csv")));
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndStoredOnce() throws IOException {
        ExperimentSpec s = spec(dir.resolve("retry"));
        Map<RunKey, AtomicInteger> delivered = new ConcurrentHashMap<>();
        RunStore store = new RunStore(s.output());
        store.prepare(s, false);
        spark("local[2,3]", new Flaky(FLAKY, 1)).execute(org.bomoco.experiment.RunTask.of(s), r -> {
            delivered.computeIfAbsent(r.key(), k -> new AtomicInteger()).incrementAndGet();
            store.save(r);
        });
        assertEquals(keys.size(), delivered.size());
        delivered.forEach((k, n) -> assertEquals(1, n.get(), k.path()));
        assertSameRecords(s);
    }

    @Test
    void aCampaignStoppedByAFailedRunResumesWithOnlyTheMissingRuns() throws IOException {
        ExperimentSpec s = spec(dir.resolve("resume"));
        SparkFailure f = assertThrows(SparkFailure.class, () -> run(s, spark("local[2,2]", new Flaky(FLAKY, 99))));
        assertTrue(f.getMessage().startsWith("run " + FLAKY + " failed on Spark: "), f.getMessage());
        assertTrue(f.getMessage().contains("injected executor failure"), f.getMessage());
        RunStore store = new RunStore(s.output());
        int stored = store.finished(keys).size();
        assertTrue(stored < keys.size(), "the failed run must not be stored");
        assertEquals(keys.size() - stored, run(s, spark("local[2]", ExecutorFactory.STANDARD)));
        assertSameRecords(s);
    }

    /** The standard executor, failing the first {@code attempts} attempts of one run (as a crashed executor would). */
    record Flaky(String path, int attempts) implements ExecutorFactory {
        @Override
        public RunExecutor create(Path catalogue) {
            RunExecutor inner = ExecutorFactory.STANDARD.create(catalogue);
            return task -> {
                if (task.key().path().equals(path) && TaskContext.get().attemptNumber() < attempts) {
                    throw new IllegalStateException("injected executor failure, attempt "
                            + TaskContext.get().attemptNumber());
                }
                return inner.execute(task);
            };
        }
    }
}
