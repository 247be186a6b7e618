package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.bomoco.algorithms.jmetal.JMetalBenchmarkProblems;
import org.bomoco.algorithms.moea.MoeaBenchmarkProblems;
import org.bomoco.model.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@link BenchmarkProblem} sizes and validation, and the libraries' implementations of the same problem checked
 * against each other (STYLE.md habit 8): the same real vector through MOEA Framework's and jMetal's classes, as
 * built by the two adapters, gives the same objectives.
 */
class BenchmarkProblemsTest {
    /** Both libraries compute DTLZ and ZDT in double precision with the same formulas: rounding only. */
    private static final double SAME = 1e-12;
    /** jMetal computes WFG in float: about 7 significant digits. */
    private static final double FLOAT = 1e-5;

    @Test
    void usualSizesFollowTheDefinitions() {
        // DTLZ n = m + k − 1: k = 5 (DTLZ1), 10 (DTLZ2–6), 20 (DTLZ7); WFG k = 2(m − 1), l = 20; ZDT 30 / 10.
        assertEquals(7, BenchmarkProblem.of("dtlz1", 3, 0).variables());
        assertEquals(9, BenchmarkProblem.of("DTLZ1", 5, 0).variables());
        assertEquals(12, BenchmarkProblem.of("DTLZ2", 3, 0).variables());
        assertEquals(14, BenchmarkProblem.of("DTLZ2", 5, 0).variables());
        assertEquals(22, BenchmarkProblem.of("DTLZ7", 3, 0).variables());
        assertEquals(4 + 20, BenchmarkProblem.of("WFG4", 3, 0).variables());
        assertEquals(30, BenchmarkProblem.of("ZDT3", 2, 0).variables());
        assertEquals(10, BenchmarkProblem.of("ZDT4", 2, 0).variables());
        assertEquals(10, BenchmarkProblem.of("ZDT6", 2, 0).variables());
        assertEquals(33, BenchmarkProblem.of("DTLZ3", 3, 33).variables());
        assertEquals(12, BenchmarkProblem.defaultDivisions(3));
        assertEquals(6, BenchmarkProblem.defaultDivisions(5));
    }

    @Test
    void undefinedCombinationsAreInputErrors() {
        InputException e = assertThrows(InputException.class, () -> BenchmarkProblem.of("ZDT1", 3, 0));
        assertEquals("objectives", e.field());
        e = assertThrows(InputException.class, () -> BenchmarkProblem.of("DTLZ2", 5, 4));
        assertTrue(e.getMessage().contains("at least 5 variables"), e.getMessage());
        e = assertThrows(InputException.class, () -> BenchmarkProblem.of("WFG2", 3, 4 + 3));
        assertTrue(e.getMessage().contains("even"), e.getMessage());
        assertThrows(InputException.class, () -> BenchmarkProblem.of("DTLZ8", 3, 0));
        assertThrows(InputException.class, () -> BenchmarkProblem.of("WFG1", 1, 0));
    }

    @ParameterizedTest
    @CsvSource({"DTLZ1,3", "DTLZ1,5", "DTLZ2,3", "DTLZ2,5", "DTLZ3,3", "DTLZ4,5", "DTLZ7,3", "ZDT1,2", "ZDT3,2",
            "ZDT4,2", "ZDT6,2"})
    void bothLibrariesGiveTheSameObjectives(String name, int m) {
        BenchmarkProblem b = BenchmarkProblem.of(name, m, 0);
        SplittableRandom rng = new SplittableRandom(name.hashCode() * 31L + m);
        for (int t = 0; t < 20; t++) {
            double[] x = randomPoint(b, rng);
            double[] moea = MoeaBenchmarkProblems.evaluate(b, x);
            double[] jmetal = JMetalBenchmarkProblems.evaluate(b, x);
            assertEquals(m, moea.length);
            assertArrayEquals(moea, jmetal, SAME * Math.max(1, Math.abs(moea[0])), b + " at x" + t);
        }
    }

    @Test
    void wfgAgreesToFloatPrecision() {
        BenchmarkProblem b = BenchmarkProblem.of("WFG4", 3, 0);
        SplittableRandom rng = new SplittableRandom(4);
        for (int t = 0; t < 20; t++) {
            double[] x = randomPoint(b, rng);
            assertArrayEquals(MoeaBenchmarkProblems.evaluate(b, x), JMetalBenchmarkProblems.evaluate(b, x),
                    FLOAT * 7, b.toString());
        }
    }

    @Test
    void optimalDtlz2PointsLieOnTheUnitSphere() {
        // DTLZ2 (Deb et al. 2005): g = Σ_{i≥m} (x_i − 0.5)² = 0 puts f on the sphere Σ f_k² = 1.
        BenchmarkProblem b = BenchmarkProblem.of("DTLZ2", 5, 0);
        double[] x = new double[b.variables()];
        java.util.Arrays.fill(x, 0.5);
        x[0] = 0.3;
        x[2] = 0.9;
        for (double[] f : new double[][] {MoeaBenchmarkProblems.evaluate(b, x), JMetalBenchmarkProblems.evaluate(b, x)}) {
            double s = 0;
            for (double v : f) {
                s += v * v;
            }
            assertEquals(1.0, s, 1e-12);
        }
    }

    /** Uniform in the box: [0, 1] except ZDT4's x₂.. in [−5, 5] and WFG's x_i in [0, 2i]. */
    private static double[] randomPoint(BenchmarkProblem b, SplittableRandom rng) {
        double[] x = new double[b.variables()];
        for (int j = 0; j < x.length; j++) {
            double hi = b.family().equals("WFG") ? 2.0 * (j + 1) : 1;
            double lo = b.name().equals("ZDT4") && j > 0 ? -5 : 0;
            hi = b.name().equals("ZDT4") && j > 0 ? 5 : hi;
            x[j] = lo + rng.nextDouble() * (hi - lo);
        }
        return x;
    }
}
