package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A heap that runs out is one line with the fix (exit 1), not a stack trace. */
class OutOfMemoryTest {

    @Test
    void anOutOfMemoryErrorIsFoundThroughWrappers() {
        assertTrue(Failures.outOfMemory(new ExecutionException(new RuntimeException(new OutOfMemoryError("x")))));
        assertTrue(Failures.outOfMemory(new OutOfMemoryError("Java heap space")));
        assertFalse(Failures.outOfMemory(new IllegalStateException(new IllegalArgumentException("n"))));
        assertEquals("out of memory: the Java heap of 64 MB is too small for this command; give it more with "
                + "BOMOCO_JAVA_OPTS=-Xmx<size> (for example -Xmx4g; docs/cluster.md lists the heap a run needs per "
                + "instance size)", Failures.outOfMemoryLine(64L << 20));
    }

    /** docs/cluster.md: a 5,000-workload solve needs about 128 MB of heap; with 24 MB it runs out. */
    @Test
    void aSolveInTooSmallAHeapEndsWithOneLine(@TempDir Path dir) throws Exception {
        Path instance = dir.resolve("g5000");
        assertEquals(0, Main.run("generate", "--workloads", "5000", "--seed", "3", "--out", instance.toString()));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "solve", "--instance",
                instance.toString(), "--algorithm", "nsga2@moea", "--evaluations", "2000", "--seed", "1", "--out",
                dir.resolve("front.csv").toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child did not end");
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("bomoco: out of memory: the Java heap of "), err);
        assertTrue(lines.get(0).contains("BOMOCO_JAVA_OPTS=-Xmx"), err);
    }
}
