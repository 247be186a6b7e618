package org.bomoco.indicators;

/**
 * Generalized spread {@code Δ*} (A. Zhou, Y. Jin, Q. Zhang, B. Sendhoff, E. Tsang, "Combining model-based and
 * genetics-based offspring generation for multi-objective optimization using a convergence criterion", IEEE CEC
 * 2006), the m-objective extension of Deb's {@code Δ} (NSGA-II, IEEE TEVC 6(2), 2002):
 *
 * <pre>
 *   Δ*(S, P) = (Σ_k d(e_k, S) + Σ_{X∈S} |d(X, S) − d̄|) / (Σ_k d(e_k, S) + |S|·d̄)
 * </pre>
 *
 * where {@code e_1..e_m} are the extreme points of the reference set {@code P} (for objective {@code k}, the
 * reference point with the largest {@code f_k}, the first one on ties), {@code d(e, S)} is the Euclidean distance
 * from {@code e} to its nearest point of {@code S}, {@code d(X, S)} the distance from {@code X} to its nearest
 * <em>other</em> point of {@code S} (0 for a duplicate), and {@code d̄} the mean of the {@code d(X, S)}. Conventions
 * for degenerate sets: a single point has {@code d(X, S) = 0} (so {@code Δ* = 1} unless it coincides with every
 * extreme point); a zero denominator gives 0. Smaller is better (0: evenly spread and reaching the extremes).
 * Nearest points come from a k-d tree over {@code S} ({@code KdTree}, exact: the sums run in the same order as a
 * pairwise scan's), O(|S|·log |S| + |P|·m) on spread-out fronts of few objectives, O(|S|²·m) at worst.
 */
public final class Spread {
    private Spread() {
    }

    /**
     * @param approximation minimised objective vectors; an empty set gives {@code +∞}
     * @param reference reference front, non-empty (supplies the extreme points)
     * @throws IllegalArgumentException on an empty reference set, mismatched dimensions or non-finite values
     */
    public static double compute(double[][] approximation, double[][] reference) {
        int m = Points.checkPair(approximation, reference);
        if (approximation.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        KdTree tree = new KdTree(approximation);
        double extremes = 0;
        for (int k = 0; k < m; k++) {
            extremes += nearest(tree, extreme(reference, k), -1);
        }
        int n = approximation.length;
        double[] d = new double[n];
        double mean = 0;
        for (int i = 0; i < n && n > 1; i++) {
            d[i] = nearest(tree, approximation[i], i);
            mean += d[i] / n;
        }
        double deviation = 0;
        for (double di : d) {
            deviation += Math.abs(di - mean);
        }
        double denominator = extremes + n * mean;
        return denominator == 0 ? 0.0 : (extremes + deviation) / denominator;
    }

    /** The reference point with the largest objective {@code k} (first on ties). */
    static double[] extreme(double[][] reference, int k) {
        double[] best = reference[0];
        for (double[] p : reference) {
            if (p[k] > best[k]) {
                best = p;
            }
        }
        return best;
    }

    /** Distance from {@code x} to its nearest point of the tree's set, skipping index {@code self}. */
    private static double nearest(KdTree tree, double[] x, int self) {
        return Math.sqrt(tree.min(x, Points.SQUARED, self, 0.0));
    }
}
