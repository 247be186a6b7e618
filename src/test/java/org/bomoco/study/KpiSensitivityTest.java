package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.bomoco.experiment.SpecYaml;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;

/** The learning step, the feeding step's null case, and the YAML reader of {@link KpiSensitivity}. */
class KpiSensitivityTest {

    private static KpiSensitivity.Settings settings(String yaml) {
        return KpiSensitivity.read(SpecYaml.parse("kpi.yaml", yaml));
    }

    /**
     * Default history (2,000 services × 120 days, confounded: the 600 changed services are the fastest growers), seed
     * 1, true e = 2.5% per 100 ms over a 100 ms change. Observed when written: DiD ê = 2.35% [1.52%, 3.18%]; naive
     * −22.4% [−23.2%, −21.6%] — the pooled correlation credits the change with the growth (and the later days' trend)
     * that came with it, so it even gets the sign wrong.
     */
    @Test
    void didRecoversTheTrueSensitivityAndTheNaiveSlopeIsBiased() {
        KpiSensitivity.Settings s = settings("seed: 1");
        KpiSensitivityLearning.Learned l = KpiSensitivityLearning.learn(s);
        assertTrue(l.did().covers(0.025), () -> "DiD interval should cover 0.025: " + l.did());
        assertTrue(l.did().lower() > 0.01, () -> "DiD should exclude the 1% rule of thumb: " + l.did());
        assertEquals(0.0235, l.did().perHundredMs(), 0.0005);
        assertFalse(l.naive().covers(0.025), () -> "naive should miss the truth: " + l.naive());
        assertTrue(l.naive().upper() < 0, () -> "naive should have the wrong sign under confounding: " + l.naive());
    }

    /** The log-point → per-100-ms map: a 100 ms change costing 2.5% is ln(0.975) log points. */
    @Test
    void logPointsConvertToFractionPerHundredMs() {
        double a = Math.log(1 - 0.025);
        KpiSensitivity.Sensitivity e = KpiSensitivityLearning.toSensitivity(
                new org.bomoco.causal.EffectEstimate("x", a, 0.001, a - 0.002, a + 0.002), 100);
        assertEquals(0.025, e.perHundredMs(), 1e-12);
        assertTrue(e.lower() < 0.025 && e.upper() > 0.025); // the decreasing map swaps the interval's ends
        // 50 ms costing 1%: e per 100 ms = 2%
        assertEquals(0.02, KpiSensitivityLearning.toSensitivity(
                org.bomoco.causal.EffectEstimate.wald("x", Math.log(0.99), 0), 50).perHundredMs(), 1e-12);
    }

    /** Same seed, same e → same front → same pick: feeding ê equal to the assumed value changes no workload. */
    @Test
    void feedingTheAssumedValueChangesNothing() {
        KpiSensitivity.Settings s = settings("workloads: 30\nevaluations: 2000\nservices: 100\n");
        KpiSensitivityPlacement.Outcome o = KpiSensitivityPlacement.compare(s, s.assumedPer100ms(),
                Path.of("datasets"), new PrintWriter(new StringWriter()));
        assertEquals(new KpiSensitivity.Difference(0, 0, 0, 0, 0), o.change());
        // same candidates, same e: the pool picks agree exactly
        assertEquals(new KpiSensitivity.Difference(0, 0, 0, 0, 0), o.poolChange());
        assertEquals(o.assumed().migrations(), o.fed().migrations());
        assertEquals(30, o.workloads());
    }

    @Test
    void defaultsAndCanonicalRoundTrip() {
        KpiSensitivity.Settings d = settings("{}");
        assertEquals(KpiSensitivity.Settings.defaults(), d);
        KpiSensitivity.Settings s = settings("workloads: 50\npick: usd\nconfounded: false\nalgorithm: nsga2\n"
                + "true_per_100ms: 0.03\n");
        assertEquals("nsga2@moea", s.algorithm()); // resolved to the full id
        assertEquals(s, settings(s.canonical()));
        assertTrue(s.canonical().contains("pick: usd"));
    }

    @Test
    void yamlErrorsNameFileLineAndKey() {
        InputException unknown = assertThrows(InputException.class, () -> settings("seed: 3\nlatency: 5\n"));
        assertTrue(unknown.getMessage().startsWith("kpi.yaml:2: field 'latency'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("latency_ms"), unknown.getMessage()); // lists the valid keys
        InputException type = assertThrows(InputException.class, () -> settings("seed: 3\n\nworkloads: many\n"));
        assertTrue(type.getMessage().startsWith("kpi.yaml:3: field 'workloads'"), type.getMessage());
        InputException pick = assertThrows(InputException.class, () -> settings("pick: best\n"));
        assertTrue(pick.getMessage().startsWith("kpi.yaml:1: field 'pick'"), pick.getMessage());
        InputException bool = assertThrows(InputException.class, () -> settings("confounded: 1\n"));
        assertTrue(bool.getMessage().startsWith("kpi.yaml:1: field 'confounded'"), bool.getMessage());
        InputException alg = assertThrows(InputException.class, () -> settings("algorithm: nope\n"));
        assertTrue(alg.getMessage().startsWith("kpi.yaml:1: field 'algorithm'"), alg.getMessage());
        InputException total = assertThrows(InputException.class,
                () -> settings("true_per_100ms: 0.5\nlatency_ms: 300\n"));
        assertTrue(total.getMessage().startsWith("kpi.yaml:2: field 'latency_ms'"), total.getMessage());
    }
}
