package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bomoco.data.FaultPoint;

/**
 * {@code org.bomoco.cli.Main} in a child JVM (this JVM's java and class path), paused at a {@link FaultPoint} so that
 * a test can kill it there with {@link #kill()} (SIGKILL: no shutdown hook, no finally block runs).
 */
final class ChildRun implements AutoCloseable {
    private static final long WAIT_SECONDS = 120;
    private final Process process;
    private final Path log;

    private ChildRun(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code bomoco ARGS} with {@code -Dbomoco.test.pauseAt=pauseAt}, output to {@code log}. */
    static ChildRun start(Path log, String pauseAt, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + FaultPoint.PROPERTY + "=" + pauseAt, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildRun(p, log);
    }

    /** Waits until the child prints that it paused; fails if it ends first or takes longer than two minutes. */
    ChildRun awaitPause() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            if (text.contains("bomoco: paused at ")) {
                return this;
            }
            if (!process.isAlive()) {
                fail("the child ended (exit " + process.exitValue() + ") before its pause point:\n" + text);
            }
            Thread.sleep(50);
        }
        fail("the child did not reach its pause point in " + WAIT_SECONDS + " s:\n" + Files.readString(log));
        return this;
    }

    /** kill -9, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the killed child did not end");
    }

    /** Kills the child if a failed test left it running. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
