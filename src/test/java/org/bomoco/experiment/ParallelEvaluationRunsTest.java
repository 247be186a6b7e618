package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter {@code parallel_evaluation} changes where evaluations run, never what a run finds: every library
 * algorithm gives the record of its serial run at 2 and 3 evaluation threads (the steady-state ones evaluate
 * serially whatever is asked, and are included to show the key is accepted and harmless).
 */
class ParallelEvaluationRunsTest {
    @TempDir
    Path tmp;

    private static List<AlgorithmSpec> withThreads(int threads) {
        List<AlgorithmSpec> out = new ArrayList<>();
        for (AlgorithmSpec a : ThreadCountDeterminismTest.libraryAlgorithms()) {
            Map<String, Object> p = new HashMap<>(a.parameters());
            p.put(ParallelEvaluation.KEY, threads);
            out.add(new AlgorithmSpec(a.label(), a.id(), a.population(), p));
        }
        return out;
    }

    private static List<String> records(ExperimentSpec spec) throws IOException {
        RunStore store = new RunStore(spec.output());
        store.prepare(spec, false);
        new Runner(new Experiments.Counting()).run(spec, store, ProgressReporter.silent());
        return store.load(Runner.keys(spec)).stream().map(Experiments::content).toList();
    }

    @Test
    void recordsAreThoseOfTheSerialRunAtTwoAndThreeEvaluationThreads() throws IOException {
        List<String> serial = records(ThreadCountDeterminismTest.spec(tmp.resolve("s"), 2,
                ThreadCountDeterminismTest.libraryAlgorithms()));
        assertEquals(serial, records(ThreadCountDeterminismTest.spec(tmp.resolve("p2"), 2, withThreads(2))));
        assertEquals(serial, records(ThreadCountDeterminismTest.spec(tmp.resolve("p3"), 1, withThreads(3))));
    }

    @Test
    void aNegativeThreadCountIsAUserError() {
        ExperimentSpec spec = ThreadCountDeterminismTest.spec(tmp.resolve("bad"), 1, withThreads(-1).subList(0, 1));
        RunStore store = new RunStore(spec.output());
        InputException e = assertThrows(InputException.class, () -> {
            store.prepare(spec, false);
            new Runner(new Experiments.Counting()).run(spec, store, ProgressReporter.silent());
        });
        assertTrue(e.getMessage().contains(ParallelEvaluation.KEY), e.getMessage());
    }
}
