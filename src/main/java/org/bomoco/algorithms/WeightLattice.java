package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.List;

/**
 * Weight vectors on the unit simplex.
 *
 * <p>{@link #simplexLattice}: the Das–Dennis lattice (Das &amp; Dennis 1998, "Normal-boundary intersection"), every
 * vector {@code (k_1, …, k_m)/H} with non-negative integers {@code k_j} summing to {@code H}; there are
 * {@code C(H+m−1, m−1)} of them (m=5, H=6 → 210; m=3, H=12 → 91). {@link #twoLayer}: the two-layer set of Deb &amp;
 * Jain (2014, NSGA-III, IEEE TEVC 18(4) §V): a boundary layer with {@code H1} divisions plus an inner layer with
 * {@code H2} divisions shrunk by ½ towards the centroid ({@code w' = w/2 + 1/(2m)}), so that many objectives get
 * interior points without a huge {@code H}.
 *
 * <p>Vectors come in lexicographically descending order of {@code k} (first component largest first), the same on
 * every run. Time and memory O(count·m).
 */
public final class WeightLattice {
    private WeightLattice() {
    }

    /**
     * {@code C(H+m−1, m−1)}, the size of the lattice, saturating at {@link Long#MAX_VALUE}.
     *
     * @throws IllegalArgumentException when {@code m < 1} or {@code h < 0}
     */
    public static long latticeSize(int m, int h) {
        check(m, h);
        long c = 1;
        int k = Math.min(m - 1, h);
        for (int j = 1; j <= k; j++) {
            long num = (long) h + m - 1 - k + j;
            if (c > Long.MAX_VALUE / num) {
                return Long.MAX_VALUE;
            }
            c = c * num / j;
        }
        return c;
    }

    /**
     * The Das–Dennis lattice for {@code m} objectives and {@code h} divisions.
     *
     * @throws IllegalArgumentException when {@code m < 1}, {@code h < 1}, or the lattice has more than 10 million
     *     vectors
     */
    public static List<double[]> simplexLattice(int m, int h) {
        long size = latticeSize(m, h);
        if (size > 10_000_000L) {
            throw new IllegalArgumentException("a lattice of " + size + " weight vectors is too large");
        }
        if (h < 1) {
            throw new IllegalArgumentException("a lattice needs H ≥ 1 divisions, got " + h);
        }
        List<double[]> out = new ArrayList<>((int) size);
        compose(new int[m], 0, h, h, out);
        return out;
    }

    private static void compose(int[] k, int j, int left, int h, List<double[]> out) {
        if (j == k.length - 1) {
            k[j] = left;
            double[] w = new double[k.length];
            for (int q = 0; q < k.length; q++) {
                w[q] = (double) k[q] / h;
            }
            out.add(w);
            return;
        }
        for (int v = left; v >= 0; v--) {
            k[j] = v;
            compose(k, j + 1, left - v, h, out);
        }
    }

    /**
     * Deb &amp; Jain's two-layer set: the lattice with {@code outer} divisions followed by the lattice with
     * {@code inner} divisions shrunk halfway to the centroid. {@code inner = 0} gives the outer layer alone.
     */
    public static List<double[]> twoLayer(int m, int outer, int inner) {
        List<double[]> out = new ArrayList<>(simplexLattice(m, outer));
        if (inner > 0) {
            for (double[] w : simplexLattice(m, inner)) {
                double[] s = new double[m];
                for (int q = 0; q < m; q++) {
                    s[q] = w[q] / 2 + 1.0 / (2 * m);
                }
                out.add(s);
            }
        }
        return out;
    }

    /** The smallest number of divisions {@code H ≥ 1} whose lattice has at least {@code points} vectors. */
    public static int divisionsFor(int m, long points) {
        check(m, 0);
        if (m == 1) {
            return 1;
        }
        int h = 1;
        while (latticeSize(m, h) < points) {
            h++;
        }
        return h;
    }

    /** The smallest Das–Dennis lattice with at least {@code points} vectors. */
    public static List<double[]> latticeWithAtLeast(int m, long points) {
        return simplexLattice(m, divisionsFor(m, points));
    }

    private static void check(int m, int h) {
        if (m < 1 || h < 0) {
            throw new IllegalArgumentException("need m ≥ 1 objectives and H ≥ 0 divisions, got m=" + m + ", H=" + h);
        }
    }
}
