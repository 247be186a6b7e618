package org.bomoco.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.RunExecutor;
import org.bomoco.experiment.RunTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What cuts the fixed cost of a local Spark run: no web UI unless asked for, Spark started on a background thread
 * (stopped also when the driver fails before using it), the campaign's executor prepared on the driver.
 */
class SparkJobsTest {
    /** Instances the counting executor was asked to prepare, in order. */
    static final Queue<String> PREPARED = new ConcurrentLinkedQueue<>();

    @TempDir
    Path dir;

    @Test
    void aLocalMasterStartsNoWebUiUnlessThePropertyAsksForIt() {
        assertEquals("false", SparkJobs.conf("local[2]", "t", Map.of()).get("spark.ui.enabled"));
        String before = System.setProperty("spark.ui.enabled", "true");
        try {
            assertEquals("true", SparkJobs.conf("local[2]", "t", Map.of()).get("spark.ui.enabled"));
        } finally {
            if (before == null) {
                System.clearProperty("spark.ui.enabled");
            } else {
                System.setProperty("spark.ui.enabled", before);
            }
        }
        assertFalse(SparkJobs.conf("spark://127.0.0.1:7077", "t", Map.of()).contains("spark.ui.enabled"),
                "a cluster keeps Spark's default (the UI on)");
    }

    @Test
    void aContextStartedInTheBackgroundIsStoppedOnCloseEvenWhenNotTaken() throws IOException {
        JavaSparkContext jsc;
        try (SparkJobs.Starting s = SparkJobs.startInBackground(SparkJobs.conf("local[1]", "t", Map.of()))) {
            jsc = s.get();
            assertEquals(3, jsc.parallelize(List.of(1, 2, 3)).count());
        }
        assertTrue(jsc.sc().isStopped());
        SparkJobs.Starting untaken = SparkJobs.startInBackground(SparkJobs.conf("local[1]", "t", Map.of()));
        untaken.close();
        assertTrue(untaken.get().sc().isStopped());
    }

    @Test
    void aFailedBackgroundStartIsTheOneLineFailureOfAForegroundStart() {
        SparkConf conf = SparkJobs.conf("spark://127.0.0.1:1", "t", Map.of());
        SparkFailure foreground = assertThrows(SparkFailure.class, () -> SparkJobs.start(conf));
        SparkJobs.Starting s = SparkJobs.startInBackground(conf);
        SparkFailure background = assertThrows(SparkFailure.class, s::get);
        assertEquals(foreground.getMessage(), background.getMessage());
        s.close();
    }

    @Test
    void environmentJsonNamesTheEngineTheMasterAndTheTaskSlots() {
        assertEquals(1, SparkMasters.localSlots("local"));
        assertEquals(3, SparkMasters.localSlots("local[3]"));
        assertEquals(2, SparkMasters.localSlots("local[2,4]"));
        assertEquals(Runtime.getRuntime().availableProcessors(), SparkMasters.localSlots("local[*]"));
        assertEquals(0, SparkMasters.localSlots("spark://h:7077"));
        assertEquals(0, SparkMasters.localSlots("yarn"));
        SparkEngine e = new SparkEngine("local[3]", "t", SparkEngineTest.CATALOGUE, ExecutorFactory.STANDARD, Map.of());
        assertEquals(new EngineSpec(EngineSpec.SPARK, "local[3]"), e.where());
        assertEquals(3, e.parallelism());
        assertEquals(0, new SparkEngine("yarn", "t", SparkEngineTest.CATALOGUE, ExecutorFactory.STANDARD, Map.of())
                .parallelism());
    }

    @Test
    void theDriverPreparesEachInstanceOnceInTheExecutorTheTasksWillUse() throws IOException {
        ExperimentSpec spec = SparkEngineTest.specIn(dir, dir.resolve("out"));
        List<RunTask> pending = RunTask.of(spec);
        List<ShippedTask> tasks = pending.stream().map(ShippedTask::of).toList();
        Shipment shipment = Shipment.of(pending, SparkEngineTest.CATALOGUE);
        String campaign = UUID.randomUUID().toString();
        PREPARED.clear();
        ExecutorFactory counting = catalogue -> {
            RunExecutor inner = ExecutorFactory.STANDARD.create(catalogue);
            return new RunExecutor() {
                @Override
                public void prepare(RunTask task) {
                    PREPARED.add(task.instance().name());
                    assertTrue(task.instance().path() == null || Files.isDirectory(task.instance().path()));
                    inner.prepare(task);
                }

                @Override
                public org.bomoco.experiment.RunRecord execute(RunTask task) {
                    return inner.execute(task);
                }
            };
        };
        try {
            RunPartition.prepare(campaign, shipment, counting, tasks);
            assertEquals(List.of("demo", "gen12"), List.copyOf(PREPARED));
            RunPartition.prepare(campaign, shipment, c -> {
                throw new AssertionError("the campaign's executor is built once per JVM");
            }, tasks);
            assertEquals(4, PREPARED.size(), "prepared again on the same executor");
        } finally {
            RunPartition.forget(campaign);
        }
    }
}
