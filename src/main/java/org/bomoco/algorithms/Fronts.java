package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Constrained dominance, non-dominated filtering and the final-front rule shared by every optimizer.
 *
 * <p><b>Constrained dominance</b> (Deb, Pratap, Agarwal &amp; Meyarivan 2002, NSGA-II's constraint handling, with
 * ties among infeasible candidates broken by Pareto dominance as MOEA Framework's chain of aggregate-constraint and
 * Pareto comparators does): {@code a} dominates {@code b} when
 * <ol>
 *   <li>{@code a} is feasible (every raw violation 0) and {@code b} is not; or</li>
 *   <li>both are infeasible and {@code a}'s total normalised violation is smaller; or</li>
 *   <li>both are feasible, or both infeasible with equal total normalised violation, and {@code a} Pareto-dominates
 *   {@code b} on the objectives (all minimised: no worse in every objective, better in one).</li>
 * </ol>
 *
 * <p><b>Normalisation.</b> Raw violations have different units (workloads, ms, fractions), so the total is
 * {@code Σ_k c_k / scale_k}. The scale of constraint {@code k} is either supplied by the caller or, by default,
 * the largest raw violation of {@code k} over the set being filtered (1 where that maximum is 0), so each
 * constraint contributes at most 1. This choice is scale-free and needs no knowledge of the instance; its price is
 * that the ranking of infeasible candidates depends on the set ({@link Archive} uses the maximum over every
 * candidate offered, so its front equals {@link #finalFront} of all of them).
 *
 * <p>The filters here are the plain O(n²·m) pairwise scans: fine for fronts and archives of a few thousand
 * candidates; a fast non-dominated sort belongs in the library adapters.
 */
public final class Fronts {
    private Fronts() {
    }

    /** Pareto dominance for minimisation: {@code a} no worse than {@code b} in every objective, better in one. */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            better |= a[k] < b[k];
        }
        return better;
    }

    /** Whether every raw violation is 0. */
    public static boolean feasible(double[] constraints) {
        for (double c : constraints) {
            if (c != 0.0) {
                return false;
            }
        }
        return true;
    }

    /** The default scales of a set: per constraint the largest raw violation over it, or 1 where that is 0. */
    public static double[] violationScales(Collection<Candidate> set) {
        double[] max = null;
        for (Candidate c : set) {
            double[] v = c.constraints();
            if (max == null) {
                max = new double[v.length];
            }
            for (int k = 0; k < v.length; k++) {
                max[k] = Math.max(max[k], v[k]);
            }
        }
        return max == null ? new double[0] : scalesFromMax(max);
    }

    /** Copies {@code max}, replacing non-positive entries by 1. */
    static double[] scalesFromMax(double[] max) {
        double[] s = max.clone();
        for (int k = 0; k < s.length; k++) {
            s[k] = s[k] > 0 ? s[k] : 1.0;
        }
        return s;
    }

    /** {@code Σ_k constraints[k] / scales[k]}, summed in index order. */
    public static double normalizedViolation(double[] constraints, double[] scales) {
        double sum = 0;
        for (int k = 0; k < constraints.length; k++) {
            sum += constraints[k] / scales[k];
        }
        return sum;
    }

    /** Whether {@code a} constrained-dominates {@code b} under the given constraint scales (see the class doc). */
    public static boolean constrainedDominates(Candidate a, Candidate b, double[] scales) {
        double[] ca = a.constraints();
        double[] cb = b.constraints();
        return constrainedDominates(a.objectives(), feasible(ca), normalizedViolation(ca, scales),
                b.objectives(), feasible(cb), normalizedViolation(cb, scales));
    }

    /** Constrained dominance on precomputed feasibility and normalised violations. */
    static boolean constrainedDominates(double[] fa, boolean feasibleA, double va, double[] fb, boolean feasibleB,
            double vb) {
        if (feasibleA != feasibleB) {
            return feasibleA;
        }
        if (!feasibleA && va != vb) {
            return va < vb;
        }
        return dominates(fa, fb);
    }

    /** The members of {@code set} no other member constrained-dominates, in input order; scales from the set. */
    public static List<Candidate> nonDominated(List<Candidate> set) {
        return nonDominated(set, violationScales(set));
    }

    /**
     * The members of {@code set} no other member constrained-dominates under {@code scales}, in input order.
     * Duplicates are all kept (see {@link #distinct}). O(n²·m).
     */
    public static List<Candidate> nonDominated(List<Candidate> set, double[] scales) {
        int n = set.size();
        double[][] f = new double[n][];
        double[] v = new double[n];
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            Candidate c = set.get(i);
            f[i] = c.objectives();
            double[] con = c.constraints();
            ok[i] = feasible(con);
            v[i] = normalizedViolation(con, scales);
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean dominated = false;
            for (int j = 0; j < n && !dominated; j++) {
                dominated = j != i && constrainedDominates(f[j], ok[j], v[j], f[i], ok[i], v[i]);
            }
            if (!dominated) {
                out.add(set.get(i));
            }
        }
        return out;
    }

    /** The first candidate of each distinct decision vector, in input order. O(n) expected. */
    public static List<Candidate> distinct(List<Candidate> set) {
        Set<DecisionKey> seen = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : set) {
            if (seen.add(new DecisionKey(c.decision()))) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The final front of a run (preamble rule): de-duplicated by decision vector, then the feasible non-dominated
     * candidates when any is feasible, else the least-violating ones (smallest total violation normalised by the
     * per-constraint maximum over the set) that no equally violating one Pareto-dominates. In input order.
     */
    public static List<Candidate> finalFront(List<Candidate> set) {
        List<Candidate> unique = distinct(set);
        return nonDominated(unique, violationScales(unique));
    }

    /** A decision vector as a hash key. */
    private record DecisionKey(int[] x) {
        @Override
        public boolean equals(Object o) {
            return o instanceof DecisionKey k && Arrays.equals(x, k.x);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(x);
        }
    }
}
