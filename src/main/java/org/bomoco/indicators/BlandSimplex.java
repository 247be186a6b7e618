package org.bomoco.indicators;

/**
 * A dense primal simplex for {@code max c·x} subject to {@code A x = b}, {@code x ≥ 0}, started from a given
 * feasible basis whose columns of {@code A} form the identity (so {@code b ≥ 0} is the starting solution). Entering
 * and leaving variables follow Bland's smallest-index rule (R.G. Bland, "New finite pivoting rules for the simplex
 * method", Mathematics of Operations Research 2(2):103–107, 1977), which cannot cycle on degenerate problems; see
 * also V. Chvátal, <i>Linear Programming</i>, Freeman 1983, ch. 2–3. Each pivot costs O(rows·columns). Meant for
 * the few-row LPs of {@link SupportedPoints}.
 */
final class BlandSimplex {
    /** Reduced costs and pivot entries at or below this are treated as 0. */
    static final double EPS = 1e-12;

    private BlandSimplex() {
    }

    /**
     * Maximises {@code cost·x}; {@code a} and {@code b} are overwritten (they become the final tableau).
     *
     * @param a constraint matrix, rows × columns; {@code a[i][basis[i]] = 1} and the basis columns are unit vectors
     * @param b right-hand sides, {@code ≥ 0}
     * @param cost objective coefficients per column
     * @param basis the starting basic column of each row (overwritten with the final basis)
     * @return the optimum
     * @throws IllegalStateException when the problem is unbounded or the pivot limit is reached
     */
    static double maximize(double[][] a, double[] b, double[] cost, int[] basis) {
        int rows = a.length;
        int cols = cost.length;
        double[] reduced = cost.clone();
        for (int i = 0; i < rows; i++) {
            double cb = cost[basis[i]];
            if (cb != 0) {
                for (int j = 0; j < cols; j++) {
                    reduced[j] -= cb * a[i][j];
                }
            }
        }
        long limit = 1000L * (rows + cols);
        for (long pivots = 0; pivots < limit; pivots++) {
            int enter = -1;
            for (int j = 0; j < cols && enter < 0; j++) {
                if (reduced[j] > EPS) {
                    enter = j;
                }
            }
            if (enter < 0) {
                double value = 0;
                for (int i = 0; i < rows; i++) {
                    value += cost[basis[i]] * b[i];
                }
                return value;
            }
            int leave = leavingRow(a, b, basis, enter);
            if (leave < 0) {
                throw new IllegalStateException("unbounded linear program");
            }
            pivot(a, b, reduced, leave, enter);
            basis[leave] = enter;
        }
        throw new IllegalStateException("simplex pivot limit reached (" + limit + ")");
    }

    /** Minimum-ratio row for {@code enter}; ties go to the row whose basic variable has the smallest index. */
    private static int leavingRow(double[][] a, double[] b, int[] basis, int enter) {
        int leave = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            double t = a[i][enter];
            if (t > EPS) {
                double ratio = b[i] / t;
                if (ratio < best || (ratio == best && basis[i] < basis[leave])) {
                    best = ratio;
                    leave = i;
                }
            }
        }
        return leave;
    }

    private static void pivot(double[][] a, double[] b, double[] reduced, int row, int col) {
        double[] pr = a[row];
        double inv = 1.0 / pr[col];
        for (int j = 0; j < pr.length; j++) {
            pr[j] *= inv;
        }
        b[row] *= inv;
        pr[col] = 1;
        for (int i = 0; i < a.length; i++) {
            double f = a[i][col];
            if (i != row && f != 0) {
                double[] ai = a[i];
                for (int j = 0; j < ai.length; j++) {
                    ai[j] -= f * pr[j];
                }
                ai[col] = 0;
                b[i] = Math.max(0, b[i] - f * b[row]);
            }
        }
        double f = reduced[col];
        for (int j = 0; j < reduced.length; j++) {
            reduced[j] -= f * pr[j];
        }
        reduced[col] = 0;
    }
}
