package org.bomoco.recommend;

import java.util.Locale;
import java.util.Optional;

/**
 * Picks one solution from a front of minimised objective vectors ({@code double[][]}, any number of objectives);
 * every method returns the index of the chosen row, the lowest index on ties. The objectives are first normalised
 * by the front's own ideal and nadir points, {@code f̃_k = (f_k − f_k^min)/(f_k^max − f_k^min)} (0 when the range is
 * 0). O(n·m) per method (plus O(m³) for the knee's hyperplane).
 */
public final class FrontPicker {
    /** The default exponent of compromise programming (Euclidean distance). */
    public static final double DEFAULT_P = 2.0;

    /** The selection methods, with command-line ids. */
    public enum Method {
        /** {@link #knee}. */
        KNEE,
        /** {@link #pseudoWeights}. */
        WEIGHTS,
        /** {@link #compromise(double[][], double[], double)} with {@link #DEFAULT_P}. */
        COMPROMISE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The method with the given id, case-insensitively. */
        public static Optional<Method> parse(String id) {
            for (Method m : values()) {
                if (m.id().equalsIgnoreCase(id.trim())) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    private FrontPicker() {
    }

    /** Dispatches to the method; {@code weights} (objective order) are ignored by {@link Method#KNEE}. */
    public static int pick(Method method, double[][] front, double[] weights) {
        return switch (method) {
            case KNEE -> knee(front);
            case WEIGHTS -> pseudoWeights(front, weights);
            case COMPROMISE -> compromise(front, weights, DEFAULT_P);
        };
    }

    /**
     * The knee: the point farthest from the hyperplane through the extreme points, on the ideal side (I. Das, "On
     * characterizing the 'knee' of the Pareto curve based on Normal-Boundary Intersection", Struct. Optim. 18:
     * 107–115, 1999; used as a preferred-solution rule by K. Deb, S. Gupta, Eng. Optim. 43(11), 2011). In
     * normalised space the extreme point of objective {@code k} is the individual minimum of {@code f̃_k} (ties: the
     * smallest sum of the other objectives), as in Das's convex hull of individual minima; the hyperplane
     * {@code a·f̃ = 1} through them is solved by Gaussian elimination and the signed distance
     * {@code (1 − a·f̃)/‖a‖} maximised. When the extreme points do not span a hyperplane (repeated extremes, fewer
     * distinct points than objectives, or an intercept ≤ 0) the hyperplane {@code Σ_k f̃_k = 1} is used instead.
     */
    public static int knee(double[][] front) {
        double[][] f = normalize(front);
        int m = f[0].length;
        double[] a = KneeHyperplane.through(KneeHyperplane.extremes(f), m);
        double norm = 0;
        for (double ak : a) {
            norm += ak * ak;
        }
        norm = Math.sqrt(norm);
        int best = 0;
        double bestDistance = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            double distance = (1.0 - dot(a, f[i])) / norm;
            if (distance > bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /**
     * The solution whose pseudo-weight vector is nearest (Euclidean) to the user's normalised weights (K. Deb,
     * Multi-Objective Optimization Using Evolutionary Algorithms, Wiley 2001, §7.2):
     * {@code w_k(x) = ((f_k^max − f_k(x))/(f_k^max − f_k^min)) / Σ_j ((f_j^max − f_j(x))/(f_j^max − f_j^min))}.
     * A term with zero range counts 0; a point at the nadir in every objective has uniform pseudo-weights.
     *
     * @param weights one non-negative weight per objective, positive sum
     */
    public static int pseudoWeights(double[][] front, double[] weights) {
        double[][] f = normalize(front);
        double[] w = normalizedWeights(weights, f[0].length);
        boolean[] flat = flat(front);
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            double[] pw = pseudoWeightsOf(f[i], flat);
            double d = 0;
            for (int k = 0; k < pw.length; k++) {
                d += (pw[k] - w[k]) * (pw[k] - w[k]);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Pseudo-weights of one normalised point: {@code (1 − f̃_k)/Σ_j (1 − f̃_j)}, zero-range objectives count 0. */
    static double[] pseudoWeightsOf(double[] normalized, boolean[] flat) {
        int m = normalized.length;
        double[] pw = new double[m];
        double sum = 0;
        for (int k = 0; k < m; k++) {
            pw[k] = flat[k] ? 0.0 : 1.0 - normalized[k];
            sum += pw[k];
        }
        for (int k = 0; k < m; k++) {
            pw[k] = sum > 0 ? pw[k] / sum : 1.0 / m;
        }
        return pw;
    }

    /** {@link #compromise(double[][], double[], double)} with {@code p = 2}. */
    public static int compromise(double[][] front, double[] weights) {
        return compromise(front, weights, DEFAULT_P);
    }

    /**
     * Compromise programming (M. Zeleny, 1973; P. L. Yu, 1973; the weighted L_p metric of K. Miettinen, Nonlinear
     * Multiobjective Optimization, Kluwer 1999, §3.3): the solution minimising
     * {@code (Σ_k w_k·f̃_k^p)^{1/p}}, the weighted distance to the ideal point (the origin after normalisation),
     * with normalised weights; {@code p = ∞} gives the weighted Tchebycheff distance {@code max_k w_k·f̃_k}.
     *
     * @param p the exponent, at least 1 (or {@link Double#POSITIVE_INFINITY})
     */
    public static int compromise(double[][] front, double[] weights, double p) {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("p must be ≥ 1, got " + p);
        }
        double[][] f = normalize(front);
        double[] w = normalizedWeights(weights, f[0].length);
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < f.length; i++) {
            double d = 0;
            for (int k = 0; k < w.length; k++) {
                d = Double.isInfinite(p) ? Math.max(d, w[k] * f[i][k]) : d + w[k] * Math.pow(f[i][k], p);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Normalises by the front's bounds (0 for a zero-range objective); checks the front. */
    static double[][] normalize(double[][] front) {
        if (front.length == 0) {
            throw new IllegalArgumentException("the front is empty");
        }
        int m = front[0].length;
        double[] lo = front[0].clone();
        double[] hi = front[0].clone();
        for (double[] x : front) {
            if (x.length != m) {
                throw new IllegalArgumentException("ragged front: rows of " + m + " and " + x.length + " objectives");
            }
            for (int k = 0; k < m; k++) {
                if (!Double.isFinite(x[k])) {
                    throw new IllegalArgumentException("the front has a non-finite objective " + x[k]);
                }
                lo[k] = Math.min(lo[k], x[k]);
                hi[k] = Math.max(hi[k], x[k]);
            }
        }
        double[][] out = new double[front.length][m];
        for (int i = 0; i < front.length; i++) {
            for (int k = 0; k < m; k++) {
                out[i][k] = hi[k] > lo[k] ? (front[i][k] - lo[k]) / (hi[k] - lo[k]) : 0.0;
            }
        }
        return out;
    }

    /** Which objectives have zero range over the front. */
    private static boolean[] flat(double[][] front) {
        boolean[] flat = new boolean[front[0].length];
        for (int k = 0; k < flat.length; k++) {
            flat[k] = true;
            for (double[] x : front) {
                flat[k] &= x[k] == front[0][k];
            }
        }
        return flat;
    }

    private static double[] normalizedWeights(double[] weights, int m) {
        if (weights.length != m) {
            throw new IllegalArgumentException("expected " + m + " weights, got " + weights.length);
        }
        double sum = 0;
        for (double w : weights) {
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weights must be finite and ≥ 0, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        double[] out = new double[m];
        for (int k = 0; k < m; k++) {
            out[k] = weights[k] / sum;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
