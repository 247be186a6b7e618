package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment-level {@code parallel_evaluation:} key ({@link SpecReader#PARALLEL_EVALUATION}): the default of every
 * algorithm's parameter of that name, an algorithm's own value wins, the resolved spec round-trips, and the spec hash
 * ignores it (it changes the wall time only).
 */
class GlobalParallelEvaluationTest {
    static final String BASE = """
            name: pe
            seed: 7
            instances:
              - path: datasets/instances/demo
            algorithms:
              - {id: nsga2@moea}
              - {id: nsga3@jmetal, parameters: {parallel_evaluation: 3, divisions: 4}}
            budget: {evaluations: 1000}
            """;

    static ExperimentSpec read(Path dir, String text) throws IOException {
        Path f = dir.resolve("exp.yaml");
        Files.writeString(f, text);
        return SpecReader.read(f);
    }

    @Test
    void theGlobalKeyIsTheDefaultOfEveryAlgorithmThatSetsNone(@TempDir Path tmp) throws IOException {
        ExperimentSpec s = read(tmp, BASE + "parallel_evaluation: 2\n");
        assertEquals(Map.of("parallel_evaluation", 2), s.algorithms().get(0).parameters());
        assertEquals(Map.of("parallel_evaluation", 3, "divisions", 4), s.algorithms().get(1).parameters());
        ExperimentSpec without = read(tmp, BASE);
        assertEquals(Map.of(), without.algorithms().get(0).parameters());
    }

    @Test
    void theResolvedSpecRoundTripsAndTheHashIgnoresTheKey(@TempDir Path tmp) throws IOException {
        ExperimentSpec s = read(tmp, BASE + "parallel_evaluation: 0\n");
        Path written = tmp.resolve("resolved.yaml");
        SpecReader.write(s, written);
        assertEquals(s, SpecReader.read(written));
        assertEquals(SpecHash.of(read(tmp, BASE)), SpecHash.of(s));
        assertEquals(SpecHash.of(read(tmp, BASE.replace("parallel_evaluation: 3", "parallel_evaluation: 1"))),
                SpecHash.of(s));
        assertNotEquals(SpecHash.of(read(tmp, BASE.replace("divisions: 4", "divisions: 5"))), SpecHash.of(s),
                "other parameters still count");
    }

    @Test
    void anOutOfRangeValueNamesTheKey(@TempDir Path tmp) {
        InputException e = assertThrows(InputException.class, () -> read(tmp, BASE + "parallel_evaluation: 300\n"));
        assertTrue(e.getMessage().contains("parallel_evaluation"), e.getMessage());
        assertTrue(e.getMessage().contains("exp.yaml:9: field 'parallel_evaluation'"), e.getMessage());
    }
}
