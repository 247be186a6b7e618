package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** The command line end to end: exit codes, one-line user errors, deterministic generation. */
class CliTest {
    private static final String DEMO = "datasets/instances/demo";

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static void assertUserError(CliRun r, String... fragments) {
        assertEquals(Main.EXIT_USER_ERROR, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line expected: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace expected: " + err);
        for (String f : fragments) {
            assertTrue(err.contains(f), "'" + f + "' expected in: " + err);
        }
    }

    @Test
    void evaluatesTheDemoAsATable() {
        CliRun r = run("evaluate", "--instance", DEMO);
        assertEquals(0, r.code(), r.err());
        for (String s : List.of("cost", "carbon", "water", "performance", "kpi", "USD/month", "kgCO2e/month",
                "sovereignty", "capacity", "migrations", "feasible:")) {
            assertTrue(r.out().contains(s), s + " missing from\n" + r.out());
        }
    }

    @Test
    void evaluatesTheDemoAsJson() throws IOException {
        CliRun r = run("evaluate", "--instance", DEMO, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(5, json.get("objectives").size());
        assertEquals(6, json.get("constraints").size());
        // the current state pays no migration and loses no revenue to added latency
        assertEquals(0.0, json.get("constraints").get("migrations").get("violation").asDouble());
        assertTrue(json.get("objectives").get("cost").get("value").asDouble() > 0);
    }

    @Test
    void aDecisionFileGivesTheSameNumbersAsCurrentWhenItRestatesTheCurrentState(@TempDir Path tmp)
            throws IOException {
        Path decision = tmp.resolve("d.csv");
        StringBuilder sb = new StringBuilder("workload,region,size,purchase,delay_h\n");
        try (Stream<String> lines = Files.lines(Path.of(DEMO, "workloads.csv"))) {
            List<String> rows = lines.filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            List<String> header = List.of(rows.get(0).split(","));
            for (String row : rows.subList(1, rows.size())) {
                String[] c = row.split(",");
                sb.append(c[header.indexOf("id")]).append(',').append(c[header.indexOf("region")]).append(',')
                        .append(c[header.indexOf("size")]).append(",on_demand,0\n");
            }
        }
        Files.writeString(decision, sb.toString());
        CliRun a = run("evaluate", "--instance", DEMO, "--json");
        CliRun b = run("evaluate", "--instance", DEMO, "--json", "--decision", decision.toString());
        assertEquals(0, b.code(), b.err());
        assertEquals(a.out().replace("\"current\"", "X"), b.out().replace('"' + decision.toString() + '"', "X"));
    }

    @Test
    void aMissingInstanceIsOneClearLine(@TempDir Path tmp) {
        assertUserError(run("evaluate", "--instance", tmp.resolve("nope").toString()), "nope");
    }

    @Test
    void aDecisionOfTheWrongLengthIsOneClearLine(@TempDir Path tmp) throws IOException {
        Path decision = tmp.resolve("short.csv");
        Files.writeString(decision, "workload,region,size,purchase,delay_h\n");
        assertUserError(run("evaluate", "--instance", DEMO, "--decision", decision.toString()), "short.csv");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(Main.EXIT_USER_ERROR, run("evaluate", "--instance", DEMO, "--bogus").code());
    }

    @Test
    void generateIsByteForByteDeterministic(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("generate", "--workloads", "120", "--seed", "5", "--out", a.toString()).code());
        assertEquals(0, run("generate", "--workloads", "120", "--seed", "5", "--out", b.toString()).code());
        List<String> names;
        try (Stream<Path> s = Files.list(a)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.containsAll(List.of("instance.yaml", "workloads.csv", "dependencies.csv", "regions.csv",
                "carbon.csv", "carbon-actual.csv", "sizes.csv", "prices.csv", "providers.csv")), names.toString());
        for (String n : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n);
        }
        CliRun other = run("generate", "--workloads", "120", "--seed", "6", "--out", tmp.resolve("c").toString());
        assertEquals(0, other.code());
        assertFalse(Files.readString(a.resolve("workloads.csv"))
                .equals(Files.readString(tmp.resolve("c").resolve("workloads.csv"))));
        // and the generated instance evaluates
        assertEquals(0, run("evaluate", "--instance", a.toString()).code());
    }

    @Test
    void generateRefusesToOverwriteWithoutForce(@TempDir Path tmp) {
        String out = tmp.resolve("x").toString();
        assertEquals(0, run("generate", "--workloads", "10", "--seed", "1", "--out", out).code());
        assertUserError(run("generate", "--workloads", "10", "--seed", "1", "--out", out), "--force");
        assertEquals(0, run("generate", "--workloads", "10", "--seed", "1", "--out", out, "--force").code());
    }

    @Test
    void generateRejectsAnUnknownProviderAndRegion(@TempDir Path tmp) {
        String out = tmp.resolve("x").toString();
        assertUserError(run("generate", "--workloads", "10", "--seed", "1", "--out", out, "--providers", "ibm"),
                "ibm");
        assertUserError(run("generate", "--workloads", "10", "--seed", "1", "--out", out, "--regions", "mars-1"),
                "mars-1");
    }

