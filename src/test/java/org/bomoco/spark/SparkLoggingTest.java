package org.bomoco.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * The console logging of {@code src/main/resources/log4j2.properties}: a Spark event is one line however many lines
 * its message and exception hold (a lost task's reason carries the executor's whole stack trace), and Spark's own
 * loggers stay at warnings.
 */
class SparkLoggingTest {
    static final Logger TASKS = LogManager.getLogger("org.apache.spark.scheduler.TaskSetManager");

    /** What {@code log} writes to the console (stderr). */
    static synchronized String console(Consumer<Logger> log) {
        PrintStream err = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setErr(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            log.accept(TASKS);
        } finally {
            System.setErr(err);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLostTaskWithItsStackTraceIsOneLine() {
        String text = console(l -> l.warn("Lost task 6.1 in stage 0.0 (TID 8): java.lang.IllegalStateException: "
                + "injected\n\tat org.bomoco.spark.RunPartition.apply(RunPartition.java:45)\n\tat java.base/Thread.run"));
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.strip().endsWith(" WARN TaskSetManager: Lost task 6.1 in stage 0.0 (TID 8): "
                + "java.lang.IllegalStateException: injected"), text);
    }

    @Test
    void anExceptionAddsItsMessageOnTheSameLineWithoutItsStackTrace() {
        String text = console(l -> l.error("Exception in task 0.0", new IllegalStateException("boom")));
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.strip().endsWith(" ERROR TaskSetManager: Exception in task 0.0 (boom)"), text);
    }

    @Test
    void sparkLogsWarningsOnly() {
        Logger dag = LogManager.getLogger("org.apache.spark.scheduler.DAGScheduler");
        assertTrue(dag.isWarnEnabled());
        assertFalse(dag.isInfoEnabled());
        assertEquals("", console(l -> l.info("Starting task 0.0")));
    }
}
