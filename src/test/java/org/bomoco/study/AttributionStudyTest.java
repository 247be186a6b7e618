package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.causal.AttributionEvaluation;
import org.bomoco.causal.AttributionEvaluation.Row;
import org.bomoco.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny attribution study end to end: the files it writes, its numbers against {@link AttributionEvaluation} on the
 * documented chunk seeds, resume after a deleted cell, and independence of the thread count.
 */
class AttributionStudyTest {
    /** 10 services × 70 days, 2 cohorts from day 28; 30 histories = chunks of 25 and 5. */
    private static final String TINY = """
            name: tiny
            kind: attribution
            seed: 11
            histories: 30
            simulation: {services: 10, days: 70, first_start_day: 28, cohorts: 2}
            scenarios:
              - {effect: zero, confounded: true}
              - {effect: level, size: 0.05, confounded: false}
            power: [0, 0.05]
            rollback: {histories: 20, drops: [1, 2]}
            """;
    private static final List<String> OUTPUTS = List.of("tables/attribution.csv", "tables/attribution.md",
            "tables/power.csv", "tables/power.md", "tables/rollback.csv", "tables/rollback.md",
            "figures/attribution-bias-coverage.png", "figures/attribution-bias-coverage.svg",
            "figures/power-curve.png", "figures/power-curve.svg", "figures/rollback.png", "figures/rollback.svg",
            "report.html", "study.yaml", "environment.json", "spec.sha256");

    @TempDir
    Path tmp;

    private AttributionStudy study(String output) throws IOException {
        Path f = tmp.resolve(output + ".yaml");
        Files.writeString(f, TINY + "output: \"" + tmp.resolve(output).toString().replace("\\", "/") + "\"\n");
        return (AttributionStudy) Studies.read(f);
    }

    private static String run(AttributionStudy s, int threads) throws IOException {
        StringWriter text = new StringWriter();
        s.run(new StudyContext(new PrintWriter(text, true), java.util.OptionalInt.of(threads), false,
                Path.of("datasets")));
        return text.toString();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p);
    }

    @Test
    void writesEveryFileWithNumbersOfTheDocumentedSeeds() throws IOException {
        AttributionStudy s = study("a");
        String console = run(s, 2);
        for (String f : OUTPUTS) {
            assertTrue(Files.size(s.output().resolve(f)) > 0, f);
        }
        assertTrue(console.contains("With confounding, zero effect: bias in log points naive correlation"), console);
        assertTrue(console.contains("Rollback (CUSUM k = 0.5, h = 5)"), console);
        String html = read(s.output().resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,") && !html.contains("src=\"http"));
        // the first scenario's cell = AttributionEvaluation on chunk seeds s0 (25 histories) and s1 (5), pooled
        SplittableRandom master = new SplittableRandom(11);
        long s0 = master.nextLong();
        long s1 = master.nextLong();
        AttributionSpec spec = s.spec();
        var sim = spec.scenarios().get(0).apply(spec.simulation());
        List<Row> expected = AttributionCells.pool(List.of(AttributionEvaluation.evaluate(sim, 25, s0),
                AttributionEvaluation.evaluate(sim, 5, s1)));
        String cell = new StudyFiles(s.output()).cell(AttributionCells.scenarioId(spec.scenarios().get(0)))
                .orElseThrow();
        assertEquals(expected, AttributionCells.parseRows(cell));
        // table rows: 2 scenarios × 4 methods; power 4 methods × 2 sizes; rollback 2 charts × 2 drops (+ headers)
        assertEquals(9, read(s.output().resolve("tables/attribution.csv")).lines().count());
        assertEquals(9, read(s.output().resolve("tables/power.csv")).lines().count());
        assertEquals(5, read(s.output().resolve("tables/rollback.csv")).lines().count());
    }

    @Test
    void resumesOnlyTheMissingCell() throws IOException {
        AttributionStudy s = study("r");
        run(s, 2);
        Path cells = s.output().resolve("cells");
        List<String> tables = new ArrayList<>();
        for (String t : List.of("attribution.csv", "power.csv", "rollback.csv", "attribution.md")) {
            tables.add(read(s.output().resolve("tables").resolve(t)));
        }
        String removed = AttributionCells.powerId(0.05);
        Object keptKey = Files.getAttribute(cells.resolve(AttributionCells.powerId(0)), "fileKey");
        Files.delete(cells.resolve(removed));
        Files.delete(s.output().resolve("tables/attribution.csv"));
        String console = run(s, 2);
        assertTrue(console.contains("reusing 7 finished cells of 8"), console);
        assertTrue(console.contains("cell 1/1 " + removed + " done"), console);
        // a cell that was present is the same file (not rewritten by an atomic rename)
        assertEquals(keptKey, Files.getAttribute(cells.resolve(AttributionCells.powerId(0)), "fileKey"));
        List<String> again = new ArrayList<>();
        for (String t : List.of("attribution.csv", "power.csv", "rollback.csv", "attribution.md")) {
            again.add(read(s.output().resolve("tables").resolve(t)));
        }
        assertEquals(tables, again);
    }

    @Test
    void tablesDoNotDependOnTheThreadCount() throws IOException {
        AttributionStudy one = study("t1");
        AttributionStudy two = study("t2");
        run(one, 1);
        run(two, 2);
        for (String t : List.of("attribution.csv", "power.csv", "rollback.csv")) {
            assertEquals(read(one.output().resolve("tables").resolve(t)),
                    read(two.output().resolve("tables").resolve(t)), t);
        }
        assertNotEquals("", read(one.output().resolve("tables/attribution.csv")));
    }

    @Test
    void commandLineRunsTheStudy() throws IOException {
        Path f = tmp.resolve("cli.yaml");
        Files.writeString(f, TINY.replace("histories: 30", "histories: 5") + "output: \""
                + tmp.resolve("cli").toString().replace("\\", "/") + "\"\n");
        assertEquals(0, Main.run("validate", f.toString()));
        assertFalse(Files.exists(tmp.resolve("cli")));
        assertEquals(0, Main.run("run", f.toString(), "--threads", "1"));
        assertTrue(Files.exists(tmp.resolve("cli/report.html")));
    }
}
