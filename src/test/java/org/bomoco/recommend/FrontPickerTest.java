package org.bomoco.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bomoco.recommend.FrontPicker.Method;
import org.junit.jupiter.api.Test;

/** {@link FrontPicker} on tiny fronts worked by hand. */
class FrontPickerTest {
    /**
     * Normalised by ideal (0,0) and nadir (10,10): (0,1), (0.2,0.3), (0.5,0.1), (1,0). Pseudo-weights
     * ((1 − f̃_1), (1 − f̃_2))/Σ: (1,0), (0.8,0.7)/1.5 = (0.533,0.467), (0.5,0.9)/1.4 = (0.357,0.643), (0,1).
     */
    private static final double[][] FRONT = {{0, 10}, {2, 3}, {5, 1}, {10, 0}};

    @Test
    void twoObjectiveKneeIsFarthestFromTheLineThroughTheExtremes() {
        // Extremes (0,1) and (1,0): line f̃1 + f̃2 = 1; distances ∝ 1 − Σ: 0, 0.5, 0.4, 0 → row 1.
        assertEquals(1, FrontPicker.knee(FRONT));
    }

    @Test
    void threeObjectiveKneeUsesTheHyperplaneThroughTheIndividualMinima() {
        // Already normalised (each objective spans [0,1]). Individual minima E1 = (0,1,0.5), E2 = (1,0,0.1),
        // E3 = (0.6,0.6,0). Solving a·E = 1: a1 + 0.5a2 = 1, a0 + 0.1a2 = 1, 0.6(a0 + a1) = 1 gives
        // a = (17, 13, 10)/18 (check: 13 + 5 = 18, 17 + 1 = 18, 0.6·30 = 18). 18 − (17f0 + 13f1 + 10f2):
        // A = (0.2,0.2,0.5): 18 − 11 = 7; B = (0.35,0.4,0.1): 18 − 12.15 = 5.85; Q = (0.05,0.9,1): −4.55.
        // The knee is A, although B has the smaller sum (0.85 < 0.9) and the plane Σ f̃ = 1 would pick B.
        double[][] front = {{0, 1, 0.5}, {1, 0, 0.1}, {0.6, 0.6, 0}, {0.05, 0.9, 1}, {0.35, 0.4, 0.1},
            {0.2, 0.2, 0.5}};
        assertEquals(5, FrontPicker.knee(front));
    }

    @Test
    void degenerateFrontsFallBackWithoutFailing() {
        assertEquals(0, FrontPicker.knee(new double[][] {{1, 2, 3}}));
        // Two points in three objectives cannot span a plane: Σ f̃ = 1 is used; (0,0,1) has sum 1 < 2.
        assertEquals(0, FrontPicker.knee(new double[][] {{0, 0, 1}, {1, 1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> FrontPicker.knee(new double[0][]));
    }

    @Test
    void pseudoWeightsPickTheNearestPseudoWeightVector() {
        // (0.5,0.5): distances² to row 1: 2·0.0333² ≈ 0.0022, row 2: 2·0.143² ≈ 0.041 → row 1.
        assertEquals(1, FrontPicker.pseudoWeights(FRONT, new double[] {0.5, 0.5}));
        // (0.3,0.7), given unnormalised as (3,7): row 2 is 0.057 away per objective, row 1 0.233 → row 2.
        assertEquals(2, FrontPicker.pseudoWeights(FRONT, new double[] {3, 7}));
        assertEquals(0, FrontPicker.pseudoWeights(FRONT, new double[] {1, 0}));
        assertEquals(3, FrontPicker.pseudoWeights(FRONT, new double[] {0, 1}));
    }

    @Test
    void compromiseProgrammingMinimisesTheWeightedDistanceToTheIdeal() {
        // p = 2, w = (0.5,0.5): Σ w·f̃² = 0.5, 0.065, 0.13, 0.5 → row 1.
        assertEquals(1, FrontPicker.compromise(FRONT, new double[] {0.5, 0.5}));
        // w = (0.1,0.9), p = 2: 0.9, 0.004 + 0.081 = 0.085, 0.025 + 0.009 = 0.034, 0.1 → row 2.
        assertEquals(2, FrontPicker.compromise(FRONT, new double[] {0.1, 0.9}, 2));
        // Same weights, p = 1: 0.9, 0.29, 0.14, 0.1 → row 3 (the exponent matters).
        assertEquals(3, FrontPicker.compromise(FRONT, new double[] {0.1, 0.9}, 1));
        // p = ∞ (weighted Tchebycheff): max(0.1f̃1, 0.9f̃2) = 0.9, 0.27, 0.09, 0.1 → row 2.
        assertEquals(2, FrontPicker.compromise(FRONT, new double[] {0.1, 0.9}, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> FrontPicker.compromise(FRONT, new double[] {1, 1}, 0.5));
        assertThrows(IllegalArgumentException.class, () -> FrontPicker.compromise(FRONT, new double[] {0, 0}));
    }

    @Test
    void methodsHaveIdsAndDispatch() {
        assertEquals(Method.COMPROMISE, Method.parse("Compromise").orElseThrow());
        assertEquals("weights", Method.WEIGHTS.id());
        assertEquals(2, FrontPicker.pick(Method.WEIGHTS, FRONT, new double[] {0.3, 0.7}));
        assertEquals(1, FrontPicker.pick(Method.KNEE, FRONT, new double[] {1, 0}));
    }
}
