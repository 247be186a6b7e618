package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bomoco.data.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "Faults": {@code bomoco run} killed with SIGKILL at three moments (a run record half written, reference
 * sets written but not {@code indicators.csv}, summary tables written but not the rest) and run again gives
 * {@code indicators.csv}, the reference sets and every table byte-identical to an uninterrupted run; a changed
 * config is refused without {@code --force}; a second run into a directory a live run holds is refused with one line.
 * The killed runs are child JVMs paused at a {@link org.bomoco.data.FaultPoint}; the reruns run in-process.
 */
class CrashResumeTest {
    /** The uninterrupted run every interrupted one must match. */
    @TempDir
    static Path baselineDir;
    static TreeMap<String, byte[]> baseline;

    /** demo instance × {random, nsga2@moea} × 3 replicates, 200 evaluations: 6 runs, one worker thread. */
    static Path config(Path dir, int replicates) throws IOException {
        Path yaml = dir.resolve("tiny-" + replicates + ".yaml");
        Files.writeString(yaml, String.join("\n",
                "name: tiny",
                "seed: 5",
                "replicates: " + replicates,
                "output: " + dir.resolve("out"),
                "threads: 1",
                "instances:",
                "  - path: datasets/instances/demo",
                "algorithms:",
                "  - id: random",
                "  - id: nsga2@moea",
                "    population: 10",
                "budget: {evaluations: 200}",
                "checkpoints: {every: 100}",
                "control: random",
                ""));
        return yaml;
    }

    @BeforeAll
    static void uninterrupted() throws IOException {
        CliRun r = CliRun.run("run", config(baselineDir, 3).toString());
        assertEquals(0, r.code(), r.err());
        baseline = results(baselineDir.resolve("out"));
        assertTrue(baseline.containsKey("indicators.csv") && baseline.containsKey("reference/demo.csv")
                && baseline.keySet().stream().anyMatch(k -> k.startsWith("tables/")), baseline.keySet().toString());
    }

    /** indicators.csv, reference/** and tables/** of a results directory: relative path → bytes. */
    static TreeMap<String, byte[]> results(Path out) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String part : List.of("indicators.csv", "reference", "tables")) {
            if (!Files.exists(out.resolve(part))) {
                continue;
            }
            try (Stream<Path> s = Files.walk(out.resolve(part))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(out.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    static void assertSameAsBaseline(Path out) throws IOException {
        TreeMap<String, byte[]> got = results(out);
        assertEquals(baseline.keySet(), got.keySet(), "the same files");
        baseline.forEach((name, bytes) -> assertArrayEquals(bytes, got.get(name), name + " differs"));
    }

    static long count(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
        }
    }

    private static ChildRun killAt(Path tmp, String point) throws Exception {
        ChildRun child = ChildRun.start(tmp.resolve("child.log"), point, "run", config(tmp, 3).toString());
        child.awaitPause().kill();
        return child;
    }

    @Test
    void killedWhileARunRecordIsWrittenResumesToTheSameResultsAndRefusesAChangedConfig(@TempDir Path tmp)
            throws Exception {
        killAt(tmp, "record:3");
        Path out = tmp.resolve("out");
        assertEquals(2, count(out.resolve("runs"), ".json"), "two runs stored, the third was in its temp file");
        assertEquals(1, count(out.resolve("runs"), AtomicFiles.TEMP_SUFFIX), "the half-written record is a temp file");
        assertFalse(Files.exists(out.resolve("indicators.csv")));

        CliRun changed = CliRun.run("run", config(tmp, 4).toString());
        assertEquals(2, changed.code(), changed.err());
        assertTrue(changed.err().contains("--force") && changed.err().contains(out.toString()), changed.err());
        assertEquals(1, changed.err().strip().lines().count(), changed.err());
        assertEquals(2, count(out.resolve("runs"), ".json"), "the refusal kept the stored runs");

        CliRun rerun = CliRun.run("run", config(tmp, 3).toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertTrue(rerun.out().contains("resuming: 2 of 6 runs already finished"), rerun.out());
        assertEquals(0, count(out, AtomicFiles.TEMP_SUFFIX), "the temp file was cleaned up");
        assertSameAsBaseline(out);
    }

    @Test
    void killedAfterTheReferenceSetBeforeIndicatorsResumesToTheSameResults(@TempDir Path tmp) throws Exception {
        killAt(tmp, "reference");
        Path out = tmp.resolve("out");
        assertEquals(6, count(out.resolve("runs"), ".json"));
        assertTrue(Files.exists(out.resolve("reference/demo.csv")));
        assertFalse(Files.exists(out.resolve("indicators.csv")));
        CliRun rerun = CliRun.run("run", config(tmp, 3).toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertSameAsBaseline(out);
    }

    @Test
    void killedWhileWritingTablesResumesToTheSameResults(@TempDir Path tmp) throws Exception {
        killAt(tmp, "tables");
        Path out = tmp.resolve("out");
        assertTrue(Files.exists(out.resolve("indicators.csv")));
        assertFalse(Files.exists(out.resolve("report.html")), "killed before the report");
        CliRun rerun = CliRun.run("run", config(tmp, 3).toString());
        assertEquals(0, rerun.code(), rerun.err());
        assertSameAsBaseline(out);
    }

    @Test
    void aSecondRunIntoABusyDirectoryIsRefusedAndAKilledHolderBlocksNobody(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        try (ChildRun holder = ChildRun.start(tmp.resolve("child.log"), "record:1", "run",
                config(tmp, 3).toString())) {
            holder.awaitPause();
            CliRun second = CliRun.run("run", config(tmp, 3).toString());
            assertEquals(1, second.code(), second.err());
            assertEquals(1, second.err().strip().lines().count(), second.err());
            assertTrue(second.err().contains(out.toString()) && second.err().contains("another bomoco run"),
                    second.err());
            assertEquals(0, count(out.resolve("runs"), ".json"), "the refused run wrote no record");
            holder.kill();
        }
        CliRun after = CliRun.run("run", config(tmp, 3).toString());
        assertEquals(0, after.code(), after.err());
        assertSameAsBaseline(out);
    }

    @Test
    void aStudyIntoABusyDirectoryIsRefusedToo(@TempDir Path tmp) throws Exception {
        Path yaml = tmp.resolve("adaptation.yaml");
        Files.writeString(yaml, Files.readString(Path.of("experiments/adaptation-week-quick.yaml"))
                .replace("output: results/adaptation-week-quick", "output: " + tmp.resolve("study")));
        org.bomoco.data.DirectoryLock lock = org.bomoco.data.DirectoryLock.acquire(tmp.resolve("study"));
        try {
            CliRun r = CliRun.run("run", yaml.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains(tmp.resolve("study") + ": another bomoco run"), r.err());
            assertFalse(Files.exists(tmp.resolve("study/cells")), "the refused study wrote nothing");
        } finally {
            lock.close();
        }
    }
}
