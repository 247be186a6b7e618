package org.bomoco.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Per-workload footprints add up to the evaluator's objectives on seeded random decisions. */
class FootprintTest {
    private static double sum(double[][] parts, Footprint.Part p) {
        double s = 0;
        for (double[] row : parts) {
            s += row[p.ordinal()];
        }
        return s;
    }

    @Test
    void workloadSharesSumToTheObjectives() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 20; trial++) {
            PlacementProblem problem = PlacementProblem.compile(SyntheticInstances.create(40, 6, 100 + trial));
            int[] x = trial == 0 ? problem.currentDecision() : SyntheticInstances.randomDecision(problem, rng);
            Evaluation ev = problem.evaluate(x);
            double[][] f = Footprint.perWorkload(problem, x);
            assertEquals(40, f.length);
            double cost = ev.objective(Objective.COST);
            double carbon = ev.objective(Objective.CARBON);
            double water = ev.objective(Objective.WATER);
            assertEquals(cost, sum(f, Footprint.Part.COST_USD), 1e-9 * cost);
            assertEquals(carbon, sum(f, Footprint.Part.SCOPE2_KG) + sum(f, Footprint.Part.EMBODIED_KG),
                    1e-9 * carbon);
            assertEquals(water, sum(f, Footprint.Part.WATER_L), 1e-9 * water);
            assertTrue(sum(f, Footprint.Part.ENERGY_KWH) > 0);
            assertTrue(sum(f, Footprint.Part.SCOPE2_KG) > 0 && sum(f, Footprint.Part.EMBODIED_KG) > 0);
        }
    }

    @Test
    void outOfBoundsDecisionIsRefused() {
        PlacementProblem problem = PlacementProblem.compile(SyntheticInstances.create(5, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> Footprint.perWorkload(problem, new int[3]));
    }
}
