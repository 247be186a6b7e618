package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.uma.jmetal.qualityindicator.impl.hypervolume.impl.WFGHypervolume;

/**
 * {@link Hypervolume} against jMetal 6.6's {@code WFGHypervolume} on fronts already in {@code [0,1]} with reference
 * point 1, where both compute the same quantity (LIBRARIES.md: jMetal clamps objectives to [0,1] and always uses
 * reference 1; its state is static, so it is called from this thread only, on copies, since it may reorder).
 */
class JMetalHypervolumeCrossCheckTest {
    /** Relative agreement of two exact algorithms (rounding only). */
    private static final double RELATIVE = 1e-12;

    @Test
    void agreesWithJMetalWfgOnRandomFronts() {
        for (int m = 3; m <= 6; m++) {
            for (long seed = 1; seed <= 2; seed++) {
                check(RandomFronts.sphere(60, m, seed));
                check(RandomFronts.simplex(60, m, seed));
            }
        }
        check(RandomFronts.sphere(150, 5, 42L));
    }

    @Test
    void agreesWithJMetalWfgOnDasDennisFronts() {
        check(DasDennis.dtlz2(5, 6));
        check(DasDennis.dtlz1(5, 6));
        check(DasDennis.dtlz2(3, 12));
    }

    private static void check(double[][] front) {
        int m = front[0].length;
        double[] ref = new double[m];
        Arrays.fill(ref, 1.0);
        double[][] copy = Arrays.stream(front).map(double[]::clone).toArray(double[][]::new);
        double expected = new WFGHypervolume(ref.clone()).compute(copy);
        assertEquals(expected, Hypervolume.compute(front, ref), RELATIVE * expected, "m = " + m + ", n = " + front.length);
    }
}
