package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code run} → {@code report} → a changed config, end to end through the command line on the demo instance. */
class RunAndReportCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
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
        String[] r = run("run", yaml.toString());
        assertEquals("0", r[0], r[2]);
        Path out = tmp.resolve("out");
        for (String f : new String[] {"experiment.yaml", "environment.json", "indicators.csv", "report.html",
            "reference/demo.csv", "reference/demo.json", "tables/summary.md", "tables/summary.tex"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "figures are embedded");
        String indicators = Files.readString(out.resolve("indicators.csv"));
        Files.delete(out.resolve("report.html"));
        String[] rep = run("report", out.toString());
        assertEquals("0", rep[0], rep[2]);
        assertEquals(indicators, Files.readString(out.resolve("indicators.csv")), "same stored runs, same numbers");
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void aDifferentConfigIsRefusedUnlessForced(@TempDir Path tmp) throws IOException {
        assertEquals("0", run("run", config(tmp, "tiny", 1).toString())[0]);
        String[] r = run("run", config(tmp, "tiny", 2).toString());
        assertEquals("2", r[0], r[2]);
        assertTrue(r[2].contains("--force"), r[2]);
        assertFalse(r[2].strip().contains("\n"), r[2]);
        assertEquals("0", run("run", config(tmp, "tiny", 2).toString(), "--force")[0]);
    }

    @Test
    void reportOnANonResultsDirectoryIsOneClearLine(@TempDir Path tmp) {
        String[] r = run("report", tmp.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("experiment.yaml"), r[2]);
    }
}
