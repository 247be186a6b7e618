package org.bomoco.causal;

import java.util.Arrays;

/**
 * Simplex-constrained least squares: minimise ½‖y − Dw‖² subject to w ≥ 0, Σw = 1.
 *
 * <p>Method: accelerated projected gradient (FISTA, Beck &amp; Teboulle 2009) on the Gram form
 * ½wᵀGw − bᵀw with G = DᵀD, b = Dᵀy, step 1/L where L bounds the largest eigenvalue of G (power iteration × 1.1,
 * capped by trace G), with the function-value adaptive restart of O'Donoghue &amp; Candès (2015) so the objective
 * never increases between restarts. The Euclidean projection onto the simplex is the sort-based algorithm of
 * Held, Wolfe &amp; Crowder (1974) / Duchi et al. (2008), O(J log J). Cost per iteration O(J²) after an O(J²T) set-up.
 * Stops when the largest weight change is below {@link #TOLERANCE} or after {@link #MAX_ITERATIONS}.
 */
final class ScSimplexSolver {
    static final double TOLERANCE = 1e-13;
    static final int MAX_ITERATIONS = 50_000;

    private ScSimplexSolver() {
    }

    /**
     * Solves the problem.
     *
     * @param y      target series, length T
     * @param donors donors[j] is donor j's series, length T
     * @return weights, length J, non-negative, summing to 1
     */
    static double[] solve(double[] y, double[][] donors) {
        return solve(y, donors, TOLERANCE, MAX_ITERATIONS);
    }

    /**
     * {@link #solve(double[], double[][])} stopping when the largest weight change is below {@code tolerance} or
     * after {@code maxIterations}.
     */
    static double[] solve(double[] y, double[][] donors, double tolerance, int maxIterations) {
        int n = donors.length;
        if (n == 0) {
            throw new IllegalArgumentException("need at least one donor");
        }
        double[][] g = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = dot(donors[i], y);
            for (int j = 0; j <= i; j++) {
                g[i][j] = dot(donors[i], donors[j]);
                g[j][i] = g[i][j];
            }
        }
        return solveGram(g, b, tolerance, maxIterations);
    }

    /** FISTA with adaptive restart on ½wᵀGw − bᵀw over the simplex. */
    static double[] solveGram(double[][] g, double[] b) {
        return solveGram(g, b, TOLERANCE, MAX_ITERATIONS);
    }

    /** {@link #solveGram(double[][], double[])} with explicit stopping rules. */
    static double[] solveGram(double[][] g, double[] b, double tolerance, int maxIterations) {
        int n = b.length;
        double lipschitz = Math.max(lipschitz(g), 1e-300);
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        double[] z = w.clone();
        double t = 1;
        double fw = objective(g, b, w);
        for (int it = 0; it < maxIterations; it++) {
            double[] grad = multiply(g, z);
            double[] step = new double[n];
            for (int i = 0; i < n; i++) {
                step[i] = z[i] - (grad[i] - b[i]) / lipschitz;
            }
            double[] next = projectToSimplex(step);
            double fNext = objective(g, b, next);
            if (fNext > fw) { // adaptive restart: drop momentum, retry from w
                if (t == 1) {
                    break;
                }
                z = w.clone();
                t = 1;
                continue;
            }
            double change = 0;
            double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            for (int i = 0; i < n; i++) {
                change = Math.max(change, Math.abs(next[i] - w[i]));
                z[i] = next[i] + (t - 1) / tNext * (next[i] - w[i]);
            }
            w = next;
            fw = fNext;
            t = tNext;
            if (change < tolerance) {
                break;
            }
        }
        return w;
    }

    /** Euclidean projection onto {w ≥ 0, Σw = 1} (Duchi et al. 2008, Fig. 1). */
    static double[] projectToSimplex(double[] v) {
        double[] u = v.clone();
        Arrays.sort(u);
        double cumulative = 0;
        double theta = 0;
        for (int j = u.length - 1, count = 1; j >= 0; j--, count++) {
            cumulative += u[j];
            double candidate = (cumulative - 1) / count;
            if (u[j] - candidate > 0) {
                theta = candidate;
            }
        }
        double[] w = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            w[i] = Math.max(v[i] - theta, 0);
        }
        return w;
    }

    /** ½wᵀGw − bᵀw (equals ½‖y − Dw‖² − ½‖y‖²). */
    static double objective(double[][] g, double[] b, double[] w) {
        double[] gw = multiply(g, w);
        return 0.5 * dot(w, gw) - dot(b, w);
    }

    private static double lipschitz(double[][] g) {
        int n = g.length;
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += g[i][i];
        }
        double[] v = new double[n];
        Arrays.fill(v, 1.0 / Math.sqrt(n));
        double lambda = 0;
        for (int it = 0; it < 100; it++) {
            double[] gv = multiply(g, v);
            double norm = Math.sqrt(dot(gv, gv));
            if (norm == 0) {
                return trace;
            }
            lambda = norm;
            for (int i = 0; i < n; i++) {
                v[i] = gv[i] / norm;
            }
        }
        return Math.min(trace, 1.1 * lambda);
    }

    private static double[] multiply(double[][] g, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = dot(g[i], v);
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
