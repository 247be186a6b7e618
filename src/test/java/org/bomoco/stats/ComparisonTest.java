package org.bomoco.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link Comparison} on seeded samples with clear shifts, identical distributions, and the summaries. */
class ComparisonTest {
    private static final int RUNS = 30;

    private static double[] normal(long seed, double mean) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] sample = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            sample[i] = mean + random.nextGaussian();
        }
        return sample;
    }

    /** Control N(0,1); "low" N(−2,1), "high" N(2,1), "twin" N(0,1) with another seed, "copy" = the control. */
    private static Map<String, double[]> samples() {
        Map<String, double[]> samples = new LinkedHashMap<>();
        samples.put("control", normal(1, 0));
        samples.put("low", normal(2, -2));
        samples.put("high", normal(3, 2));
        samples.put("twin", normal(4, 0));
        samples.put("copy", samples.get("control").clone());
        return samples;
    }

    @Test
    void minimisedIndicatorShiftsGiveTheRightVerdicts() {
        Comparison.Result r = Comparison.compare(samples(), false, "control");
        assertEquals(Verdict.BETTER, r.verdict("low"), "smaller is better");
        assertEquals(Verdict.WORSE, r.verdict("high"));
        assertEquals(Verdict.NO_DIFFERENCE, r.verdict("twin"));
        assertEquals(Verdict.NO_DIFFERENCE, r.verdict("copy"));
        assertEquals(Verdict.CONTROL, r.verdict("control"));
        PairResult copy = r.versusControl().get(3);
        assertEquals("copy", copy.algorithm());
        assertEquals(1.0, copy.test().pValue(), 1e-12);
        assertEquals(0.5, copy.probabilityBetter(), 1e-12);
        PairResult low = r.versusControl().get(0);
        assertTrue(low.probabilityBetter() > 0.71 && low.magnitude() == VarghaDelaney.Magnitude.LARGE);
        assertTrue(low.adjustedPValue() >= low.test().pValue(), "Holm never lowers p");
        assertTrue(r.omnibus().pValue() < 1e-6, "Kruskal–Wallis sees the shifts");
    }

    @Test
    void maximisedIndicatorFlipsTheVerdicts() {
        Comparison.Result r = Comparison.compare(samples(), true, "control", 0.01);
        assertEquals(Verdict.WORSE, r.verdict("low"));
        assertEquals(Verdict.BETTER, r.verdict("high"));
        assertEquals(Verdict.NO_DIFFERENCE, r.verdict("twin"));
    }

    @Test
    void allPairsAreHolmAdjustedOverTheWholeFamily() {
        Comparison.Result r = Comparison.compare(samples(), false, "control");
        assertEquals(10, r.allPairs().size()); // C(5, 2)
        double[] raw = r.allPairs().stream().mapToDouble(p -> p.test().pValue()).toArray();
        double[] adjusted = Holm.adjust(raw);
        for (int i = 0; i < raw.length; i++) {
            assertEquals(adjusted[i], r.allPairs().get(i).adjustedPValue(), 1e-15);
        }
        PairResult lowHigh = r.allPairs().stream()
                .filter(p -> p.algorithm().equals("low") && p.other().equals("high")).findFirst().orElseThrow();
        assertEquals(Verdict.BETTER, lowHigh.verdict());
    }

    @Test
    void summariesAndVerdictOfSeparatedSamples() {
        Map<String, double[]> samples = new LinkedHashMap<>();
        samples.put("A", new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        samples.put("B", new double[] {11, 12, 13, 14, 15, 16, 17, 18});
        Comparison.Result r = Comparison.compare(samples, false, "A");
        // A: median 4.5, R-7 quartiles 2.75 and 6.25 → IQR 3.5. B is worse (larger, minimised): every pair
        // separated, exact p = 2/C(16, 8) = 2/12870 < 0.05.
        assertEquals(4.5, r.summaries().get("A").median(), 1e-12);
        assertEquals(3.5, r.summaries().get("A").iqr(), 1e-12);
        assertEquals(14.5, r.summaries().get("B").median(), 1e-12);
        assertEquals(2.0 / 12870, r.versusControl().get(0).adjustedPValue(), 1e-12);
        assertEquals(Verdict.WORSE, r.verdict("B"));
        assertEquals("−", r.verdict("B").symbol());
        assertEquals(Verdict.CONTROL, r.verdict("A"));
    }

    @Test
    void rejectsBadArguments() {
        Map<String, double[]> one = Map.of("A", new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> Comparison.compare(one, true, "A"));
        assertThrows(IllegalArgumentException.class, () -> Comparison.compare(samples(), true, "nobody"));
        assertThrows(IllegalArgumentException.class, () -> Comparison.compare(samples(), true, "control", 1.5));
        Map<String, double[]> nan = samples();
        nan.put("bad", new double[] {Double.NaN});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Comparison.compare(nan, true, "control"));
        assertTrue(e.getMessage().contains("bad"), e.getMessage());
    }
}
