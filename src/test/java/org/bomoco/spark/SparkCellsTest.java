package org.bomoco.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.TaskContext;
import org.bomoco.study.CellEngine;
import org.bomoco.study.CellWork;
import org.bomoco.study.Studies;
import org.bomoco.study.Study;
import org.bomoco.study.StudyContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cells of the two studies on Spark in local mode against the local thread pool: a tiny attribution study
 * (8 cells from 12 units: 30 histories = chunks of 25 and 5 per scenario and power cell, one unit per
 * rollback cell) and a tiny adaptation study (2 strategies × 2 weeks of
 * 3 hours on a generated 8-workload instance, shipped as the catalogue's files) give the local engine's cells and
 * tables; a unit that fails once is retried and its cell stored once; a unit that always fails stops the study with
 * one line, keeps the other finished cells and a rerun finishes only the missing ones.
 */
class SparkCellsTest {
    static final Map<String, String> QUIET = Map.of("spark.ui.enabled", "false");
    static final String ATTRIBUTION = """
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
    static final String ADAPTATION = """
            name: tinyweek
            kind: adaptation
            seed: 42
            instance: {generate: {workloads: 8, seed: 2}}
            hours: 3
            replicates: 2
            evaluations: 200
            warm_evaluations: 100
            strategies: [static, warmstart]
            """;
    static final List<String> ATTRIBUTION_TABLES = List.of("attribution.csv", "attribution.md", "power.csv",
            "rollback.csv");

    @TempDir
    static Path dir;
    static Path localAttribution;

    @BeforeAll
    static void runLocally() throws IOException {
        localAttribution = run(ATTRIBUTION, "attribution-local", null).output();
    }

    static Study study(String yaml, String name) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, yaml + "output: \"" + dir.resolve(name).toString().replace("\\", "/") + "\"\n");
        return Studies.read(f);
    }

    static Study run(String yaml, String name, CellEngine engine) throws IOException {
        Study s = study(yaml, name);
        s.run(new StudyContext(new PrintWriter(new StringWriter()), OptionalInt.of(2), false, Path.of("datasets"), engine));
        return s;
    }

    static SparkCells spark(String master) {
        return new SparkCells(master, "bomoco-test", QUIET);
    }

    /** Every stored cell, by file name. */
    static Map<String, String> cells(Path output) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(output.resolve("cells"))) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }

    static void assertSameAttribution(Path output) throws IOException {
        assertEquals(cells(localAttribution), cells(output));
        for (String t : ATTRIBUTION_TABLES) {
            assertEquals(Files.readString(localAttribution.resolve("tables").resolve(t)),
                    Files.readString(output.resolve("tables").resolve(t)), t);
        }
    }

    @Test
    void attributionCellsOnSparkEqualTheLocalOnes() throws IOException {
        Study s = run(ATTRIBUTION, "attribution-spark", spark("local[2]"));
        assertEquals(8, cells(s.output()).size());
        assertSameAttribution(s.output());
        com.fasterxml.jackson.databind.JsonNode env = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(s.output().resolve("environment.json").toFile());
        assertEquals("spark", env.path("engine").asText());
        assertEquals("local[2]", env.path("master").asText());
        assertEquals(2, env.path("threads").asInt(), "the task slots of local[2]");
        env = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(localAttribution.resolve("environment.json").toFile());
        assertEquals("local", env.path("engine").asText());
        assertTrue(env.path("master").isNull());
        assertEquals(2, env.path("threads").asInt(), "the local engine's threads (OptionalInt.of(2))");
    }

    @Test
    void adaptationCellsOnSparkEqualTheLocalOnesButForWallTimes() throws IOException {
        Path local = run(ADAPTATION, "adaptation-local", null).output();
        Path spark = run(ADAPTATION, "adaptation-spark", spark("local[2]")).output();
        Map<String, String> expected = cells(local);
        assertEquals(4, expected.size());
        assertEquals(withoutWall(expected), withoutWall(cells(spark)));
        assertEquals(Files.readString(local.resolve("tables/adaptation-replicates.csv")),
                Files.readString(spark.resolve("tables/adaptation-replicates.csv")));
    }

    /** The cells with the last column (the epoch's wall time, the one machine-dependent figure) dropped. */
    static Map<String, String> withoutWall(Map<String, String> cells) {
        Map<String, String> out = new TreeMap<>();
        cells.forEach((id, csv) -> out.put(id, csv.lines().map(l -> l.substring(0, l.lastIndexOf(',')))
                .collect(Collectors.joining("\n"))));
        return out;
    }

    @Test
    void aUnitThatFailsOnceIsRetriedAndItsCellStoredOnce() throws IOException {
        Flaky engine = new Flaky(spark("local[2,2]"), 0, 1);
        Study s = run(ATTRIBUTION, "attribution-retry", engine);
        assertEquals(12, engine.delivered.size());
        engine.delivered.forEach((i, n) -> assertEquals(1, n.get(), "unit " + i));
        assertSameAttribution(s.output());
    }

    @Test
    void aUnitThatAlwaysFailsStopsTheStudyAndARerunFinishesTheRest() throws IOException {
        // unit 11, the last, is the rollback cell of the raw chart and a drop of 2 sd
        Flaky engine = new Flaky(spark("local[2,2]"), 11, 99);
        SparkFailure f = assertThrows(SparkFailure.class, () -> run(ATTRIBUTION, "attribution-resume", engine));
        assertTrue(f.getMessage().startsWith("cell rollback-raw-2.csv failed on Spark: ")
                && f.getMessage().contains("injected executor failure"), f.getMessage());
        assertFalse(f.getMessage().contains("\n"), f.getMessage());
        Path out = dir.resolve("attribution-resume");
        Map<String, String> kept = cells(out);
        assertTrue(kept.size() > 0 && !kept.containsKey("rollback-raw-2.csv"), kept.keySet().toString());
        Map<String, String> local = cells(localAttribution);
        kept.forEach((id, text) -> assertEquals(local.get(id), text, id));
        // finished on the local engine: the cells do not depend on where they ran
        StringWriter console = new StringWriter();
        study(ATTRIBUTION, "attribution-resume").run(new StudyContext(new PrintWriter(console), OptionalInt.of(2), false,
                Path.of("datasets")));
        assertTrue(console.toString().contains("reusing " + kept.size() + " finished cells of 8"), console.toString());
        assertSameAttribution(out);
    }

    /**
     * The Spark engine with unit {@code flaky} failing its first {@code failures} attempts (as a crashed executor
     * would); counts the deliveries of each unit.
     */
    static final class Flaky implements CellEngine {
        final SparkCells spark;
        final int flaky;
        final int failures;
        final Map<Integer, AtomicInteger> delivered = new ConcurrentHashMap<>();

        Flaky(SparkCells spark, int flaky, int failures) {
            this.spark = spark;
            this.flaky = flaky;
            this.failures = failures;
        }

        @Override
        public void run(List<? extends CellWork> work, Sink sink) throws IOException {
            List<CellWork> wrapped = new ArrayList<>(work);
            wrapped.set(flaky, new FailingUnit(work.get(flaky), failures));
            spark.run(wrapped, (i, text) -> {
                delivered.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet();
                sink.accept(i, text);
            });
        }

        @Override
        public String where() {
            return spark.where();
        }
    }

    /** A unit whose first {@code failures} attempts throw. */
    record FailingUnit(CellWork inner, int failures) implements CellWork {
        @Override
        public String label() {
            return inner.label();
        }

        @Override
        public String compute() {
            if (TaskContext.get().attemptNumber() < failures) {
                throw new IllegalStateException("injected executor failure, attempt "
                        + TaskContext.get().attemptNumber());
            }
            return inner.compute();
        }
    }

    /** A unit carrying {@code data}; computes its label. */
    record Carrying(String label, byte[] data) implements CellWork {
        @Override
        public String compute() {
            return label;
        }
    }

    static int serializedSize(Object o) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.size();
    }

    @Test
    void theUnitsTravelOnceInABroadcastNotInEveryTask() throws IOException {
        byte[] catalogue = new byte[100_000];
        List<CellWork> units = List.of(new Carrying("a", catalogue), new Carrying("b", catalogue),
                new Carrying("c", catalogue));
        assertTrue(serializedSize(units) < catalogue.length + 1_000, "what the units share is written once");
        org.apache.spark.api.java.JavaSparkContext jsc = SparkJobs.start(SparkJobs.conf("local[1]", "t", QUIET));
        try {
            int task = serializedSize(new SparkCells.CellPartition(jsc.broadcast(units)));
            assertTrue(task < 2_000, "a task's function carries the broadcast handle, not the units: " + task);
        } finally {
            jsc.stop();
        }
        List<String> texts = new java.util.ArrayList<>(List.of("", "", ""));
        spark("local[2]").run(units, texts::set);
        assertEquals(List.of("a", "b", "c"), texts);
    }
}
