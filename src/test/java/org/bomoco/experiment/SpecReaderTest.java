package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SpecReader}: defaults, every accepted shape, and the write → read round trip. */
class SpecReaderTest {
    /** An instance directory in the repository (tests run from the project root). */
    private static final String DEMO = "datasets/instances/demo";

    private static final String MINIMAL = """
            name: tiny
            seed: 7
            instances:
              - path: datasets/instances/demo
            algorithms:
              - id: random
            budget: {evaluations: 1000}
            """;

    /**
     * The standard registry plus {@code any@test}, which declares no schema ({@code ConfigSchema.CUSTOM}: any key,
     * values unchecked), so that the tests below can hold YAML values of every shape the writer must quote.
     */
    private static final AlgorithmRegistry ANY = registryWithAny();

    private static AlgorithmRegistry registryWithAny() {
        List<Optimizer> all = new ArrayList<>(AlgorithmRegistry.standard().all());
        all.add(new Optimizer() {
            @Override
            public String baseId() {
                return "any";
            }

            @Override
            public String library() {
                return "test";
            }

            @Override
            public String description() {
                return "accepts any parameter";
            }

            @Override
            public boolean supportsBenchmarks() {
                return true;
            }

            @Override
            public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
                throw new UnsupportedOperationException();
            }
        });
        return new AlgorithmRegistry(all);
    }

    static Path write(Path dir, String text) throws IOException {
        Path f = dir.resolve("exp.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aMinimalConfigGetsEveryDefault(@TempDir Path tmp) throws IOException {
        ExperimentSpec s = SpecReader.read(write(tmp, MINIMAL));
        assertEquals("tiny", s.name());
        assertEquals(7, s.seed());
        assertEquals(10, s.replicates());
        assertEquals(Path.of("results", "tiny"), s.output());
        assertEquals(0, s.threads());
        assertEquals(List.of(new InstanceSpec("demo", Path.of(DEMO), null, null)), s.instances());
        assertEquals(List.of(new AlgorithmSpec("random", "random", 0, Map.of())), s.algorithms());
        assertEquals(1000, s.budget());
        // 20 evenly spaced: 1000·k/20 = 50, 100, ..., 1000
        assertEquals(20, s.checkpoints().size());
        assertEquals(50L, s.checkpoints().get(0));
        assertEquals(1000L, s.checkpoints().get(19));
        assertEquals(List.of("hypervolume", "igd+", "epsilon", "spread"), s.indicators());
        assertEquals(new ReferenceSpec("union", null, 1.1, "reference"), s.reference());
        assertNull(s.control());
    }

    /**
     * One parse serves every reader of the file ({@code run} and {@code validate}): the spec, the engine and the
     * plug-in path read from the same {@link SpecNode} equal those read from the path, and errors keep its lines.
     */
    @Test
    void oneParsedTreeServesEveryReaderWithTheFilesLines(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("plugins"));
        Path f = write(tmp, MINIMAL + "engine: spark\nmaster: local[2]\nplugins: plugins\n");
        SpecNode root = SpecYaml.read(f);
        assertEquals(SpecReader.read(f), SpecReader.read(root, AlgorithmRegistry.standard(), null));
        assertEquals(new EngineSpec("spark", "local[2]"), EngineSpec.read(root));
        assertEquals(List.of(new org.bomoco.algorithms.Plugins.Entry(tmp.resolve("plugins").toAbsolutePath()
                .normalize(), f.toString(), 10)), PluginSpec.read(root));
        SpecNode bad = SpecYaml.read(write(tmp, MINIMAL.replace("seed: 7", "seed: seven")));
        InputException e = assertThrows(InputException.class, () -> SpecReader.read(bad, ANY, null));
        assertTrue(e.getMessage().startsWith(tmp.resolve("exp.yaml") + ":2: field 'seed'"), e.getMessage());
    }

    @Test
    void evenlySpacedCheckpointsRoundUpAndDropRepeats() {
        // ceil(7·k/20) for k = 1..20 gives 1,1,2,2,2,3,3,3,4,4,4,5,5,5,6,6,6,7,7,7 → 1..7
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), SpecReader.evenly(7, 20));
        assertEquals(List.of(2500L, 5000L, 7500L, 10000L), SpecReader.evenly(10000, 4));
    }

    @Test
    void everyNExpandsToMultiplesUpToTheBudget(@TempDir Path tmp) throws IOException {
        ExperimentSpec s = SpecReader.read(write(tmp, MINIMAL + "checkpoints: {every: 300}\n"));
        assertEquals(List.of(300L, 600L, 900L), s.checkpoints());
    }

    @Test
    void generatedAndBenchmarkInstancesGetDerivedNamesAndDefaults(@TempDir Path tmp) throws IOException {
        String text = MINIMAL.replace("  - id: random", "  - id: nsga2").replace("  - path: datasets/instances/demo\n", """
                  - generate: {workloads: 50, seed: 3}
                  - benchmark: {problem: dtlz2, objectives: 3}
                  - benchmark: {problem: ZDT4}
                  - benchmark: {problem: WFG2, objectives: 3, variables: 8}
                """);
        List<InstanceSpec> inst = SpecReader.read(write(tmp, text)).instances();
        assertEquals(new InstanceSpec("gen-50-s3", null, new GenerateSpec(50, 3, List.of("aws", "azure", "gcp"),
                List.of(), Instant.parse("2023-06-01T00:00:00Z")), null), inst.get(0));
        assertEquals(new BenchmarkSpec("DTLZ2", 3, 0), inst.get(1).benchmark());
        assertEquals("DTLZ2-m3", inst.get(1).name());
        assertEquals(new BenchmarkSpec("ZDT4", 2, 0), inst.get(2).benchmark());
        // WFG2, m = 3: k = 2(m − 1) = 4 position variables, l = 8 − 4 = 4 distance variables (even: accepted)
        assertEquals("WFG2-m3-n8", inst.get(3).name());
    }

    @Test
    void parameterValuesKeepTheirYamlTypes(@TempDir Path tmp) throws IOException {
        String text = MINIMAL.replace("  - id: random\n", """
                  - id: any@test
                    label: NSGA-II (tuned)
                    population: 50
                    parameters: {crossoverRate: 0.9, neighborhoodSize: 100, delta: 10000000000, eta: "fast",
                                 mutationRate: true, divisions: [4, 2]}
                """);
        AlgorithmSpec a = SpecReader.read(write(tmp, text), ANY).algorithms().get(0);
        assertEquals("NSGA-II (tuned)", a.label());
        assertEquals(50, a.population());
        // (an optimizer without a schema gets the values as YAML typed them)
        assertEquals(Map.of("crossoverRate", 0.9, "neighborhoodSize", 100, "delta", 10_000_000_000L, "eta", "fast",
                "mutationRate", true, "divisions", List.of(4, 2)), a.parameters());
    }

    @Test
    void aFullConfigRoundTripsThroughWrite(@TempDir Path tmp) throws IOException {
        Path refs = Files.createDirectories(tmp.resolve("refs"));
        // read on load (every reference CSV is checked then): the placement columns, and f1..f4 for DTLZ1 m = 4
        String placement = String.join(",", ReferenceSets.placementColumns()) + "\n1,2,3,4,5\n";
        Files.writeString(refs.resolve("demo.csv"), placement);
        Files.writeString(refs.resolve("g.csv"), placement);
        Files.writeString(refs.resolve("DTLZ1-m4-n10.csv"), "f1,f2,f3,f4\n1,2,3,4\n");
        String text = """
                name: full_run-1
                seed: -12345678901
                replicates: 3
                output: %s
                threads: 2
                instances:
                  - path: datasets/instances/demo
                  - name: g
                    generate: {workloads: 20, seed: 9, providers: [GCP, aws], regions: [europe-west4, eu-west-1],
                               start: "2023-01-15T06:00:00Z"}
                  - benchmark: {problem: DTLZ1, objectives: 4, variables: 10}
                algorithms:
                  - {id: any@test, population: 40, parameters: {mutationRate: 0.25, crossoverRate: "5",
                     divisions: "true", delta: "null", eta: "yes", neighborhoodSize: "1.5e3"}}
                  - {id: any@test, label: m2, parameters: {crossoverRate: "a: b", divisions: "#c", delta: "~",
                     eta: ["1", 2, 3.0, off]}}
                  - {id: nsga3, label: rs, parameters: {divisions: 4}}
                budget: {evaluations: 4000}
                checkpoints: [100, 2000, 4000]
                indicators: [igd, hypervolume]
                reference: {set: file, file: %s, point: 2, normalization: none}
                control: rs
                """.formatted(tmp.resolve("out"), refs);
        ExperimentSpec s = SpecReader.read(write(tmp, text), ANY);
        assertEquals(List.of("gcp", "aws"), s.instances().get(1).generate().providers());
        assertEquals(2.0, s.reference().point());
        Path resolved = tmp.resolve("resolved").resolve("experiment.yaml");
        SpecReader.write(s, resolved);
        assertEquals(s, SpecReader.read(resolved, ANY));
        // the minimal config round-trips too, its defaults now spelled out
        ExperimentSpec m = SpecReader.read(write(tmp, MINIMAL));
        SpecReader.write(m, resolved);
        assertEquals(m, SpecReader.read(resolved));
        assertTrue(Files.readString(resolved).contains("replicates: 10"), Files.readString(resolved));
        assertEquals(SpecReader.toYaml(m), Files.readString(resolved));
    }

    @Test
    void theQuickstartIsValid() {
        ExperimentSpec s = SpecReader.read(Path.of("experiments", "quickstart.yaml"));
        assertEquals("quickstart", s.name());
        assertEquals(10, s.replicates());
        assertTrue(s.algorithms().size() >= 6);
    }

    @Test
    void errorsNameFileLineAndKeyPath(@TempDir Path tmp) throws IOException {
        String text = MINIMAL.replace("  - id: random\n", "  - id: random\n  - id: nsga2\n    population: -1\n");
        InputException e = assertThrows(InputException.class, () -> SpecReader.read(write(tmp, text)));
        assertEquals(tmp.resolve("exp.yaml").toString(), e.file());
        assertEquals(8, e.line()); // line 8 of the text: "    population: -1"
        assertEquals("algorithms[1].population", e.field());
    }

    @Test
    void theFlatEvaluationsShapeIsRejectedWithTheRightShape(@TempDir Path tmp) throws IOException {
        String text = MINIMAL.replace("budget: {evaluations: 1000}", "evaluations: 1000");
        InputException e = assertThrows(InputException.class, () -> SpecReader.read(write(tmp, text)));
        assertTrue(e.getMessage().contains("budget: {evaluations: N}"), e.getMessage());
    }

    /**
     * Issue 12: YAML's {@code .nan} and {@code .inf} (which Jackson cannot convert) and a literal beyond a double's
     * range are refused at their own line and key path, saying NaN or infinity is not allowed, never "malformed YAML".
     */
    @Test
    void nanAndInfinityNameTheKeyAndAreNotCalledMalformedYaml(@TempDir Path tmp) throws IOException {
        String[][] cases = {
            {"budget: {evaluations: 1000}", "budget: {evaluations: 1000}\nreference: {point: .nan}",
                "reference.point", "8", "NaN"},
            {"budget: {evaluations: 1000}", "budget: {evaluations: 1000}\nreference:\n  point: -.Inf",
                "reference.point", "9", "infinity"},
            {"budget: {evaluations: 1000}", "budget:\n  evaluations: .INF", "budget.evaluations", "8",
                "infinity"},
            {"  - id: random\n", "  - id: random\n    parameters: {anything: .NaN}\n",
                "algorithms[0].parameters.anything", "7", "NaN"},
            {"seed: 7", "seed: 1e400", "seed", "2", "too large"},
        };
        for (String[] c : cases) {
            String text = MINIMAL.replace(c[0], c[1]);
            InputException e = assertThrows(InputException.class, () -> SpecReader.read(write(tmp, text), ANY),
                    text);
            assertEquals(c[2], e.field(), e.getMessage());
            assertEquals(Long.parseLong(c[3]), e.line(), e.getMessage());
            assertTrue(e.getMessage().contains(c[4]) && e.getMessage().contains("not allowed")
                    && !e.getMessage().contains("alformed"), e.getMessage());
        }
    }

    /**
     * A reference CSV ({@code reference: {set: file}}) is read on load: a malformed one fails {@code validate} naming
     * its own file, line and column, not the run when it scores after every run has finished.
     */
    @Test
    void aMalformedReferenceFileIsRefusedOnLoad(@TempDir Path tmp) throws IOException {
        Path csv = tmp.resolve("ref.csv");
        Files.writeString(csv, String.join(";", ReferenceSets.placementColumns()) + "\n1;2;3;4;5\n");
        String text = MINIMAL + "reference: {set: file, file: " + csv + "}\n";
        InputException e = assertThrows(InputException.class, () -> SpecReader.read(write(tmp, text)));
        assertEquals(csv.toString(), e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("separated by ';'"), e.getMessage());
        Files.writeString(csv, String.join(",", ReferenceSets.placementColumns()) + "\n1,2,3,x,5\n");
        e = assertThrows(InputException.class, () -> SpecReader.read(write(tmp, text)));
        assertEquals(2, e.line());
        assertEquals("performance_ms", e.field());
    }
}
