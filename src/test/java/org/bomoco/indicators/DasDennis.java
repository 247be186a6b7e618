package org.bomoco.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Das–Dennis simplex-lattice points (I. Das, J. E. Dennis, SIAM J. Optim. 8(3), 1998): all vectors
 * {@code (k_1..k_m)/H} of non-negative integers with {@code Σ k = H}; there are {@code C(H+m−1, m−1)}.
 */
final class DasDennis {
    private DasDennis() {
    }

    static double[][] lattice(int m, int divisions) {
        List<double[]> out = new ArrayList<>();
        fill(new int[m], 0, divisions, divisions, out);
        return out.toArray(new double[0][]);
    }

    private static void fill(int[] k, int index, int left, int divisions, List<double[]> out) {
        if (index == k.length - 1) {
            k[index] = left;
            double[] p = new double[k.length];
            for (int j = 0; j < k.length; j++) {
                p[j] = (double) k[j] / divisions;
            }
            out.add(p);
            return;
        }
        for (int v = 0; v <= left; v++) {
            k[index] = v;
            fill(k, index + 1, left - v, divisions, out);
        }
    }

    /** DTLZ1's front {@code Σ f = 0.5}: the lattice scaled by 0.5. */
    static double[][] dtlz1(int m, int divisions) {
        double[][] p = lattice(m, divisions);
        for (double[] x : p) {
            for (int j = 0; j < m; j++) {
                x[j] *= 0.5;
            }
        }
        return p;
    }

    /** DTLZ2's front {@code Σ f² = 1}: the lattice points projected radially onto the unit sphere. */
    static double[][] dtlz2(int m, int divisions) {
        double[][] p = lattice(m, divisions);
        for (double[] x : p) {
            double norm = Math.sqrt(Arrays.stream(x).map(v -> v * v).sum());
            for (int j = 0; j < m; j++) {
                x[j] /= norm;
            }
        }
        return p;
    }
}
