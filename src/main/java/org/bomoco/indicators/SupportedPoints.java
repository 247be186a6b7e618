package org.bomoco.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * Supported points of a finite set of minimised objective vectors: those a weighted sum can select.
 *
 * <p><b>Definition.</b> A point {@code p} of a set {@code S} is <i>supported</i> when some weight vector
 * {@code w ≥ 0}, {@code Σw = 1} has {@code w·p ≤ w·q} for every {@code q ∈ S}: {@code p} minimises that weighted sum
 * over {@code S} (possibly tied; weights may be 0, so weakly supported points count as supported). Otherwise it is
 * <i>unsupported</i>: no weighted sum of the objectives ever prefers it. (M. Ehrgott, <i>Multicriteria
 * Optimization</i>, 2nd ed., Springer 2005, §8.1; in two dimensions the supported points of a non-dominated set are
 * those on its lower-left convex hull.) Objectives that are constant over {@code S} are left out first (weight on
 * them alone would tie, and so "support", every point). A point that is unsupported in a subset of the feasible objective vectors is
 * unsupported in the whole set too (more points can only lower the minimum), so counts over an approximation set
 * are lower bounds of the true ones.
 *
 * <p><b>Scaling.</b> Supportedness is unchanged by a positive affine map per objective,
 * {@code f'_k = a_k f_k + b_k} with {@code a_k > 0}: {@code w·p' ≤ w·q'} iff {@code w''·p ≤ w''·q} with
 * {@code w''_k = w_k a_k / Σ_j w_j a_j}, again a weight vector. So it does not matter whether a method scales the
 * objectives by the current state (the composite score), by bounds, or not at all; callers normalise only to make
 * {@link #TOLERANCE} mean the same on every objective.
 *
 * <p><b>Decision by linear programming.</b> The primal LP of the definition, {@code min z} subject to
 * {@code w·(p − q) ≤ z} for all {@code q ∈ S}, {@code Σw = 1}, {@code w ≥ 0}, has {@code m + 1} variables and
 * {@code |S|} constraints; its optimum {@code z*} is {@code ≥ 0} (take {@code q = p}) and {@code p} is supported iff
 * {@code z* = 0}. It is solved here in its dual form, which has the same optimum (LP duality) and only {@code m + 1}
 * constraints, so the dense simplex tableau stays {@code (m + 2) × (|S| + m + 2)} instead of quadratic in
 * {@code |S|}: {@code max μ} subject to {@code Σ_q λ_q (p_k − q_k) ≥ μ} for every objective {@code k},
 * {@code Σλ = 1}, {@code λ ≥ 0} — i.e. the largest margin by which a convex combination of {@code S} lies below
 * {@code p} in every objective.
 * Points {@code q} no better than {@code p} in any objective are left out (their columns can never raise
 * {@code μ}). Solver: {@link BlandSimplex}, a dense simplex with Bland's rule (Commons Math 3.6.1's
 * {@code SimplexSolver} picks the entering column by Dantzig's rule and cycled on these highly degenerate LPs).
 * Cost: one LP per point, each O(pivots·m·|S|).
 */
public final class SupportedPoints {
    /** Margin (in the units of the given points, normally normalised to [0, 1]) up to which a point is supported. */
    public static final double TOLERANCE = 1e-9;

    private SupportedPoints() {
    }

    /**
     * The optimum {@code z* ≥ 0} of the LP above for {@code p} against {@code set ∪ {p}}: 0 when {@code p} is
     * supported, else the largest amount by which a convex combination of {@code set} is below {@code p} in every
     * objective at once.
     *
     * @throws IllegalArgumentException on a ragged or non-finite input
     */
    public static double margin(double[] p, double[][] set) {
        int m = p.length;
        Points.check(new double[][] {p}, m, "point");
        Points.check(set, m, "set");
        int[] varying = varying(p, set);
        List<double[]> columns = new ArrayList<>();
        for (double[] q : set) {
            double[] d = new double[varying.length];
            boolean useful = false;
            for (int k = 0; k < d.length; k++) {
                d[k] = p[varying[k]] - q[varying[k]];
                useful |= d[k] > 0;
            }
            if (useful) {
                columns.add(d);
            }
        }
        if (columns.isEmpty()) {
            return 0;
        }
        return solveDual(columns, varying.length);
    }

    /**
     * The objectives not constant over {@code set ∪ {p}}. A constant objective is left out: a weight on it alone ties
     * every point, which would make every point (weakly) supported and the question empty.
     */
    private static int[] varying(double[] p, double[][] set) {
        return java.util.stream.IntStream.range(0, p.length)
                .filter(k -> Arrays.stream(set).anyMatch(q -> q[k] != p[k])).toArray();
    }

    /** Whether {@code p} is supported in {@code set ∪ {p}}: {@link #margin} ≤ {@link #TOLERANCE}. */
    public static boolean supported(double[] p, double[][] set) {
        return margin(p, set) <= TOLERANCE;
    }

    /** Per point of {@code set}, whether it is supported in {@code set}. O(|S|) LPs. */
    public static boolean[] supported(double[][] set) {
        boolean[] out = new boolean[set.length];
        for (int i = 0; i < set.length; i++) {
            out[i] = supported(set[i], set);
        }
        return out;
    }

    /** The number of points of {@code set} that are not supported in {@code set}. */
    public static int countUnsupported(double[][] set) {
        int n = 0;
        for (boolean s : supported(set)) {
            n += s ? 0 : 1;
        }
        return n;
    }

    /**
     * {@code max μ} s.t. {@code μ − Σ_j λ_j d_jk + s_k = 0} (each k, slack {@code s_k ≥ 0}),
     * {@code Σ_j λ_j + λ_0 = 1}, all variables {@code ≥ 0}, where {@code λ_0} is the weight of {@code p} itself
     * (its column {@code d = 0}): the basis {@code (s_1..s_m, λ_0)} is the identity and feasible, so no first phase
     * is needed, and {@code μ ≥ 0} loses nothing. Solved by {@link BlandSimplex}.
     */
    private static double solveDual(List<double[]> columns, int m) {
        int n = columns.size();
        int vars = n + 2 + m; // λ_1..λ_n, λ_0, μ, s_1..s_m
        double[][] a = new double[m + 1][vars];
        double[] b = new double[m + 1];
        int[] basis = new int[m + 1];
        for (int k = 0; k < m; k++) {
            for (int j = 0; j < n; j++) {
                a[k][j] = -columns.get(j)[k];
            }
            a[k][n + 1] = 1;
            a[k][n + 2 + k] = 1;
            basis[k] = n + 2 + k;
        }
        Arrays.fill(a[m], 0, n + 1, 1.0);
        b[m] = 1;
        basis[m] = n;
        double[] cost = new double[vars];
        cost[n + 1] = 1;
        return Math.max(0, BlandSimplex.maximize(a, b, cost, basis));
    }
}
