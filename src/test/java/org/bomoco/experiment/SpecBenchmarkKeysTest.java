package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys added for benchmark experiments: per-instance {@code evaluations} and {@code reference.divisions}. */
class SpecBenchmarkKeysTest {
    private static final String SPEC = """
            name: bench
            seed: 1
            instances:
              - benchmark: {problem: DTLZ1, objectives: 3}
                evaluations: 36800
              - benchmark: {problem: DTLZ2, objectives: 3}
            algorithms:
              - id: nsga3@moea
                parameters: {divisions: 12, sbxIndex: 30}
            budget: {evaluations: 23000}
            checkpoints: [11500, 23000]
            indicators: [igd]
            reference: {set: analytic, divisions: 12, normalization: none}
            """;

    @Test
    void instanceBudgetsAndDivisionsAreReadWrittenAndHashed(@TempDir Path tmp) throws IOException {
        ExperimentSpec s = SpecReader.read(SpecReaderTest.write(tmp, SPEC));
        assertEquals(36800, s.instances().get(0).evaluations());
        assertEquals(0, s.instances().get(1).evaluations());
        assertEquals(36800, s.instances().get(0).budget(s.budget()));
        assertEquals(23000, s.instances().get(1).budget(s.budget()));
        // 11500·36800/23000 = 18400
        assertEquals(List.of(18400L, 36800L), s.instances().get(0).checkpoints(s.budget(), s.checkpoints()));
        assertEquals(12, s.reference().divisions());
        assertEquals("none", s.reference().normalization());
        Path resolved = tmp.resolve("resolved.yaml");
        SpecReader.write(s, resolved);
        ExperimentSpec back = SpecReader.read(resolved);
        assertEquals(s, back);
        ExperimentSpec other = SpecReader.read(SpecReaderTest.write(tmp, SPEC.replace("36800", "36000")));
        assertNotEquals(SpecHash.of(s), SpecHash.of(other), "the instance budget determines the runs");
        assertEquals(SpecHash.of(s), SpecHash.of(SpecReader.read(SpecReaderTest.write(tmp,
                SPEC.replace("divisions: 12, normalization", "divisions: 6, normalization")))), "scoring only");
    }

    @Test
    void badValuesAreOneLineErrors(@TempDir Path tmp) throws IOException {
        InputException e = assertThrows(InputException.class,
                () -> SpecReader.read(SpecReaderTest.write(tmp, SPEC.replace("evaluations: 36800", "evaluations: 0"))));
        assertTrue(e.getMessage().contains("instances[0].evaluations"), e.getMessage());
        e = assertThrows(InputException.class, () -> SpecReader.read(SpecReaderTest.write(tmp,
                SPEC.replace("set: analytic, divisions: 12", "set: union, divisions: 12"))));
        assertTrue(e.getMessage().contains("reference.divisions") && e.getMessage().contains("analytic"),
                e.getMessage());
    }

    @Test
    void thePaperExperimentsAreValid() {
        for (String f : List.of("experiments/dtlz-nsga3-paper.yaml", "experiments/dtlz-nsga3-paper-quick.yaml")) {
            Path p = Path.of(f);
            assertTrue(Files.exists(p), f);
            ExperimentSpec s = SpecReader.read(p);
            assertEquals("analytic", s.reference().set(), f);
            assertEquals("none", s.reference().normalization(), f);
            // Deb & Jain 2014 Table I: generations × NSGA-III population (92 at m = 3, 212 at m = 5)
            assertEquals(List.of(400L * 92, 600L * 212, 250L * 92, 350L * 212),
                    s.instances().stream().map(i -> i.budget(s.budget())).toList(), f);
        }
    }
}
