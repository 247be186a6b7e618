package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bomoco.experiment.SpecYaml;
import org.bomoco.model.InputException;
import org.bomoco.recommend.FrontPicker;
import org.junit.jupiter.api.Test;

/** Strict reading of {@code kind: adaptation} files: defaults, and errors naming file, line and key. */
class AdaptationSpecTest {
    private static final String HEAD = "name: t\nkind: adaptation\nseed: 3\ninstance: {generate: {workloads: 5, seed: 1}}\n";

    private static AdaptationSpec read(String text) {
        return AdaptationSpec.read(SpecYaml.parse("s.yaml", text));
    }

    private static InputException error(String text) {
        return assertThrows(InputException.class, () -> read(text));
    }

    @Test
    void defaults() {
        AdaptationSpec s = read(HEAD);
        assertEquals(168, s.hours());
        assertEquals(5, s.replicates());
        assertEquals("nsga2@moea", s.algorithm());
        assertEquals(4000, s.evaluations());
        assertEquals(2000, s.warmEvaluations());
        assertEquals(FrontPicker.Method.KNEE, s.pick());
        assertEquals(List.of(AdaptationStrategy.values()), s.strategies());
        assertEquals(2000, s.budget(AdaptationStrategy.WARMSTART, 1));
        assertEquals(4000, s.budget(AdaptationStrategy.WARMSTART, 0));
        // The resolved YAML reads back to the same spec.
        assertEquals(s, read(s.toYaml()));
    }

    @Test
    void errorsNameFileLineAndKey() {
        InputException unknown = error(HEAD + "hour: 3\n");
        assertEquals("s.yaml", unknown.file());
        assertEquals(5, unknown.line());
        assertEquals("hour", unknown.field());
        InputException strategy = error(HEAD + "strategies:\n  - static\n  - sometimes\n");
        assertEquals(7, strategy.line());
        assertEquals("strategies[1]", strategy.field());
        assertTrue(strategy.getMessage().contains("warmstart-full"), strategy.getMessage());
        InputException hours = error(HEAD + "hours: many\n");
        assertEquals("hours", hours.field());
        InputException gen = error("name: t\nkind: adaptation\nseed: 3\ninstance:\n  generate: {workloads: 0, seed: 1}\n");
        assertEquals("instance.generate.workloads", gen.field());
        assertEquals(5, gen.line());
        InputException pick = error(HEAD + "pick: best\n");
        assertEquals("pick", pick.field());
        InputException twice = error(HEAD + "strategies: [static, static]\n");
        assertEquals("strategies[1]", twice.field());
        assertEquals("seed", error("name: t\nkind: adaptation\ninstance: {path: x}\n").field());
    }

    @Test
    void warmStartNeedsAnAlgorithmThatTakesAPopulation() {
        InputException e = error(HEAD + "algorithm: composite\n");
        assertEquals("algorithm", e.field());
        assertEquals(List.of(AdaptationStrategy.STATIC, AdaptationStrategy.REOPTIMISE),
                read(HEAD + "algorithm: composite\nstrategies: [static, reoptimise]\n").strategies());
        assertEquals("algorithm", error(HEAD + "algorithm: nosuch\n").field());
    }
}
