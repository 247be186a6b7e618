package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** {@code run} → {@code report} → a changed config, end to end through the command line on the demo instance. */
class RunAndReportCommandTest {
    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static Path config(Path dir, String name, int replicates) throws IOException {
        Path yaml = dir.resolve(name + ".yaml");
        Files.writeString(yaml, String.join("\n",
                "name: " + name,
                "seed: 3",
                "replicates: " + replicates,
                "output: " + dir.resolve("out"),
                "threads: 2",
                "instances:",
                "  - path: datasets/instances/demo",
                "algorithms:",
                "  - id: random",
                "  - id: composite",
                "  - id: nsga2@jmetal",
                "    population: 20",
                "budget: {evaluations: 400}",
                "checkpoints: {every: 200}",
                "control: composite",
                ""));
        return yaml;
    }

    @Test
    void runWritesEverythingAndReportRebuildsTheSameNumbers(@TempDir Path tmp) throws IOException {
        Path yaml = config(tmp, "tiny", 2);
        CliRun r = run("run", yaml.toString());
        assertEquals(0, r.code(), r.err());
        Path out = tmp.resolve("out");
        for (String f : new String[] {"experiment.yaml", "environment.json", "indicators.csv", "report.html",
            "reference/demo.csv", "reference/demo.json", "tables/summary.md", "tables/summary.tex"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "figures are embedded");
        String indicators = Files.readString(out.resolve("indicators.csv"));
        Files.delete(out.resolve("report.html"));
        CliRun rep = run("report", out.toString());
        assertEquals(0, rep.code(), rep.err());
        assertEquals(indicators, Files.readString(out.resolve("indicators.csv")), "same stored runs, same numbers");
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void aDifferentConfigIsRefusedUnlessForced(@TempDir Path tmp) throws IOException {
        assertEquals(0, run("run", config(tmp, "tiny", 1).toString()).code());
        CliRun r = run("run", config(tmp, "tiny", 2).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--force"), r.err());
        assertFalse(r.err().strip().contains("\n"), r.err());
        assertEquals(0, run("run", config(tmp, "tiny", 2).toString(), "--force").code());
    }

    @Test
    void reportOnANonResultsDirectoryIsOneClearLine(@TempDir Path tmp) {
        CliRun r = run("report", tmp.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("experiment.yaml"), r.err());
    }

    /** {@code --threads 0} means the available processors (over the file's {@code threads: 2}); -1 is refused. */
    @Test
    void threadsZeroMeansAvailableProcessors(@TempDir Path tmp) throws IOException {
        Path yaml = config(tmp, "tiny", 1);
        CliRun r = run("run", yaml.toString(), "--threads", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(" on " + Runtime.getRuntime().availableProcessors() + " threads"), r.out());
        CliRun bad = run("run", yaml.toString(), "--threads", "-1");
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--threads: -1 is out of range; give a whole number from 0 to 1,024"),
                bad.err());
    }
}
