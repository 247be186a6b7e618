package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.PluginJars;
import org.bomoco.algorithms.Plugins;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.data.InstanceReader;
import org.bomoco.experiment.SpecReader;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds {@code examples/custom-algorithm} as a plug-in jar (sources compiled against {@code target/classes},
 * packed with their service file into {@code target/plugin-example/}) and runs it through the command line and the
 * registry: listed, solving the demo with a feasible, non-dominated front reproducible by seed, and scored in an
 * experiment like a built-in.
 */
class PluginExampleTest {
    static final Path EXAMPLE = Path.of("examples", "custom-algorithm");
    static final Path DIR = Path.of("target", "plugin-example").toAbsolutePath();
    static final String ID = "mu-plus-lambda@example";

    @BeforeAll
    static void buildThePlugin() throws IOException {
        Path classes = DIR.resolveSibling("plugin-example-classes");
        PluginJars.compile(EXAMPLE.resolve("src/main/java"), classes);
        PluginJars.jar(DIR.resolve("custom-algorithm.jar"),
                List.of(classes, EXAMPLE.resolve("src/main/resources")), Map.of());
    }

    private static Optimizer plugin() {
        return AlgorithmRegistry.withPlugins(List.of(new Plugins.Entry(DIR, "test", 0))).get("mu-plus-lambda");
    }

    @Test
    void listShowsThePluginOnlyWithThePluginPath() {
        CliRun with = CliRun.run("solve", "--plugins", DIR.toString(), "--list");
        assertEquals(0, with.code(), with.err());
        assertTrue(with.out().contains(ID), with.out());
        assertTrue(with.out().contains("    parameters: lambda=1 (whole in [1, 1000000]), mutationRate=0 (number in "
                + "[0, 1]), parallel_evaluation=1 (whole in [0, 256])"), "the plug-in's schema: " + with.out());
        assertTrue(with.out().contains("nsga2@moea"), "built-ins still listed");
        CliRun without = CliRun.run("solve", "--list");
        assertFalse(without.out().contains(ID), without.out());
    }

    @Test
    void theFrontIsFeasibleNonDominatedExactAndReproducible() {
        Optimizer o = plugin();
        assertEquals(ID, o.id());
        assertNotSame(ClassLoader.getSystemClassLoader(), o.getClass().getClassLoader(), "loaded from the jar");
        PlacementProblem demo = PlacementProblem.compile(InstanceReader.read(Path.of("datasets/instances/demo")));
        SolveSpec spec = new SolveSpec(ID, 1_500, 5, 16, Map.of("lambda", "24"), List.of());
        SolveResult r = o.solve(demo, spec, p -> { });
        assertEquals(1_500, r.evaluations());
        assertFalse(r.front().isEmpty());
        for (Candidate c : r.front()) {
            assertTrue(c.feasible(), "the demo's current state violates headroom only; repair makes it feasible");
            Evaluation e = demo.evaluate(c.decision());
            assertArrayEquals(e.objectives(), c.objectives(), 0.0);
            for (Candidate d : r.front()) {
                assertFalse(Fronts.dominates(d.objectives(), c.objectives()), "non-dominated");
            }
        }
        assertEquals(r.front(), o.solve(demo, spec, p -> { }).front(), "same seed, same front");
        assertFalse(r.front().equals(o.solve(demo, new SolveSpec(ID, 1_500, 6, 16, Map.of(), List.of()),
                p -> { }).front()), "another seed searches differently");
    }

