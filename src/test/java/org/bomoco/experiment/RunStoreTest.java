package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run store: exact round trips, atomic files, refusal of another configuration's results, I/O errors. */
class RunStoreTest {
    @TempDir
    Path out;

    private static RunRecord record(RunKey key) {
        // values whose decimal forms are long: they must survive the JSON round trip bit for bit
        double[] p = {0.1 + 0.2, Math.PI, 1e-300, 6386.850487999999, -0.0};
        return new RunRecord(key, -7L, "nsga2@moea", "moeaframework", 200, 0.5,
                List.of(new TracePoint(100, 0.25, List.of(p))), List.of(p), List.of(true), List.of("a/v1/spot/0"));
    }

    @Test
    void recordsRoundTripExactly() throws IOException {
        RunStore store = new RunStore(out);
        store.prepare(Experiments.demo(out, 1), false);
        RunKey key = new RunKey("demo", "nsga2", 3);
        assertFalse(store.finished(key));
        store.save(record(key));
        assertTrue(store.finished(key));
        assertEquals(out.resolve("runs/demo/nsga2/r3.json"), store.file(key));
        RunRecord back = store.load(key);
        assertEquals(Experiments.content(record(key)), Experiments.content(back));
        assertArrayEquals(record(key).objectives().get(0), back.objectives().get(0));
        try (var files = Files.list(store.file(key).getParent())) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void anotherConfigurationIsRefusedUnlessForced() throws IOException {
        RunStore store = new RunStore(out);
        ExperimentSpec a = Experiments.demo(out, 1);
        store.prepare(a, false);
        store.save(record(new RunKey("demo", "nsga2", 0)));
        Files.writeString(out.resolve("indicators.csv"), "old");
        Files.createDirectories(out.resolve("arrow/tables"));
        Files.writeString(out.resolve("arrow/tables/summary.arrows"), "old export");
        // same runs, other thread count: accepted as the same configuration
        assertEquals(Optional.empty(), store.prepare(Experiments.demo(out, 4), false));

        ExperimentSpec b = Experiments.spec(out, 1, List.of(new AlgorithmSpec("nsga2", "nsga2@moea", 40, Map.of())));
        InputException e = assertThrows(InputException.class, () -> store.prepare(b, false));
        assertTrue(e.getMessage().contains("different experiment configuration") && e.getMessage().contains("--force"),
                e.getMessage());
        assertTrue(store.finished(new RunKey("demo", "nsga2", 0)), "nothing deleted without --force");

        Optional<String> note = store.prepare(b, true);
        assertTrue(note.orElseThrow().contains("deleted"), note.toString());
        assertFalse(store.finished(new RunKey("demo", "nsga2", 0)));
        assertFalse(Files.exists(out.resolve("indicators.csv")));
        assertFalse(Files.exists(out.resolve("arrow")), "bomoco export's frames of the old configuration deleted");
        assertEquals(SpecHash.of(b), Files.readString(out.resolve(RunStore.SPEC_HASH)).strip());
    }

    @Test
    void theHashIgnoresThreadsAndOutputButNotSeedsOrParameters() {
        String h = SpecHash.of(Experiments.demo(out, 1));
        assertEquals(h, SpecHash.of(Experiments.demo(out.resolve("elsewhere"), 8)));
        ExperimentSpec s = Experiments.demo(out, 1);
        ExperimentSpec otherSeed = new ExperimentSpec(s.name(), s.seed() + 1, s.replicates(), s.output(), 1,
                s.instances(), s.algorithms(), s.budget(), s.checkpoints(), s.indicators(), s.reference(), null);
        assertNotEquals(h, SpecHash.of(otherSeed));
        assertNotEquals(h, SpecHash.of(Experiments.spec(out, 1, List.of(
                new AlgorithmSpec("nsga2", "nsga2@moea", 20, Map.of("crossoverRate", 0.8))))));
        assertEquals(64, h.length());
    }

    @Test
    void aCorruptRecordIsAnIoErrorSayingHowToRedoTheRun() throws IOException {
        RunStore store = new RunStore(out);
        store.prepare(Experiments.demo(out, 1), false);
        RunKey key = new RunKey("demo", "nsga2", 0);
        Files.createDirectories(store.file(key).getParent());
        Files.writeString(store.file(key), "{\"key\": ");
        IOException e = assertThrows(IOException.class, () -> store.load(key));
        assertTrue(e.getMessage().contains("delete it"), e.getMessage());
    }

    @Test
    void anUncreatableOutputDirectoryIsAnIoError() throws IOException {
        Path file = Files.writeString(out.resolve("plain-file"), "x");
        RunStore store = new RunStore(file.resolve("results"));
        IOException e = assertThrows(IOException.class, () -> store.prepare(Experiments.demo(out, 1), false));
        assertTrue(e.getMessage().contains("cannot create the results directory"), e.getMessage());
    }

    @Test
    void theEnvironmentNamesTheLibraryVersions() throws IOException {
        RunStore store = new RunStore(out);
        store.prepare(Experiments.demo(out, 1), false);
        store.writeEnvironment(Environment.capture(3, 1));
        JsonNode env = RunStore.JSON.readTree(out.resolve("environment.json").toFile());
        // the versions pinned in pom.xml, read from the jars' META-INF/maven/.../pom.properties
        assertEquals("5.0", env.path("libraries").path("MOEA Framework").asText());
        assertEquals("6.6", env.path("libraries").path("jMetal").asText());
        assertEquals(3, env.path("threads").asInt());
        assertEquals("local", env.path("engine").asText());
        assertTrue(env.path("master").isNull());
        store.writeEnvironment(Environment.capture(new EngineSpec("spark", "spark://h:7077"), 0, 1, List.of()));
        env = RunStore.JSON.readTree(out.resolve("environment.json").toFile());
        assertEquals("spark", env.path("engine").asText());
        assertEquals("spark://h:7077", env.path("master").asText());
        assertEquals(0, env.path("threads").asInt());
        assertEquals(Runtime.getRuntime().availableProcessors(), env.path("availableProcessors").asInt());
        assertTrue(env.path("startedUtc").asText().endsWith("Z"));
    }
}
