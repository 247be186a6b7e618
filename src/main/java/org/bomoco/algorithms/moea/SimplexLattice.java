package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.List;

/**
 * The Das–Dennis simplex lattice (Das and Dennis 1998): every vector {@code (i_1, ..., i_m)/H} with non-negative
 * integers summing to {@code H} divisions, C(H + m − 1, m − 1) vectors (35 for H = 3, 210 for H = 6 at m = 5), in
 * lexicographically decreasing order of {@code i_1, i_2, ...}. Written here rather than taken from MOEA
 * Framework's {@code NormalBoundaryIntersectionGenerator}, which prints a warning to {@code System.err} whenever
 * H is less than m. O(size·m).
 */
final class SimplexLattice {
    private SimplexLattice() {
    }

    /** The lattice of {@code divisions} (≥ 1) over {@code objectives} (≥ 1) objectives. */
    static List<double[]> weights(int objectives, int divisions) {
        List<double[]> out = new ArrayList<>();
        fill(new int[objectives], 0, divisions, divisions, out);
        return out;
    }

    private static void fill(int[] counts, int k, int left, int divisions, List<double[]> out) {
        if (k == counts.length - 1) {
            counts[k] = left;
            double[] w = new double[counts.length];
            for (int j = 0; j < w.length; j++) {
                w[j] = (double) counts[j] / divisions;
            }
            out.add(w);
            return;
        }
        for (int c = left; c >= 0; c--) {
            counts[k] = c;
            fill(counts, k + 1, left - c, divisions, out);
        }
    }
}
