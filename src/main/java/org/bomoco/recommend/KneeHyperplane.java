package org.bomoco.recommend;

import java.util.Arrays;

/**
 * The hyperplane {@code a·f = 1} through the individual minima of a normalised front, for {@link FrontPicker#knee}
 * (Das 1999's convex hull of individual minima). Package-private.
 */
final class KneeHyperplane {
    /** Pivots smaller than this make the system singular. */
    private static final double SINGULAR = 1e-12;

    private KneeHyperplane() {
    }

    /** Per objective {@code k}, the point with the smallest {@code f_k}; ties: smallest sum of the others. */
    static double[][] extremes(double[][] f) {
        int m = f[0].length;
        double[][] e = new double[m][];
        for (int k = 0; k < m; k++) {
            double[] best = f[0];
            for (double[] x : f) {
                if (x[k] < best[k] || (x[k] == best[k] && sum(x) < sum(best))) {
                    best = x;
                }
            }
            e[k] = best;
        }
        return e;
    }

    /**
     * The coefficients {@code a} with {@code a·e_k = 1} for every extreme point, by Gaussian elimination with
     * partial pivoting; {@code (1, …, 1)} when the system is singular or an intercept {@code 1/a_k} is not positive
     * and finite.
     */
    static double[] through(double[][] extremes, int m) {
        double[][] aug = new double[m][m + 1];
        for (int r = 0; r < m; r++) {
            System.arraycopy(extremes[r], 0, aug[r], 0, m);
            aug[r][m] = 1.0;
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(aug[r][col]) > Math.abs(aug[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(aug[pivot][col]) < SINGULAR) {
                return fallback(m);
            }
            double[] tmp = aug[col];
            aug[col] = aug[pivot];
            aug[pivot] = tmp;
            for (int r = 0; r < m; r++) {
                if (r != col) {
                    double factor = aug[r][col] / aug[col][col];
                    for (int c = col; c <= m; c++) {
                        aug[r][c] -= factor * aug[col][c];
                    }
                }
            }
        }
        double[] a = new double[m];
        for (int k = 0; k < m; k++) {
            a[k] = aug[k][m] / aug[k][k];
            if (!(a[k] > SINGULAR) || !Double.isFinite(a[k])) {
                return fallback(m);
            }
        }
        return a;
    }

    private static double[] fallback(int m) {
        double[] ones = new double[m];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }
}
