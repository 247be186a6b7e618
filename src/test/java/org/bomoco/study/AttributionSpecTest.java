package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bomoco.causal.AttributionEvaluation.Row;
import org.bomoco.causal.EffectType;
import org.bomoco.cli.Main;
import org.bomoco.experiment.SpecYaml;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading {@code kind: attribution} files: defaults, the canonical resolved YAML, and one file:line:key error per
 * class of mistake (line numbers counted in the texts below, 1-based), plus the pooling arithmetic of chunked cells.
 */
class AttributionSpecTest {
    /** Lines 1–3. */
    private static final String BASE = "name: t\nkind: attribution\nseed: 7\n";

    @TempDir
    Path tmp;

    private Path file(String text) throws IOException {
        Path f = tmp.resolve("a.yaml");
        Files.writeString(f, text);
        return f;
    }

    private String error(String text) throws IOException {
        Path f = file(text);
        return assertThrows(InputException.class, () -> Studies.read(f)).getMessage();
    }

    @Test
    void defaultsFillEveryKeyAndTheResolvedYamlReadsBackToItself() throws IOException {
        AttributionStudy s = (AttributionStudy) Studies.read(file(BASE));
        AttributionSpec spec = s.spec();
        assertEquals(AttributionSpecReader.DEFAULT_HISTORIES, spec.histories());
        assertEquals(Path.of("results", "t"), spec.output());
        assertEquals(4, spec.scenarios().size());
        assertEquals(new AttributionSpec.Scenario(EffectType.LEVEL, 0.03, true), spec.scenarios().get(1));
        assertEquals(40, spec.simulation().services());
        assertEquals(2, spec.rollback().charts().size());
        String yaml = spec.toYaml();
        AttributionSpec again = AttributionSpecReader.read(SpecYaml.parse("study.yaml", yaml));
        assertEquals(yaml, again.toYaml());
        assertEquals(spec.simulation(), again.simulation()); // 1/60 survives the decimal text exactly
    }

    @Test
    void unknownKeyIsReportedAtItsLine() throws IOException {
        String m = error(BASE + "histories: 10\nhistries: 20\n");
        assertTrue(m.contains("a.yaml:5: field 'histries': unknown key"), m);
    }

    @Test
    void wrongTypeNamesTheNestedKey() throws IOException {
        String m = error(BASE + "simulation:\n  services: many\n");
        assertTrue(m.contains("a.yaml:5: field 'simulation.services': expected a whole number"), m);
        String b = error(BASE + "scenarios:\n  - {effect: level, size: 0.03, confounded: maybe}\n");
        assertTrue(b.contains("a.yaml:5: field 'scenarios[0].confounded': expected true or false"), b);
    }

    @Test
    void badEffectNameListsTheValidOnes() throws IOException {
        String m = error(BASE + "scenarios:\n  - {effect: zero}\n  - effect: jump\n    size: 0.03\n");
        assertTrue(m.contains("a.yaml:6: field 'scenarios[1].effect': unknown effect 'jump'; use zero, level or ramp"),
                m);
    }

    @Test
    void inconsistentValuesAreErrors() throws IOException {
        assertTrue(error(BASE + "scenarios:\n  - {effect: level}\n").contains("needs a relative 'size'"));
        assertTrue(error(BASE + "power: [0, 0.03, 0.02]\n").contains("a.yaml:4: field 'power[2]': values must be "
                + "strictly ascending"));
        // 0.3 × 5 services = 2 treated (rounded), leaving 3 never-treated: fine; 0.7 × 5 = 4 leaves 1: an error
        String m = error(BASE + "simulation: {services: 5, treated_share: 0.7}\n");
        assertTrue(m.contains("a.yaml:4: field 'simulation'") && m.contains("2 never-treated"), m);
        assertTrue(error(BASE + "simulation: {days: 60}\n").contains("must be < days 60"));
        assertTrue(error(BASE + "rollback: {charts: [raw, cusum]}\n").contains("unknown chart 'cusum'"));
        assertTrue(error(BASE + "sensitivity: {runs: 3}\n").contains("unknown key 'runs'"));
    }

    @Test
    void validateExitCodes() throws IOException {
        Path good = file(BASE + "histories: 10\n");
        assertEquals(0, Main.run("validate", good.toString()));
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, BASE + "scenarios:\n  - {effect: jump, size: 0.03}\n");
        assertEquals(2, Main.run("validate", bad.toString()));
        assertEquals(2, Main.run("run", bad.toString()));
    }

    @Test
    void poolingWeightsChunksByTheirHistories() {
        // n=2: bias 0.1, rmse 0.2, coverage 1/2, rejection 2/2; n=3: bias −0.1, rmse 0.1, coverage 3/3, rejection 0/3
        Row a = new Row("did", 0.03, false, 2, 0.1, 0.2, 0.5, 1.0);
        Row b = new Row("did", 0.03, false, 3, -0.1, 0.1, 1.0, 0.0);
        Row p = AttributionCells.pool(List.of(List.of(a), List.of(b))).get(0);
        assertEquals(5, p.histories());
        assertEquals((2 * 0.1 - 3 * 0.1) / 5, p.bias(), 1e-15);                    // −0.02
        assertEquals(Math.sqrt((2 * 0.04 + 3 * 0.01) / 5), p.rmse(), 1e-15);      // √0.022
        assertEquals(0.8, p.coverage(), 1e-15);                                   // (1 + 3) / 5
        assertEquals(0.4, p.rejectionRate(), 1e-15);                              // (2 + 0) / 5
    }
}
