package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@link Igd}, {@link IgdPlus} and {@link AdditiveEpsilon} on hand-computed two-objective cases. */
class DistanceIndicatorsTest {
    private static final double EXACT = 1e-12;
    /** Reference front of the cases: the two ends of the segment f1 + f2 = 1. */
    private static final double[][] ENDS = {{0, 1}, {1, 0}};
    /** A third reference point, the middle of that segment. */
    private static final double[][] THREE = {{0, 1}, {0.5, 0.5}, {1, 0}};
    /** Two points, each 0.5 worse than the segment in one objective. */
    private static final double[][] SHIFTED = {{0.5, 1}, {1, 0.5}};

    @Test
    void igdIsTheMeanDistanceToTheNearestSolution() {
        // (0,1)→(0.5,1): 0.5; (0.5,0.5)→either: 0.5; (1,0)→(1,0.5): 0.5. Mean 0.5.
        assertEquals(0.5, Igd.compute(SHIFTED, THREE), EXACT);
        // A single point (0.2,0.2): distance √(0.2² + 0.8²) = √0.68 from each end.
        assertEquals(Math.sqrt(0.68), Igd.compute(new double[][] {{0.2, 0.2}}, ENDS), EXACT);
        assertEquals(0.0, Igd.compute(THREE, THREE), EXACT);
    }

    @Test
    void igdPlusCountsOnlyTheInferiorPart() {
        // (0.2,0.2) vs (0,1): d+ = √(max(0.2,0)² + max(−0.8,0)²) = 0.2, same for (1,0): IGD+ = 0.2 (IGD gives √0.68).
        assertEquals(0.2, IgdPlus.compute(new double[][] {{0.2, 0.2}}, ENDS), EXACT);
        // SHIFTED: every reference point has a solution exactly 0.5 worse in one objective: 0.5.
        assertEquals(0.5, IgdPlus.compute(SHIFTED, THREE), EXACT);
        // A solution dominating every reference point has distance 0.
        assertEquals(0.0, IgdPlus.compute(new double[][] {{-1, -1}}, THREE), EXACT);
    }

    @Test
    void additiveEpsilonIsTheLargestShiftNeeded() {
        // (0,1): min(max(0.5,0), max(1,−0.5)) = 0.5; (1,0): min(max(−0.5,1), max(0,0.5)) = 0.5. Max 0.5.
        assertEquals(0.5, AdditiveEpsilon.compute(SHIFTED, ENDS), EXACT);
        // (−1,−1) beats both ends by 1 in the worse objective: max(−1, −2) = −1.
        assertEquals(-1.0, AdditiveEpsilon.compute(new double[][] {{-1, -1}}, ENDS), EXACT);
        // Missing the middle point: (0.5,0.5) needs max over k of (a−r) from the best end: max(−0.5, 0.5) = 0.5.
        assertEquals(0.5, AdditiveEpsilon.compute(ENDS, THREE), EXACT);
    }

    @Test
    void emptyApproximationIsInfinitelyBadAndEmptyReferenceIsAnError() {
        double[][] none = new double[0][];
        assertEquals(Double.POSITIVE_INFINITY, Igd.compute(none, ENDS));
        assertEquals(Double.POSITIVE_INFINITY, IgdPlus.compute(none, ENDS));
        assertEquals(Double.POSITIVE_INFINITY, AdditiveEpsilon.compute(none, ENDS));
        assertThrows(IllegalArgumentException.class, () -> Igd.compute(ENDS, none));
        assertThrows(IllegalArgumentException.class, () -> IgdPlus.compute(new double[][] {{1, 2, 3}}, ENDS));
    }
}
