package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Optimizer#solveBenchmark} through the registry, for both adapters, with small budgets. */
class BenchmarkSolveTest {
    private static final AlgorithmRegistry REGISTRY = AlgorithmRegistry.standard();
    private static final BenchmarkProblem DTLZ2 = BenchmarkProblem.of("DTLZ2", 3, 0);
    /** 40 generations of NSGA-III's 92 (Deb &amp; Jain: 12 divisions → 91 points → population 92). */
    private static final long BUDGET = 92 * 40;

    @ParameterizedTest
    @ValueSource(strings = {"nsga2@moea", "nsga3@moea", "moead@moea", "nsga2@jmetal", "nsga3@jmetal",
            "moead@jmetal"})
    void dtlz2RunsAreDeterministicBudgetedAndConverge(String id) {
        Optimizer o = REGISTRY.get(id);
        assertTrue(o.supportsBenchmarks());
        List<Progress> seen = new ArrayList<>();
        SolveSpec spec = new SolveSpec(id, BUDGET, 7, 0, Map.of(), List.of(1000L, 2000L));
        SolveResult a = o.solveBenchmark(DTLZ2, spec, seen::add);
        SolveResult b = o.solveBenchmark(DTLZ2, spec, p -> { });
        assertTrue(a.evaluations() >= BUDGET && a.evaluations() < BUDGET + 212, "evaluations " + a.evaluations());
        assertEquals(a.evaluations(), b.evaluations());
        assertEquals(a.front().size(), b.front().size());
        for (int i = 0; i < a.front().size(); i++) {
            assertArrayEquals(a.front().get(i).objectives(), b.front().get(i).objectives());
            assertEquals(0, a.front().get(i).decision().length);
            assertEquals(0, a.front().get(i).constraints().length);
        }
        assertEquals(3, seen.size(), "two checkpoints and the end");
        assertEquals(a.evaluations(), seen.get(2).evaluations());
        // random points of the DTLZ2 box have g ≈ 10·(1/12) ≈ 0.83, so distance to the sphere ≈ 0.8; 40
        // generations bring every algorithm well inside 0.1 of the 91 targeted points on average
        double igd = igd(a.front(), targeted());
        assertTrue(igd < 0.1, id + " IGD " + igd);
    }

    @Test
    void sameSeedGivesBitIdenticalFronts() {
        for (String id : List.of("nsga3@moea", "moead@jmetal")) {
            SolveSpec spec = SolveSpec.of(id, 2000, 11);
            List<Candidate> a = REGISTRY.get(id).solveBenchmark(DTLZ2, spec, ProgressListener.NONE).front();
            List<Candidate> b = REGISTRY.get(id).solveBenchmark(DTLZ2, spec, ProgressListener.NONE).front();
            assertEquals(a, b, id);
            List<Candidate> c = REGISTRY.get(id).solveBenchmark(DTLZ2, SolveSpec.of(id, 2000, 12),
                    ProgressListener.NONE).front();
            assertFalse(a.equals(c), id + ": another seed gives another front");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"spea2@moea", "smsemoa@moea", "epsmoea@moea", "ibea@moea"})
    void theOtherMoeaFrameworkAlgorithmsRunOnZdt1(String id) {
        SolveResult r = REGISTRY.get(id).solveBenchmark(BenchmarkProblem.of("ZDT1", 2, 0),
                new SolveSpec(id, 1000, 3, 20, Map.of(), List.of()), ProgressListener.NONE);
        assertTrue(r.evaluations() >= 1000);
        assertFalse(r.front().isEmpty());
        assertEquals(2, r.front().get(0).objectives().length);
    }

    @Test
    void baselinesAndBadSpecsAreInputErrors() {
        for (String id : List.of("random", "composite", "exact", "weighted-sum")) {
            Optimizer o = REGISTRY.get(id);
            assertFalse(o.supportsBenchmarks(), id);
            InputException e = assertThrows(InputException.class,
                    () -> o.solveBenchmark(DTLZ2, SolveSpec.of(id, 1000, 1), ProgressListener.NONE));
            assertTrue(e.getMessage().contains("placement problems only"), e.getMessage());
        }
        Optimizer nsga3 = REGISTRY.get("nsga3@jmetal");
        InputException e = assertThrows(InputException.class, () -> nsga3.solveBenchmark(DTLZ2,
                new SolveSpec("nsga3@jmetal", 1000, 1, 0, Map.of("crossoverRate", 0.9), List.of()),
                ProgressListener.NONE));
        assertTrue(e.getMessage().contains("sbxIndex"), e.getMessage());
        e = assertThrows(InputException.class, () -> REGISTRY.get("nsga3@moea").solveBenchmark(DTLZ2,
                SolveSpec.of("nsga3@moea", 50, 1), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("one generation"), e.getMessage());
        e = assertThrows(InputException.class, () -> REGISTRY.get("nsga2@moea").solveBenchmark(
                BenchmarkProblem.of("ZDT5", 2, 0), SolveSpec.of("nsga2@moea", 1000, 1), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    /** Deb &amp; Jain's targeted points of DTLZ2 at m = 3: the 91 Das–Dennis directions w/‖w‖. */
    private static List<double[]> targeted() {
        List<double[]> out = new ArrayList<>();
        for (double[] w : WeightLattice.simplexLattice(3, 12)) {
            double n = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
            out.add(new double[] {w[0] / n, w[1] / n, w[2] / n});
        }
        return out;
    }

    /** Mean distance from each reference point to its nearest front point (IGD, power 1), naive. */
    private static double igd(List<Candidate> front, List<double[]> reference) {
        double sum = 0;
        for (double[] z : reference) {
            double best = Double.MAX_VALUE;
            for (Candidate c : front) {
                double[] f = c.objectives();
                double d = 0;
                for (int k = 0; k < f.length; k++) {
                    d += (f[k] - z[k]) * (f[k] - z[k]);
                }
                best = Math.min(best, Math.sqrt(d));
            }
            sum += best;
        }
        return sum / reference.size();
    }
}
