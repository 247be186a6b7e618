package org.bomoco.indicators;

/**
 * The pairwise O(|A|·|Z|·m) definitions of the distance indicators and of Spread, written straight from the formulas of
 * {@link Igd}, {@link IgdPlus}, {@link AdditiveEpsilon} and {@link Spread}: the reference the fast (k-d tree) versions
 * are checked against.
 */
final class NaiveIndicators {
    private NaiveIndicators() {
    }

    static double igd(double[][] a, double[][] z) {
        double sum = 0;
        for (double[] r : z) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] p : a) {
                best = Math.min(best, distance(r, p));
            }
            sum += best;
        }
        return sum / z.length;
    }

    static double igdPlus(double[][] a, double[][] z) {
        double sum = 0;
        for (double[] r : z) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] p : a) {
                double s = 0;
                for (int k = 0; k < r.length; k++) {
                    double d = Math.max(p[k] - r[k], 0.0);
                    s += d * d;
                }
                best = Math.min(best, Math.sqrt(s));
            }
            sum += best;
        }
        return sum / z.length;
    }

    static double epsilon(double[][] a, double[][] z) {
        double worst = Double.NEGATIVE_INFINITY;
        for (double[] r : z) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] p : a) {
                double shift = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < r.length; k++) {
                    shift = Math.max(shift, p[k] - r[k]);
                }
                best = Math.min(best, shift);
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    static double spread(double[][] s, double[][] ref) {
        int m = ref[0].length;
        double extremes = 0;
        for (int k = 0; k < m; k++) {
            extremes += nearest(Spread.extreme(ref, k), s, -1);
        }
        int n = s.length;
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n && n > 1; i++) {
            d[i] = nearest(s[i], s, i);
            mean += d[i] / n;
        }
        double deviation = 0;
        for (double di : d) {
            deviation += Math.abs(di - mean);
        }
        double denominator = extremes + n * mean;
        return denominator == 0 ? 0.0 : (extremes + deviation) / denominator;
    }

    private static double nearest(double[] x, double[][] set, int self) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < set.length; j++) {
            if (j != self) {
                best = Math.min(best, distance(x, set[j]));
            }
        }
        return best;
    }

    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            double d = a[k] - b[k];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
