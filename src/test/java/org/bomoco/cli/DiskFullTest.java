package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.bomoco.data.AtomicFiles;
import org.bomoco.experiment.RunStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "Faults": the disk fills up while {@code bomoco run} stores its records. Expected: exit 1 with one line
 * naming the file that could not be written and "no space left on device", every stored record complete (no
 * half-written record, no temp file), and after space is freed the rerun gives results byte-identical to an
 * uninterrupted run. The full disk is a 4 MiB tmpfs filled up to a few pages; this needs root and a working
 * {@code mount}, otherwise the test is skipped with a message saying so.
 */
class DiskFullTest {
    /** Free space left on the tmpfs for the run: 8 pages, less than the six run records need (about 35 kB). */
    private static final long LEFT_FREE = 8 * 4096;

    @Test
    void aFullDiskIsOneLineNoHalfRecordAndTheRerunMatches(@TempDir Path tmp) throws Exception {
        CliRun base = CliRun.run("run", CrashResumeTest.config(tmp, 3).toString());
        assertEquals(0, base.code(), base.err());
        TreeMap<String, byte[]> baseline = CrashResumeTest.results(tmp.resolve("out"));

        Path disk = Files.createDirectory(tmp.resolve("disk"));
        mountSmallTmpfs(disk);
        try {
            Path filler = disk.resolve("filler");
            Files.write(filler, new byte[(int) (Files.getFileStore(disk).getUsableSpace() - LEFT_FREE)]);
            Path yaml = CrashResumeTest.config(disk, 3);
            CliRun full = CliRun.run("run", yaml.toString());
            assertEquals(1, full.code(), full.out() + full.err());
            assertEquals(1, full.err().strip().lines().count(), full.err());
            assertTrue(full.err().contains("could not write " + disk.resolve("out"))
                    && full.err().contains("no space left on device"), full.err());
            Path runs = disk.resolve("out/runs");
            List<Path> stored = files(runs, ".json");
            assertTrue(stored.size() > 0 && stored.size() < 6,
                    "the disk filled mid-run: " + stored.size() + " of 6 stored");
            for (Path p : stored) {
                RunStore.decode(Files.readAllBytes(p)); // throws on a truncated record
            }
            assertEquals(List.of(), files(disk.resolve("out"), AtomicFiles.TEMP_SUFFIX), "no temp file left");

            Files.delete(filler);
            CliRun rerun = CliRun.run("run", yaml.toString());
            assertEquals(0, rerun.code(), rerun.err());
            TreeMap<String, byte[]> got = CrashResumeTest.results(disk.resolve("out"));
            assertEquals(baseline.keySet(), got.keySet());
            baseline.forEach((name, bytes) -> assertArrayEquals(bytes, got.get(name), name + " differs"));
        } finally {
            exec("umount", disk.toString());
        }
    }

    private static void mountSmallTmpfs(Path dir) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        String why = root ? exec("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", dir.toString()) : "not root";
        if (why != null) {
            System.err.println("DiskFullTest SKIPPED: cannot mount a small tmpfs (" + why + "); run the tests as "
                    + "root on a machine where 'mount -t tmpfs' works to check the full-disk behaviour");
        }
        Assumptions.assumeTrue(why == null, "SKIPPED LOUDLY: the full-disk test needs root and 'mount -t tmpfs' ("
                + why + ")");
    }

    /** Runs a command; {@code null} when it succeeded, else its output. */
    private static String exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + text;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
