package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bomoco.indicators.Indicator;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner: key order, determinism across thread counts, resume after interruption, failures. */
class RunnerTest {
    @TempDir
    Path tmp;

    private static List<String> run(ExperimentSpec spec, RunExecutor executor) throws IOException {
        RunStore store = new RunStore(spec.output());
        store.prepare(spec, false);
        new Runner(executor).run(spec, store, ProgressReporter.silent());
        return store.load(Runner.keys(spec)).stream().map(Experiments::content).toList();
    }

    @Test
    void keysAreInstanceMajorThenAlgorithmThenReplicate() {
        List<RunKey> keys = Runner.keys(Experiments.demo(tmp, 1));
        assertEquals(List.of(new RunKey("demo", "nsga2", 0), new RunKey("demo", "nsga2", 1),
                new RunKey("demo", "nsga2-jm", 0), new RunKey("demo", "nsga2-jm", 1)), keys);
    }

    @Test
    void recordsAreIdenticalWithOneOrTwoThreads() throws IOException {
        List<String> one = run(Experiments.demo(tmp.resolve("t1"), 1), new Experiments.Counting());
        List<String> two = run(Experiments.demo(tmp.resolve("t2"), 2), new Experiments.Counting());
        assertEquals(one, two);
        // the records say something: a checkpoint at 100 and the end at ≥ 200 evaluations, distinct replicates
        RunRecord r = new RunStore(tmp.resolve("t1")).load(new RunKey("demo", "nsga2", 0));
        assertEquals(100, r.trace().get(0).evaluations(), "first checkpoint at the first generation ≥ 100");
        assertTrue(r.trace().get(r.trace().size() - 1).evaluations() >= 200);
        assertFalse(r.decisions().isEmpty());
        assertFalse(one.get(0).equals(one.get(1)), "two replicates with different seeds");
    }

    @Test
    void aResumedRunRedoesOnlyTheMissingRunAndEndsWhereAnUninterruptedOneDoes() throws IOException {
        ExperimentSpec whole = Experiments.demo(tmp.resolve("whole"), 2);
        List<String> uninterrupted = run(whole, new Experiments.Counting());
        Scoring.score(whole.output(), whole, new InstanceLoader(Experiments.CATALOGUE), 2);

        ExperimentSpec cut = Experiments.demo(tmp.resolve("cut"), 2);
        run(cut, new Experiments.Counting());
        RunStore store = new RunStore(cut.output());
        RunKey lost = new RunKey("demo", "nsga2-jm", 1);
        Files.delete(store.file(lost));                       // the process died during this run ...
        Path stray = store.file(lost).resolveSibling(".r1.json123456.tmp");
        Files.writeString(stray, "{\"key\": {\"inst");       // ... leaving its half-written temp file

        Experiments.Counting counting = new Experiments.Counting();
        List<String> resumed = run(cut, counting);
        assertEquals(1, counting.calls.get());
        assertEquals(List.of(lost), counting.keys);
        assertFalse(Files.exists(stray), "stray temp file removed");
        assertEquals(uninterrupted, resumed);
        Scoring.score(cut.output(), cut, new InstanceLoader(Experiments.CATALOGUE), 1);
        assertEquals(Files.readString(whole.output().resolve("indicators.csv")),
                Files.readString(cut.output().resolve("indicators.csv")));
        assertEquals(Files.readString(whole.output().resolve("reference/demo.json")),
                Files.readString(cut.output().resolve("reference/demo.json")));
    }

    @Test
    void aFinishedExperimentRunsNothing() throws IOException {
        ExperimentSpec spec = Experiments.demo(tmp, 2);
        run(spec, new Experiments.Counting());
        Experiments.Counting again = new Experiments.Counting();
        run(spec, again);
        assertEquals(0, again.calls.get());
    }

    @Test
    void aFailedRunStopsTheExperimentWithItsMessageAndKeepsFinishedRuns() throws IOException {
        ExperimentSpec spec = Experiments.spec(tmp, 1, List.of(
                new AlgorithmSpec("good", "random", 0, Map.of()),
                new AlgorithmSpec("bad", "nsga2@moea", 20, Map.of("bogusKnob", 1))));
        Experiments.Counting counting = new Experiments.Counting();
        InputException e = assertThrows(InputException.class, () -> run(spec, counting));
        assertTrue(e.getMessage().contains("bogusKnob"), e.getMessage());
        assertTrue(e.getMessage().startsWith("run demo/bad/r0"), e.getMessage());
        // one thread, replicate-major order (Runner.interleaved): good r0, bad r0 (fails), then nothing more
        RunStore store = new RunStore(tmp);
        assertTrue(store.finished(new RunKey("demo", "good", 0)));
        assertFalse(store.finished(new RunKey("demo", "good", 1)), "runs after the failure are not started");
        assertFalse(store.finished(new RunKey("demo", "bad", 1)), "runs after the failure are not started");
        assertEquals(2, counting.calls.get());
    }

    @Test
    void benchmarkInstancesInThePlacementExecutorAndUnknownAlgorithmsAreRefusedBeforeAnyRun() {
        ExperimentSpec bench = new ExperimentSpec("b", 1, 1, tmp, 1,
                List.of(new InstanceSpec("dtlz2", null, null, new BenchmarkSpec("DTLZ2", 3, 0))),
                List.of(new AlgorithmSpec("nsga2", "nsga2", 0, Map.of())), 1000, List.of(), Indicator.ids(),
                new ReferenceSpec("union", null, 1.1, "reference"), null);
        Experiments.Counting counting = new Experiments.Counting();
        InputException e = assertThrows(InputException.class, () -> run(bench, counting));
        assertTrue(e.getMessage().contains("the placement executor does not run"), e.getMessage());

        ExperimentSpec unknown = Experiments.spec(tmp, 1, List.of(new AlgorithmSpec("x", "nosuchalgo", 0, Map.of())));
        e = assertThrows(InputException.class, () -> run(unknown, counting));
        assertTrue(e.getMessage().contains("unknown algorithm 'nosuchalgo'"), e.getMessage());
        assertEquals(0, counting.calls.get());
    }

    @Test
    void labelsThatShareAFileNameAreRefused() {
        ExperimentSpec spec = Experiments.spec(tmp, 1, List.of(new AlgorithmSpec("a b", "random", 0, Map.of()),
                new AlgorithmSpec("a_b", "random", 0, Map.of())));
        InputException e = assertThrows(InputException.class, () -> Runner.keys(spec));
        assertTrue(e.getMessage().contains("would share the file"), e.getMessage());
    }
}
