package org.bomoco.pareto;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Non-dominated filtering (minimisation): the points no other point Pareto-dominates ({@code q ≤ p} in every
 * objective and {@code q < p} in one). Equal points do not dominate each other, so every copy of a non-dominated
 * point is kept; {@code −0.0} equals {@code 0.0}.
 *
 * <p>All dimensions first sort the points lexicographically, so that a point can only be dominated by one before it.
 * <ul>
 *   <li>m = 1: the points equal to the minimum; m = 2: a sweep keeping the smallest second objective seen, O(n log n)
 *       (H. T. Kung, F. Luccio, F. P. Preparata, "On finding the maxima of a set of vectors", J. ACM 22(4), 1975);</li>
 *   <li>m = 3: a sweep over a 2-D staircase of the second and third objectives kept in a balanced search tree
 *       ({@link TreeMap}): each point is one floor query and at most one insertion, each earlier point removed once,
 *       O(n log n) (Kung, Luccio, Preparata 1975);</li>
 *   <li>m ≥ 4: each point compared with the non-dominated points before it, O(n log n + n·k·m) for k of them.</li>
 * </ul>
 */
public final class ParetoFilter {
    private ParetoFilter() {
    }

    /**
     * Whether each point is non-dominated in {@code points}. The caller guarantees a rectangular set of finite values
     * ({@code org.bomoco.indicators.NonDominated} checks them; {@code org.bomoco.algorithms.Fronts} falls back to its
     * pairwise scan otherwise): on NaN the answer is undefined.
     */
    public static boolean[] mask(double[][] points) {
        int n = points.length;
        boolean[] keep = new boolean[n];
        if (n == 0) {
            return keep;
        }
        int m = points[0].length;
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[m];
            for (int k = 0; k < m; k++) {
                p[i][k] = points[i][k] + 0.0; // −0.0 becomes 0.0
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Arrays.compare(p[a], p[b]));
        switch (m) {
            case 0 -> Arrays.fill(keep, true);
            case 1 -> sweep1(p, order, keep);
            case 2 -> sweep2(p, order, keep);
            case 3 -> sweep3(p, order, keep);
            default -> scan(p, order, keep, m);
        }
        return keep;
    }

    private static void sweep1(double[][] p, Integer[] order, boolean[] keep) {
        double min = p[order[0]][0];
        for (int i : order) {
            keep[i] = p[i][0] == min;
        }
    }

    /** Groups of equal points are decided together, against the earlier groups only. */
    private static void sweep2(double[][] p, Integer[] order, boolean[] keep) {
        double minY = Double.POSITIVE_INFINITY;
        int g = 0;
        while (g < order.length) {
            int end = groupEnd(p, order, g);
            double[] q = p[order[g]];
            boolean dominated = minY <= q[1];
            for (int t = g; t < end; t++) {
                keep[order[t]] = !dominated;
            }
            minY = Math.min(minY, q[1]);
            g = end;
        }
    }

    /** Staircase: second objective → smallest third objective, keys ascending and values strictly descending. */
    private static void sweep3(double[][] p, Integer[] order, boolean[] keep) {
        TreeMap<Double, Double> stair = new TreeMap<>();
        int g = 0;
        while (g < order.length) {
            int end = groupEnd(p, order, g);
            double[] q = p[order[g]];
            Map.Entry<Double, Double> floor = stair.floorEntry(q[1]);
            boolean dominated = floor != null && floor.getValue() <= q[2];
            for (int t = g; t < end; t++) {
                keep[order[t]] = !dominated;
            }
            if (!dominated) {
                Iterator<Double> above = stair.tailMap(q[1], true).values().iterator();
                while (above.hasNext() && above.next() >= q[2]) {
                    above.remove();
                }
                stair.put(q[1], q[2]);
            }
            g = end;
        }
    }

    private static void scan(double[][] p, Integer[] order, boolean[] keep, int m) {
        double[][] kept = new double[order.length][];
        int k = 0;
        int g = 0;
        while (g < order.length) {
            int end = groupEnd(p, order, g);
            double[] q = p[order[g]];
            boolean dominated = false;
            for (int r = k - 1; r >= 0 && !dominated; r--) {
                dominated = weaklyBelow(kept[r], q, m);
            }
            for (int t = g; t < end; t++) {
                keep[order[t]] = !dominated;
            }
            if (!dominated) {
                kept[k++] = q;
            }
            g = end;
        }
    }

    /** The end of the run of points equal to {@code order[g]}. */
    private static int groupEnd(double[][] p, Integer[] order, int g) {
        int end = g + 1;
        while (end < order.length && Arrays.equals(p[order[end]], p[order[g]])) {
            end++;
        }
        return end;
    }

    private static boolean weaklyBelow(double[] a, double[] b, int m) {
        for (int k = 0; k < m; k++) {
            if (a[k] > b[k]) {
                return false;
            }
        }
        return true;
    }
}