    @Test
    void profilesRebuildTheCommittedTableFromTheRealSeries(@TempDir Path tmp) throws IOException {
        Path input = Path.of("..", "shared", "datasets", "green-dcc-electricitymaps", "carbon_intensity_2023");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(input), "needs ../shared/datasets");
        Path out = tmp.resolve("profiles.csv");
        CliRun r = run("datasets", "profiles", "--input", input.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(dataLines(Path.of("datasets", "carbon-profiles.csv")), dataLines(out));
    }

    @Test
    void profilesRejectAFileInAnotherLayout(@TempDir Path tmp) {
        assertUserError(run("datasets", "profiles", "--input", "datasets/sizes.csv", "--out",
                tmp.resolve("p.csv").toString()), "sizes.csv", "Zone Id");
    }

    private static List<String> dataLines(Path p) throws IOException {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.filter(l -> !l.startsWith("#")).toList();
        }
    }

    @Test
    void solveWritesAFrontThatRecommendReadsBack(@TempDir Path tmp) throws IOException {
        Path front = tmp.resolve("front.csv");
        CliRun solved = run("solve", "--instance", DEMO, "--algorithm", "random", "--evaluations", "300", "--seed",
                "2", "--out", front.toString());
        assertEquals(0, solved.code(), solved.err());
        assertTrue(solved.out().contains("random@bomoco on demo: 300 evaluations"), solved.out());
        List<String> lines = Files.readAllLines(front);
        assertEquals(org.bomoco.experiment.FrontFiles.COLUMNS, List.of(lines.get(0).split(",")));
        assertTrue(lines.size() > 1);
        CliRun rec = run("recommend", "--instance", DEMO, "--front", front.toString(), "--format", "csv");
        assertEquals(0, rec.code(), rec.err());
        assertTrue(rec.out().startsWith("rank,workload,action,from,to,delta_cost_usd_per_month"), rec.out());
        CliRun json = run("recommend", "--instance", DEMO, "--front", front.toString(), "--format", "json",
                "--pick", "knee");
        assertEquals(0, json.code(), json.err());
        new ObjectMapper().readTree(json.out()).get("recommendations").forEach(r -> assertTrue(
                List.of("rightsize_down", "rightsize_up", "carbon_shift", "spot_conversion", "region_migration")
                        .contains(r.get("action").asText())));
    }

    @Test
    void solveIsReproducibleForASeed(@TempDir Path tmp) throws IOException {
        for (String name : List.of("a.csv", "b.csv")) {
            assertEquals(0, run("solve", "--instance", DEMO, "--algorithm", "nsga2", "--evaluations", "1000",
                    "--seed", "9", "--out", tmp.resolve(name).toString()).code());
        }
        assertEquals(Files.readString(tmp.resolve("a.csv")), Files.readString(tmp.resolve("b.csv")));
    }

    @Test
    void solveRejectsBadAlgorithmsBudgetsAndWeights() {
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "nsga9"), "nsga9", "nsga2");
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "nsga2", "--evaluations", "10"),
                "evaluations");
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "nsga2", "--param", "bogus=1"), "bogus");
        // the key is checked on load, before any evaluation (a missing instance directory is refused even earlier,
        // with the option checks: ErrorMappingTest.aMissingOrMistypedPathNamesTheOption)
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "moead@moea",
                "--param", "neighbourhoodSize=5"), "field 'neighbourhoodSize'", "unknown parameter for moead@moea",
                "valid keys:", "neighborhoodSize");
        // values are read into the typed configuration on load too: type and range named
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "moead@moea",
                "--param", "eta=-1"), "--param: field 'eta'", "expected a whole number in [1, ∞)");
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "nsga3",
                "--param", "divisions=2.5"), "--param: field 'divisions'", "'2.5' is not a whole number", "[1, 40]");
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "nsga2@jmetal",
                "--param", "crossoverRate=ten"), "--param: field 'crossoverRate'", "is not a number", "[0, 1]");
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "nsga2",
                "--param", "sbxRate=0.5"), "--param: field 'sbxRate'", "valid keys:", "crossoverRate");
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "nsga2",
                "--param", "parallel_evaluation=999"), "--param: field 'parallel_evaluation'", "[0, 256]");
        assertUserError(run("recommend", "--instance", DEMO, "--weights", "cost=-1"), "--weights");
        assertUserError(run("recommend", "--instance", DEMO, "--weights", "cost=0,carbon=0"), "--weights");
        assertUserError(run("recommend", "--instance", DEMO, "--pick", "best"), "--pick");
    }

    @Test
    void exactRefusesALargeInstance(@TempDir Path tmp) {
        assertUserError(run("solve", "--instance", DEMO, "--algorithm", "exact"), "maxSolutions");
    }
}