    @Test
    void solveThroughTheCliWritesTheSameFrontTwice(@TempDir Path tmp) throws IOException {
        for (String name : new String[] {"a.csv", "b.csv"}) {
            CliRun r = CliRun.run("solve", "--plugins", DIR.toString(), "--algorithm", "mu+lambda-es",
                    "--instance", "datasets/instances/demo", "--evaluations", "800", "--seed", "3", "--out",
                    tmp.resolve(name).toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains(ID + " on demo: 800 evaluations"), r.out());
        }
        assertEquals(Files.readString(tmp.resolve("a.csv")), Files.readString(tmp.resolve("b.csv")));
        CliRun bad = CliRun.run("solve", "--plugins", DIR.toString(), "--algorithm", ID, "--instance",
                "datasets/instances/demo", "--param", "lamda=3");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("lamda") && bad.err().contains("lambda"), bad.err());
    }

    @Test
    void anExperimentWithAPluginsKeyRunsScoresAndRecordsTheJar(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("plugin.yaml");
        Files.writeString(yaml, String.join("\n", "name: plugin", "seed: 3", "replicates: 2",
                "output: " + tmp.resolve("out"), "threads: 1", "plugins: " + tmp.relativize(DIR),
                "instances:", "  - path: datasets/instances/demo", "algorithms:", "  - id: " + ID,
                "    population: 10", "    parameters: {lambda: 20}", "  - id: random",
                "budget: {evaluations: 400}", "checkpoints: {every: 200}", ""));
        CliRun v = CliRun.run("validate", yaml.toString());
        assertEquals(0, v.code(), v.err());
        CliRun r = CliRun.run("run", yaml.toString());
        assertEquals(0, r.code(), r.err());
        Path out = tmp.resolve("out");
        List<String> rows = Files.readAllLines(out.resolve("indicators.csv")).stream()
                .filter(l -> l.contains("," + ID + ",") && l.contains(",hypervolume,")).toList();
        assertEquals(2 * 2, rows.size(), "2 replicates × 2 checkpoints: " + rows);
        for (String row : rows) {
            double hv = Double.parseDouble(row.substring(row.lastIndexOf(',') + 1));
            assertTrue(hv >= 0 && hv <= 1, row);
        }
        String env = Files.readString(out.resolve("environment.json"));
        Path jar = DIR.resolve("custom-algorithm.jar").toRealPath();
        assertTrue(env.contains(jar.toString()) && env.contains(sha256(jar)), env);
        // the resolved spec keeps the plug-in path, so report and the browser app resolve the id again
        assertTrue(SpecReader.read(out.resolve("experiment.yaml")).algorithms().stream()
                .anyMatch(a -> a.id().equals(ID)));
    }

    /**
     * With {@code --engine spark} the plug-in jar travels to the executors ({@code ExecutorFactory.withPlugins}):
     * their registry was the standard one, which knows only {@code BOMOCO_PLUGINS}, so the run failed before.
     */
    @Test
    void aPluginRunsOnSparkExecutors(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("spark.yaml");
        Files.writeString(yaml, String.join("\n", "name: spark", "seed: 3", "replicates: 1",
                "output: " + tmp.resolve("out"), "plugins: " + tmp.relativize(DIR), "engine: spark",
                "master: local[2]", "instances:", "  - path: datasets/instances/demo", "algorithms:", "  - id: " + ID,
                "    population: 10", "budget: {evaluations: 100}", ""));
        String ui = System.setProperty("spark.ui.enabled", "false");
        try {
            CliRun r = CliRun.run("run", yaml.toString());
            assertEquals(0, r.code(), r.err());
        } finally {
            if (ui == null) {
                System.clearProperty("spark.ui.enabled");
            } else {
                System.setProperty("spark.ui.enabled", ui);
            }
        }
        // the plug-in evaluates exactly its budget
        assertEquals(100, new org.bomoco.experiment.RunStore(tmp.resolve("out"))
                .load(new org.bomoco.experiment.RunKey("demo", ID, 0)).evaluations());
    }

    @Test
    void withoutThePluginPathTheIdIsUnknown(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("noplugin.yaml");
        Files.writeString(yaml, String.join("\n", "name: noplugin", "seed: 3", "instances:",
                "  - path: datasets/instances/demo", "algorithms:", "  - id: " + ID, "budget: {evaluations: 400}",
                ""));
        CliRun v = CliRun.run("validate", yaml.toString());
        assertEquals(2, v.code());
        assertTrue(v.err().contains("unknown algorithm"), v.err());
        assertEquals(0, CliRun.run("validate", "--plugins", DIR.toString(), yaml.toString()).code());
        // the plug-in's own check(config, shape): a budget below its default mu = 20 fails on load, at the algorithm
        Files.writeString(yaml, Files.readString(yaml).replace("evaluations: 400", "evaluations: 10"));
        CliRun small = CliRun.run("validate", "--plugins", DIR.toString(), yaml.toString());
        assertEquals(2, small.code(), small.err());
        assertTrue(small.err().contains(yaml + ":6: field 'algorithms[0]': instance 'demo': a budget of 10 is below "
                + "mu = 20"), small.err());
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
