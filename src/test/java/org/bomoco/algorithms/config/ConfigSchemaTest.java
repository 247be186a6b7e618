package org.bomoco.algorithms.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigSchema#read}: the defaults of every family, the same record whether a value is absent, written as
 * its default, or given as text (the command line), and one clear error per unknown key or bad value.
 */
class ConfigSchemaTest {
    private static final Variation V = Variation.DEFAULT;

    /** The defaults as the adapters used them before the typed configuration (their former literals). */
    @Test
    void theDefaultsOfEveryFamily() {
        assertEquals(new Variation(0.9, 0, 1.0, 30, 0, 20), V);
        assertEquals(new AlgorithmConfig.Genetic(V, 1), ConfigSchema.GENETIC.defaults());
        assertEquals(new AlgorithmConfig.ReferencePoints(V, 0, 1), ConfigSchema.REFERENCE_POINTS.defaults());
        assertEquals(new AlgorithmConfig.Moead(V, 0, 20, 0.9, 2, AlgorithmConfig.Scalarization.PBI, 5.0, 1),
                ConfigSchema.MOEAD.defaults());
        assertEquals(new AlgorithmConfig.SmsEmoa(V, 64, 1), ConfigSchema.SMS_EMOA.defaults());
        assertEquals(new AlgorithmConfig.Spea2(V, 1, 1), ConfigSchema.SPEA2.defaults());
        assertEquals(new AlgorithmConfig.EpsMoea(V, List.of(0.01), 1), ConfigSchema.EPS_MOEA.defaults());
        assertEquals(new AlgorithmConfig.Ibea(V, AlgorithmConfig.IbeaIndicator.HYPERVOLUME, 1),
                ConfigSchema.IBEA.defaults());
        assertEquals(new AlgorithmConfig.WeightedSum(V, 3, 1), ConfigSchema.WEIGHTED_SUM.defaults());
        assertEquals(new AlgorithmConfig.RandomSampling(1), ConfigSchema.RANDOM.defaults());
        assertEquals(new AlgorithmConfig.Exhaustive(2_000_000L, 1), ConfigSchema.EXHAUSTIVE.defaults());
        assertEquals(new AlgorithmConfig.Composite(4, List.of(), 1), ConfigSchema.COMPOSITE.defaults());
        assertEquals(6, Lattice.placement(0));
        assertEquals(12, Lattice.benchmark(0, 3));
        assertEquals(7, Lattice.benchmark(7, 3));
    }

    /** Every default written out explicitly, as numbers and as command-line text, reads back to the defaults. */
    @Test
    void explicitDefaultsRoundTrip() {
        Map<String, Object> moead = new TreeMap<>(Map.of("crossoverRate", 0.9, "mutationRate", 0, "sbxRate", 1,
                "sbxIndex", 30.0, "pmRate", 0.0, "pmIndex", 20, "neighborhoodSize", 20, "delta", 0.9, "eta", 2.0,
                "parallel_evaluation", 1));
        moead.put("scalarization", "PBI");
        moead.put("theta", 5);
        AlgorithmConfig.Moead defaults = ConfigSchema.MOEAD_SCALARIZED.defaults();
        assertEquals(defaults, ConfigSchema.MOEAD_SCALARIZED.read("moead", moead, Target.BOTH));
        Map<String, Object> text = new TreeMap<>();
        moead.forEach((k, v) -> text.put(k, String.valueOf(v)));
        text.put("eta", "2");
        assertEquals(defaults, ConfigSchema.MOEAD_SCALARIZED.read("moead", text, Target.BOTH));
        assertEquals(ConfigSchema.EXHAUSTIVE.defaults(), ConfigSchema.EXHAUSTIVE.read("exact",
                Map.of("maxSolutions", "2_000_000"), Target.PLACEMENT_ONLY));
    }

