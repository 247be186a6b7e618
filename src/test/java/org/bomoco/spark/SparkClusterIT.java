package org.bomoco.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.RunExecutor;
import org.bomoco.study.Study;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's cluster test: a Spark standalone master and two workers, each a separate JVM on 127.0.0.1 started from
 * the Maven-provided Spark jars ({@link StandaloneCluster}), run {@link SparkEngineTest}'s 8-run experiment through
 * {@code spark://127.0.0.1:PORT}. Its records equal the local engine's (every byte but wall times), and they were
 * computed in two executor JVMs other than this one (each executor writes a marker file named by its process id).
 * On the same cluster, {@link SparkCellsTest}'s tiny attribution study (12 units) gives the local engine's cells and
 * tables.
 * Skipped, with a message on stderr, when Spark's jars are not on the class path.
 */
class SparkClusterIT {
    static final long START_TIMEOUT_MS = 90_000;

    @TempDir
    Path dir;

    @Test
    void aStandaloneClusterOfTwoWorkersGivesTheLocalEnginesRecords() throws Exception {
        if (!StandaloneCluster.sparkAvailable()) {
            System.err.println("SparkClusterIT SKIPPED: spark-core is not on the test class path "
                    + "(run it with Maven: mvn -B -o verify -Dit.test=SparkClusterIT)");
            Assumptions.abort("spark-core is not on the test class path");
        }
        SparkEngineTest.dir = Files.createDirectories(dir.resolve("specs"));
        SparkEngineTest.runLocally();
        SparkCellsTest.dir = Files.createDirectories(dir.resolve("studies"));
        SparkCellsTest.runLocally();
        Path markers = Files.createDirectories(dir.resolve("markers"));
        try (StandaloneCluster cluster = StandaloneCluster.start(Files.createTempDirectory("bomoco-cluster-it"), 2,
                START_TIMEOUT_MS)) {
            ExperimentSpec s = SparkEngineTest.spec(dir.resolve("cluster-run"));
            SparkEngine engine = new SparkEngine(cluster.masterUrl(), "bomoco-cluster-it", SparkEngineTest.CATALOGUE,
                    new Marking(markers.toString()), settings(cluster));
            assertEquals(SparkEngineTest.keys.size(), SparkEngineTest.run(s, engine));
            SparkEngineTest.assertSameRecords(s);
            Study study = SparkCellsTest.run(SparkCellsTest.ATTRIBUTION, "attribution-cluster",
                    new SparkCells(cluster.masterUrl(), "bomoco-cluster-it-study", settings(cluster)));
            SparkCellsTest.assertSameAttribution(study.output());
        }
        Set<String> pids = new HashSet<>();
        try (Stream<Path> files = Files.list(markers)) {
            files.forEach(p -> pids.add(p.getFileName().toString()));
        }
        assertEquals(2, pids.size(), "executor JVMs that ran tasks: " + pids);
        assertTrue(!pids.contains(Long.toString(ProcessHandle.current().pid())), "a run executed in the driver");
    }

    /** One executor per worker (one core each); the job starts only when both registered. */
    static Map<String, String> settings(StandaloneCluster cluster) {
        return Map.of("spark.ui.enabled", "false", "spark.executor.memory", "512m", "spark.executor.cores", "1",
                "spark.executor.extraJavaOptions", "-XX:+UseSerialGC",
                "spark.executor.extraClassPath", cluster.executorClassPath(),
                "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
                "spark.scheduler.minRegisteredResourcesRatio", "1.0",
                "spark.scheduler.maxRegisteredResourcesWaitingTime", "30s");
    }

    /** The standard executor; creating it leaves a file named by the executor JVM's process id in {@code dir}. */
    record Marking(String dir) implements ExecutorFactory {
        @Override
        public RunExecutor create(Path catalogue) {
            try {
                Files.writeString(Path.of(dir, Long.toString(ProcessHandle.current().pid())), "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return ExecutorFactory.STANDARD.create(catalogue);
        }
    }
}
