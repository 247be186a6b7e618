package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.recommend.Weights;
import org.junit.jupiter.api.Test;

/** The hysteresis rule of {@code warmstart-sticky}: {@link AdaptationSimulation#worthSwitching}. */
class AdaptationStickyTest {

    @Test
    void keepingThePlanIsNeverWorthASwitch() {
        PlacementProblem p = AdaptationWarmStartTest.problem();
        List<Candidate> front = AlgorithmRegistry.standard().get("nsga2@moea")
                .solve(p, SolveSpec.of("nsga2@moea", 2000, 3), ProgressListener.NONE).front();
        int[] x = front.stream().filter(Candidate::feasible).findFirst().orElseThrow().decision();
        // gain of x over itself is exactly 0, and the rule needs gain > threshold
        assertFalse(AdaptationSimulation.worthSwitching(p, front, x, x, 0.0));
    }

    @Test
    void theGainIsTheWeightedRangeNormalisedImprovement() {
        PlacementProblem p = AdaptationWarmStartTest.problem();
        List<Candidate> feasible = AlgorithmRegistry.standard().get("nsga2@moea")
                .solve(p, SolveSpec.of("nsga2@moea", 2000, 3), ProgressListener.NONE).front().stream()
                .filter(Candidate::feasible).toList();
        Candidate a = feasible.get(0);
        Candidate b = feasible.get(feasible.size() - 1);
        // hand computation of the documented rule over the same points (front ∪ deployed = front here)
        double[] w = Weights.DEFAULT.toArray();
        double gain = 0;
        for (int k = 0; k < w.length; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Candidate c : feasible) {
                lo = Math.min(lo, c.objectives()[k]);
                hi = Math.max(hi, c.objectives()[k]);
            }
            gain += hi > lo ? w[k] * (a.objectives()[k] - b.objectives()[k]) / (hi - lo) : 0;
        }
        assertEquals(gain > 0.01, AdaptationSimulation.worthSwitching(p, feasible, a.decision(), b.decision(), 0.01));
        assertEquals(gain > -0.01, AdaptationSimulation.worthSwitching(p, feasible, a.decision(), b.decision(),
                -0.01 + 0.0)); // thresholds below 0 are refused by the reader but the rule itself is monotone
        assertTrue(Math.abs(gain) <= 1.0 + 1e-12, "normalised gain is within [-1, 1]: " + gain);
    }
}