    @Test
    void valuesAreTypedAndRangeChecked() {
        AlgorithmConfig.Moead m = ConfigSchema.MOEAD.read("moead", Map.of("divisions", 4, "eta", 3, "delta", "0.5"),
                Target.PLACEMENT_ONLY);
        assertEquals(4, m.divisions());
        assertEquals(3, m.eta());
        assertEquals(0.5, m.delta());
        assertBad(ConfigSchema.MOEAD, Map.of("eta", -1), "eta", "-1 is out of range; expected a whole number in [1, ∞)");
        assertBad(ConfigSchema.MOEAD, Map.of("eta", 2.5), "eta", "2.5 is not a whole number");
        assertBad(ConfigSchema.MOEAD, Map.of("neighborhoodSize", "ten"), "neighborhoodSize", "'ten' is not a whole");
        assertBad(ConfigSchema.MOEAD, Map.of("divisions", 41), "divisions", "[1, 40]");
        assertBad(ConfigSchema.MOEAD, Map.of("delta", Double.NaN), "delta", "expected a number in [0, 1]");
        // on benchmarks only, a finer lattice is allowed
        assertEquals(100, ConfigSchema.REFERENCE_POINTS.read("nsga3", Map.of("divisions", 100),
                Target.BENCHMARK_ONLY).divisions());
        assertEquals(List.of(0.1, 0.2, 0.3), ConfigSchema.EPS_MOEA.read("epsmoea", Map.of("epsilon",
                List.of(0.1, 0.2, 0.3)), Target.BENCHMARK_ONLY).epsilon());
        assertBad(ConfigSchema.EPS_MOEA, Map.of("epsilon", List.of(0.1, 0.2, 0.3)), "epsilon", "a list of 5");
    }

    @Test
    void unknownKeysListTheValidOnesOfTheTargets() {
        InputException e = assertBad(ConfigSchema.MOEAD, Map.of("neighbourhoodSize", 5), "neighbourhoodSize",
                "unknown parameter for test; valid keys: crossoverRate, delta, divisions, eta, mutationRate, "
                        + "neighborhoodSize, parallel_evaluation");
        assertEquals(ConfigSchema.SOURCE, e.file());
        InputException bench = assertThrows(InputException.class, () -> ConfigSchema.MOEAD.read("test",
                Map.of("crossoverRate", 0.5), Target.BENCHMARK_ONLY));
        assertTrue(bench.getMessage().contains("on benchmark problems; valid keys: delta, divisions, eta, "
                + "neighborhoodSize, parallel_evaluation, pmIndex, pmRate, sbxIndex, sbxRate"), bench.getMessage());
        assertEquals(Map.of("crossoverRate", 0.5), ConfigSchema.MOEAD.read("test", Map.of("crossoverRate", 0.5),
                Target.BOTH).variation().crossoverRate() == 0.5 ? Map.of("crossoverRate", 0.5) : Map.of());
        assertBad(ConfigSchema.MOEAD, Map.of("scalarization", "pbi"), "scalarization", "unknown parameter");
        // no schema: any key, values as given
        assertEquals(Map.of("x", "y"), ConfigSchema.CUSTOM.read("p", Map.of("x", "y"), Target.BOTH).values());
    }

    @Test
    void compositeWeightsInEveryShape() {
        List<List<Double>> two = List.of(List.of(1.0, 0.0, 0.0, 0.0, 0.0), List.of(0.2, 0.2, 0.2, 0.2, 0.2));
        assertEquals(two, ConfigSchema.COMPOSITE.read("c", Map.of("weights", "1,0,0,0,0; 0.2,0.2,0.2,0.2,0.2"),
                Target.PLACEMENT_ONLY).weights());
        assertEquals(two, ConfigSchema.COMPOSITE.read("c", Map.of("weights", List.of(List.of(1, 0, 0, 0, 0),
                List.of(0.2, 0.2, 0.2, 0.2, 0.2))), Target.PLACEMENT_ONLY).weights());
        assertBad(ConfigSchema.COMPOSITE, Map.of("weights", List.of(1, 2)), "weights", "needs 5 numbers");
        assertBad(ConfigSchema.COMPOSITE, Map.of("weights", List.of(0, 0, 0, 0, 0)), "weights", "all zero");
        assertBad(ConfigSchema.COMPOSITE, Map.of("weights", List.of(1, 0, 0, 0, 0), "divisions", 3), "divisions",
                "not both");
    }

    private static InputException assertBad(ConfigSchema<?> schema, Map<String, ?> raw, String key, String text) {
        InputException e = assertThrows(InputException.class, () -> schema.read("test", raw, Target.PLACEMENT_ONLY));
        assertEquals(key, e.field());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        return e;
    }
}
