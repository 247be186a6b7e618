package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code bomoco validate}: the summary line of a valid config, and for each class of error exit code 2 with one line
 * naming the file, the line and the key path. Line numbers are counted in the YAML texts below (1-based).
 */
class ValidateCommandTest {
    /** Lines 1–8; each test appends or replaces lines. */
    private static final String BASE = """
            name: t
            seed: 1
            instances:
              - path: datasets/instances/demo
            algorithms:
              - id: random
              - id: nsga2
            budget: {evaluations: 1000}
            """;

    @TempDir
    Path tmp;

    private record Result(int code, String out, String err) {
    }

    private Result validate(String yaml) throws IOException {
        Path f = tmp.resolve("exp.yaml");
        Files.writeString(f, yaml);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("validate", f.toString());
        return new Result(code, out.toString(), err.toString());
    }

    /** Exit 2, one line, no stack trace, and {@code file:line: field 'key'} plus each fragment. */
    private void assertError(String yaml, int line, String key, String... fragments) throws IOException {
        Result r = validate(yaml);
        assertEquals(Main.EXIT_USER_ERROR, r.code(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line expected: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace expected: " + err);
        String where = tmp.resolve("exp.yaml") + ":" + line + ":" + (key == null ? "" : " field '" + key + "'");
        assertTrue(err.contains(where), "'" + where + "' expected in: " + err);
        for (String f : fragments) {
            assertTrue(err.contains(f), "'" + f + "' expected in: " + err);
        }
    }

    @Test
    void aValidConfigPrintsTheRunCount() throws IOException {
        Result r = validate(BASE + "replicates: 3\noutput: out/t\n");
        assertEquals(0, r.code(), r.err());
        // 1 instance × 2 algorithms × 3 replicates = 6 runs
        assertEquals(tmp.resolve("exp.yaml") + ": OK — 1 instances × 2 algorithms × 3 replicates = 6 runs, budget "
                + "1000 evaluations each, output out/t", r.out().strip());
    }

    @Test
    void malformedYaml() throws IOException {
        assertError(BASE.replace("seed: 1", "seed 1\nx: [1"), 3, null, "malformed YAML",
                "while scanning a simple key (line 2), could not find expected ':' (line 3)");
        assertError(BASE.replace("  - id: nsga2", "\t- id: nsga2"), 7, null, "TAB");
    }

    @Test
    void missingRequiredKey() throws IOException {
        assertError(BASE.replace("seed: 1\n", ""), 1, "seed", "missing required key");
    }

    @Test
    void unknownKeyAtTopLevelAndNested() throws IOException {
        assertError(BASE + "replicate: 3\n", 9, "replicate", "unknown key", "replicates");
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga2\n    pop: 10"), 8, "algorithms[1].pop",
                "population");
        assertError(BASE + "reference: {set: union, pont: 1.2}\n", 9, "reference.pont", "point");
    }

    @Test
    void wrongTypes() throws IOException {
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga2\n    population: many"), 8,
                "algorithms[1].population", "whole number", "many");
        assertError(BASE.replace("budget: {evaluations: 1000}", "budget: [1000]"), 8, "budget", "mapping");
        assertError(BASE + "reference: {point: high}\n", 9, "reference.point", "number");
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga2\n    parameters: {a: {b: 1}}"), 8,
                "algorithms[1].parameters.a", "list of those");
    }

    @Test
    void badBenchmarks() throws IOException {
        String dtlz9 = BASE.replace("  - path: datasets/instances/demo", "  - benchmark: {problem: DTLZ9}");
        assertError(dtlz9, 4, "instances[0].benchmark.problem", "DTLZ1..DTLZ7");
        String zdt3 = BASE.replace("  - path: datasets/instances/demo",
                "  - benchmark: {problem: ZDT1, objectives: 3}");
        assertError(zdt3, 4, "instances[0].benchmark.objectives", "2..2");
        String both = BASE.replace("  - path: datasets/instances/demo",
                "  - path: datasets/instances/demo\n    benchmark: {problem: ZDT1}");
        assertError(both, 4, "instances[0]", "exactly one of");
    }

    @Test
    void duplicateInstanceNameAndAlgorithmLabel() throws IOException {
        assertError(BASE.replace("  - path: datasets/instances/demo",
                "  - path: datasets/instances/demo\n  - {name: demo, benchmark: {problem: ZDT1}}"), 5,
                "instances[1]", "already used");
        assertError(BASE.replace("  - id: nsga2", "  - {id: nsga2, label: random}"), 7, "algorithms[1]",
                "already used");
    }

    @Test
    void checkpointsOutOfRange() throws IOException {
        assertError(BASE + "checkpoints: [500, 2000]\n", 9, "checkpoints[1]", "beyond the budget");
        assertError(BASE + "checkpoints:\n  - 500\n  - 400\n", 11, "checkpoints[1]", "ascending");
        assertError(BASE + "checkpoints: {every: 0}\n", 9, "checkpoints.every", "out of range");
    }

    @Test
    void unknownAlgorithmId() throws IOException {
        assertError(BASE.replace("id: nsga2", "id: nsga9"), 7, "algorithms[1].id", "unknown algorithm 'nsga9'",
                "nsga2@moea");
    }

    @Test
    void unknownIndicator() throws IOException {
        assertError(BASE + "indicators: [hypervolume, gd]\n", 9, "indicators[1]", "unknown indicator 'gd'",
                "igd+");
    }

    @Test
    void controlNotAmongLabels() throws IOException {
        assertError(BASE + "control: nsga2@moea\n", 9, "control", "random, nsga2");
    }

    @Test
    void missingInstancePath() throws IOException {
        assertError(BASE.replace("datasets/instances/demo", "datasets/instances/nope"), 4, "instances[0].path",
                "not found");
        assertError(BASE.replace("datasets/instances/demo", "datasets"), 4, "instances[0].path", "instance.yaml");
    }

    @Test
    void aMissingFileIsOneLine() throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(Main.EXIT_USER_ERROR, cl.execute("validate", tmp.resolve("none.yaml").toString()));
        assertTrue(err.toString().contains("none.yaml: no such file"), err.toString());
    }

    /** A misspelled parameter key fails on load, at its own line, listing the algorithm's valid keys. */
    @Test
    void unknownParameterKey() throws IOException {
        String yaml = BASE.replace("  - id: nsga2", "  - id: moead@moea\n    parameters:\n      neighbourhoodSize: 5");
        assertError(yaml, 9, "algorithms[1].parameters.neighbourhoodSize", "unknown parameter for moead@moea",
                "valid keys:", "neighborhoodSize", "delta");
        assertError(BASE.replace("  - id: random", "  - id: random\n    parameters: {divisions: 3}"), 7,
                "algorithms[0].parameters.divisions", "unknown parameter for random", "valid keys: parallel_evaluation");
    }

    /** An ill-typed or out-of-range parameter value fails on load, at its own line, saying what is expected. */
    @Test
    void illTypedParameterValue() throws IOException {
        String moead = "  - id: moead@moea\n    parameters:\n      eta: -1";
        assertError(BASE.replace("  - id: nsga2", moead), 9, "algorithms[1].parameters.eta",
                "moead@moea: -1 is out of range; expected a whole number in [1, ∞)");
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga3\n    parameters: {divisions: 2.5}"), 8,
                "algorithms[1].parameters.divisions", "2.5 is not a whole number", "[1, 40]");
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga2\n    parameters: {crossoverRate: ten}"), 8,
                "algorithms[1].parameters.crossoverRate", "'ten' is not a number; expected a number in [0, 1]");
        assertError(BASE.replace("  - id: nsga2", "  - id: epsmoea\n    parameters: {epsilon: [0.1, 0.2]}"), 8,
                "algorithms[1].parameters.epsilon", "expected one number or a list of 5");
        assertError(BASE.replace("  - id: nsga2", "  - id: ibea\n    parameters: {indicator: igd}"), 8,
                "algorithms[1].parameters.indicator", "expected one of hypervolume, epsilon");
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga2\n    parameters: {parallel_evaluation: 300}"), 8,
                "algorithms[1].parameters.parallel_evaluation", "[0, 256]");
    }

    /** The operator keys of the other kind of problem are refused when the experiment has none of it. */
    @Test
    void benchmarkKeysOnAPlacementOnlyExperiment() throws IOException {
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga2\n    parameters: {sbxIndex: 15}"), 8,
                "algorithms[1].parameters.sbxIndex", "unknown parameter for nsga2@moea", "crossoverRate");
        String bench = BASE.replace("  - path: datasets/instances/demo", "  - benchmark: {problem: DTLZ2, objectives: 3}")
                .replace("  - id: random\n", "").replace("  - id: nsga2", "  - id: nsga2\n    parameters: "
                        + "{crossoverRate: 0.5}");
        assertError(bench, 7, "algorithms[0].parameters.crossoverRate", "on benchmark problems", "sbxIndex");
    }

    /** An algorithm that cannot solve a benchmark instance fails on load at its id, naming the instance. */
    @Test
    void algorithmThatDoesNotApplyToABenchmark() throws IOException {
        String dtlz = BASE.replace("  - path: datasets/instances/demo", "  - benchmark: {problem: DTLZ2, objectives: 3}");
        assertError(dtlz, 6, "algorithms[0].id", "instance 'DTLZ2-m3'", "random@bomoco solves placement problems "
                + "only");
        String zdt5 = BASE.replace("  - path: datasets/instances/demo", "  - benchmark: {problem: ZDT5}")
                .replace("  - id: random\n", "");
        assertError(zdt5, 6, "algorithms[0].id", "ZDT5 has binary variables");
    }

    /** A {@code generate.regions} id not in the catalogue, or of another provider, fails on load at its line. */
    @Test
    void unknownOrForeignGeneratorRegion() throws IOException {
        String unknown = BASE.replace("  - path: datasets/instances/demo", "  - generate:\n      workloads: 5\n"
                + "      seed: 1\n      regions: [eu-west-1, mars-north-1]");
        assertError(unknown, 7, "instances[0].generate.regions[1]", "region 'mars-north-1' is not in the catalogue");
        String foreign = BASE.replace("  - path: datasets/instances/demo", "  - generate: {workloads: 5, seed: 1, "
                + "providers: [gcp], regions: [eu-west-1]}");
        assertError(foreign, 4, "instances[0].generate.regions[0]", "belongs to aws", "generate.providers [gcp]");
        assertEquals(0, validate(BASE.replace("  - path: datasets/instances/demo", "  - generate: {workloads: 5, "
                + "seed: 1, regions: [eu-west-1, europe-west4]}")).code());
    }

    /**
     * What only the run's population, objectives or budget make invalid fails on load too, at the key's line and
     * naming the instance: SPEA2's k, an ε vector of the wrong length, a lattice above the adapters' 50,000 points,
     * a population the algorithm cannot honour, a budget below one generation.
     */
    @Test
    void checksThatNeedTheRunsShape() throws IOException {
        assertError(BASE.replace("  - id: nsga2", "  - id: spea2\n    population: 10\n    parameters: {k: 10}"), 9,
                "algorithms[1].parameters.k", "instance 'demo'", "k = 10 must be below the population of 10");
        String dtlz = BASE.replace("  - path: datasets/instances/demo", "  - benchmark: {problem: DTLZ2, objectives: 3}")
                .replace("  - id: random\n", "");
        assertError(dtlz.replace("  - id: nsga2", "  - id: epsmoea\n    parameters: {epsilon: [0.1, 0.2]}"), 7,
                "algorithms[0].parameters.epsilon", "instance 'DTLZ2-m3'", "2 values for a problem of 3 objectives");
        String many = dtlz.replace("objectives: 3}", "objectives: 10}");
        // C(20 + 9, 9) = 10,015,005 points
        for (String id : List.of("nsga3@moea", "nsga3@jmetal", "moead@jmetal")) {
            assertError(many.replace("  - id: nsga2", "  - id: " + id + "\n    parameters: {divisions: 20}"), 7,
                    "algorithms[0].parameters.divisions", "20 divisions at 10 objectives give 10015005", "50000");
        }
        // 91 weight vectors for the default 12 divisions at m = 3
        assertError(dtlz.replace("  - id: nsga2", "  - id: moead@moea\n    population: 100"), 7,
                "algorithms[0].population", "one member per weight vector: 91");
        assertError(BASE.replace("  - id: nsga2", "  - {id: nsga2@jmetal, population: 7}"), 7,
                "algorithms[1].population", "even population of at least 4");
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga2\n    population: 1"), 8,
                "algorithms[1].population", "population 1 is invalid");
        // NSGA-III's default population at 5 objectives: 210 points rounded up to 212
        assertError(BASE.replace("  - id: nsga2", "  - id: nsga3").replace("1000}", "200}"), 7, "algorithms[1]",
                "a budget of 200 evaluations is below one generation of nsga3@moea (212 evaluations)");
        assertError(BASE.replace("  - id: nsga2", "  - id: weighted-sum"), 7, "algorithms[1]",
                "35 weight vectors share the budget");
    }

    /**
     * In an experiment that mixes placement and benchmark instances, each kind's operator keys are valid; the
     * checks of the runs apply to each kind (here the ε vector of five, right for placement, wrong for DTLZ2 at 3).
     */
    @Test
    void mixedExperimentsAreCheckedPerKindOfRun() throws IOException {
        String mixed = BASE.replace("  - path: datasets/instances/demo", "  - path: datasets/instances/demo\n"
                + "  - benchmark: {problem: DTLZ2, objectives: 3}").replace("  - id: random\n", "");
        assertEquals(0, validate(mixed.replace("  - id: nsga2", "  - id: nsga2\n    parameters: {crossoverRate: "
                + "0.5, sbxIndex: 15}")).code());
        assertError(mixed.replace("  - id: nsga2", "  - id: epsmoea\n    parameters: {epsilon: [1, 1, 1, 1, 1]}"),
                8, "algorithms[0].parameters.epsilon", "instance 'DTLZ2-m3'", "5 values for a problem of 3");
    }
}
