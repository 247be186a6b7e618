package org.bomoco.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The first, deliberately simple hypervolume implementation, kept in the test tree as the naive reference that
 * {@link Hypervolume} is checked against (STYLE.md habit 8). Same contract as {@link Hypervolume#compute}.
 *
 * Exact hypervolume of a set of minimised points with respect to a reference point: the Lebesgue measure of the
 * union of the boxes {@code [p, ref]}. Points that do not strictly dominate the reference point (some
 * {@code p_k ≥ ref_k}) contribute nothing. The input is not modified and no normalisation is applied (use
 * {@link Normalization} first when the objectives have different scales).
 *
 * <p>Algorithm: WFG (L. While, L. Bradstreet, L. Barone, "A fast way of calculating exact hypervolumes", IEEE
 * Trans. Evol. Comput. 16(1):86–95, 2012), in its slicing form: with the points sorted by the last objective,
 * {@code HV_d(S) = Σ_j (ref_d − p_{j,d}) · exclHV_{d−1}(p_j, {p_1..p_{j−1}})}, where the exclusive volume
 * {@code exclHV(p, T) = box(p) − HV(nds(limit(T, p)))} and {@code limit(T, p) = {max(t, p) : t ∈ T}} (componentwise
 * maximum, the "worse" of the paper for minimisation). Base cases: one dimension (the best value) and the 2-D sweep
 * over points sorted by the first objective. Non-dominated filtering ({@code nds}) is the O(n²·d) pairwise one.
 * The worst case is exponential, as for every known exact method in general dimension (the problem is #P-hard:
 * K. Bringmann, T. Friedrich, Comput. Geom. 43(6–7), 2010). This version aims at clarity (it allocates per
 * recursion level); 210 points in 5 objectives take 20–100 ms.
 */
final class NaiveHypervolume {
    private NaiveHypervolume() {
    }

    /**
     * The hypervolume of {@code points} dominated with respect to {@code reference}.
     *
     * @param points minimised objective vectors, each of the reference point's length (may be empty)
     * @param reference reference point, finite, at least one objective
     * @return the hypervolume, 0 when no point strictly dominates the reference point
     * @throws IllegalArgumentException on a ragged set or non-finite values
     */
    public static double compute(double[][] points, double[] reference) {
        int m = reference.length;
        if (m == 0) {
            throw new IllegalArgumentException("the reference point has no objectives");
        }
        Points.check(new double[][] {reference}, m, "reference");
        Points.check(points, m, "approximation");
        List<double[]> inside = new ArrayList<>(points.length);
        for (double[] p : points) {
            if (strictlyDominates(p, reference)) {
                inside.add(p.clone());
            }
        }
        return wfg(nonDominated(inside.toArray(new double[0][]), m), m, reference);
    }

    /** Volume dominated by {@code pts} (non-dominated in their first {@code d} coordinates, all inside). */
    private static double wfg(double[][] pts, int d, double[] ref) {
        if (pts.length == 0) {
            return 0.0;
        }
        if (d == 1) {
            double best = pts[0][0];
            for (double[] p : pts) {
                best = Math.min(best, p[0]);
            }
            return ref[0] - best;
        }
        if (pts.length == 1) {
            return box(pts[0], d, ref);
        }
        if (d == 2) {
            return sweep2d(pts, ref);
        }
        double[][] sorted = pts.clone();
        int last = d - 1;
        Arrays.sort(sorted, Comparator.comparingDouble(p -> p[last]));
        double volume = 0;
        for (int j = 0; j < sorted.length; j++) {
            volume += (ref[last] - sorted[j][last]) * exclusive(sorted, j, last, ref);
        }
        return volume;
    }

    /** Exclusive volume of {@code sorted[j]} over {@code sorted[0..j−1]} in the first {@code d} coordinates. */
    private static double exclusive(double[][] sorted, int j, int d, double[] ref) {
        double inclusive = box(sorted[j], d, ref);
        if (j == 0) {
            return inclusive;
        }
        double[] p = sorted[j];
        double[][] limited = new double[j][d];
        for (int i = 0; i < j; i++) {
            for (int k = 0; k < d; k++) {
                limited[i][k] = Math.max(sorted[i][k], p[k]);
            }
        }
        return inclusive - wfg(nonDominated(limited, d), d, ref);
    }

    /** Area dominated in two dimensions: sort by the first objective, sweep the staircase. O(n log n). */
    private static double sweep2d(double[][] pts, double[] ref) {
        double[][] sorted = pts.clone();
        Arrays.sort(sorted, Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        double area = 0;
        double ceiling = ref[1];
        for (double[] p : sorted) {
            if (p[1] < ceiling) {
                area += (ref[0] - p[0]) * (ceiling - p[1]);
                ceiling = p[1];
            }
        }
        return area;
    }

    /** Volume of the box {@code [p, ref]} in the first {@code d} coordinates. */
    private static double box(double[] p, int d, double[] ref) {
        double v = 1.0;
        for (int k = 0; k < d; k++) {
            v *= ref[k] - p[k];
        }
        return v;
    }

    /** The points not weakly dominated by another kept point, in their first {@code d} coordinates; one copy of
     * each duplicate. O(n²·d). */
    static double[][] nonDominated(double[][] pts, int d) {
        boolean[] removed = new boolean[pts.length];
        int kept = pts.length;
        for (int i = 0; i < pts.length; i++) {
            for (int k = 0; k < pts.length; k++) {
                if (k != i && !removed[k] && weaklyDominates(pts[k], pts[i], d)) {
                    removed[i] = true;
                    kept--;
                    break;
                }
            }
        }
        double[][] out = new double[kept][];
        for (int i = 0, o = 0; i < pts.length; i++) {
            if (!removed[i]) {
                out[o++] = pts[i];
            }
        }
        return out;
    }

    private static boolean weaklyDominates(double[] a, double[] b, int d) {
        for (int k = 0; k < d; k++) {
            if (a[k] > b[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean strictlyDominates(double[] p, double[] ref) {
        for (int k = 0; k < ref.length; k++) {
            if (!(p[k] < ref[k])) {
                return false;
            }
        }
        return true;
    }
}
