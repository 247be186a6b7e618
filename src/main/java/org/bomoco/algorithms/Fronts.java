package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bomoco.pareto.ParetoFilter;

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
 * {@code Σ_k c_k / scale_k} ({@link ViolationScales#total}) with the per-constraint scales the caller passes:
 * {@link ViolationScales#of} of the problem, the one definition every optimizer uses, so that all of them agree on
 * which infeasible candidate violates least.
 *
 * <p>The filters reduce constrained dominance to Pareto dominance on one subset and sweep it with
 * {@link ParetoFilter} (O(n log n) in 2 and 3 objectives); the pairwise O(n²·m) scans stay as their definition, for
 * inputs the sweep does not take (non-finite values) and for the tests that check the two agree.
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

    /** Whether {@code a} constrained-dominates {@code b} under the given constraint scales (see the class doc). */
    public static boolean constrainedDominates(Candidate a, Candidate b, double[] scales) {
        double[] ca = a.constraints();
        double[] cb = b.constraints();
        return constrainedDominates(a.objectives(), feasible(ca), ViolationScales.total(ca, scales),
                b.objectives(), feasible(cb), ViolationScales.total(cb, scales));
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

    /**
     * The members of {@code set} no other member constrained-dominates under {@code scales}, in input order.
     * Duplicates are all kept (see {@link #distinct}). Constrained dominance reduces to Pareto dominance on one
     * subset: the feasible members when any is feasible (every infeasible one is dominated by them), else those of
     * least total violation (any other is dominated by one of them). That subset goes through
     * {@link ParetoFilter#mask}: O(n log n) in 2 and 3 objectives, O(n log n + n·k·m) for k non-dominated in more.
     * Non-finite objectives or violations, or ragged objective vectors, take the pairwise scan
     * ({@link #nonDominatedPairwise}), which defines the answer; the two agree on every other input.
     */
    public static List<Candidate> nonDominated(List<Candidate> set, double[] scales) {
        int n = set.size();
        boolean[] ok = new boolean[n];
        boolean anyFeasible = false;
        double least = Double.POSITIVE_INFINITY;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double[] con = set.get(i).constraints();
            ok[i] = feasible(con);
            v[i] = ViolationScales.total(con, scales);
            anyFeasible |= ok[i];
            if (!ok[i]) {
                least = Math.min(least, v[i]);
            }
        }
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (anyFeasible ? ok[i] : v[i] == least) {
                pool.add(set.get(i));
            }
        }
        List<Candidate> out = anyFeasible || Double.isFinite(least) ? pareto(pool) : null;
        return out == null ? nonDominatedPairwise(set, scales) : out;
    }

    /** The Pareto non-dominated members of {@code pool} in order, or null when they cannot go through the sweep. */
    private static List<Candidate> pareto(List<Candidate> pool) {
        double[][] f = new double[pool.size()][];
        for (int i = 0; i < f.length; i++) {
            f[i] = pool.get(i).objectives();
            if (f[i].length != f[0].length) {
                return null;
            }
            for (double x : f[i]) {
                if (!Double.isFinite(x)) {
                    return null;
                }
            }
        }
        boolean[] keep = ParetoFilter.mask(f);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            if (keep[i]) {
                out.add(pool.get(i));
            }
        }
        return out;
    }

    /** {@link #nonDominated} by the plain pairwise scan, O(n²·m): the definition the sweep is tested against. */
    static List<Candidate> nonDominatedPairwise(List<Candidate> set, double[] scales) {
        int n = set.size();
        double[][] f = new double[n][];
        double[] v = new double[n];
        boolean[] ok = new boolean[n];
        for (int i = 0; i < n; i++) {
            Candidate c = set.get(i);
            f[i] = c.objectives();
            double[] con = c.constraints();
            ok[i] = feasible(con);
            v[i] = ViolationScales.total(con, scales);
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
        return firstPerKey(set, c -> new DecisionKey(c.decision()));
    }

    /**
     * The final front of a run (preamble rule), used by every optimizer: de-duplicated by decision vector (first
     * occurrence kept), then the feasible non-dominated candidates when any is feasible, else the least-violating
     * ones (smallest {@link ViolationScales#total} under {@code scales}, normally {@link ViolationScales#of} of the
     * problem) that no equally violating one Pareto-dominates. In input order; cost as {@link #nonDominated}.
     */
    public static List<Candidate> finalFront(List<Candidate> set, double[] scales) {
        return nonDominated(distinct(set), scales);
    }

    /**
     * The front of an unconstrained benchmark run: candidates with identical objective vectors de-duplicated (first
     * kept; benchmark candidates carry no decision, so {@link #distinct} does not apply), then the Pareto
     * non-dominated ones, in input order: {@link ParetoFilter#mask}, O(n log n) in 2 and 3 objectives (the pairwise
     * scan of {@link #benchmarkFrontPairwise} on non-finite or ragged vectors).
     */
    public static List<Candidate> benchmarkFront(List<Candidate> set) {
        List<Candidate> unique = uniqueObjectives(set);
        List<Candidate> out = pareto(unique);
        return out == null ? pairwise(unique) : out;
    }

    /** {@link #benchmarkFront} by the plain pairwise scan, O(n²·m). */
    static List<Candidate> benchmarkFrontPairwise(List<Candidate> set) {
        return pairwise(uniqueObjectives(set));
    }

    /** The candidates of {@code unique} (distinct objective vectors) that no other Pareto-dominates, in order. */
    private static List<Candidate> pairwise(List<Candidate> unique) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : unique) {
            boolean dominated = false;
            for (int j = 0; j < unique.size() && !dominated; j++) {
                dominated = unique.get(j) != c && dominates(unique.get(j).objectives(), c.objectives());
            }
            if (!dominated) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Candidate> uniqueObjectives(List<Candidate> set) {
        return firstPerKey(set, c -> new ObjectivesKey(c.objectives()));
    }

    /** The first candidate of each distinct key, in input order. O(n) expected. */
    private static <K> List<Candidate> firstPerKey(List<Candidate> set, Function<Candidate, K> key) {
        Set<K> seen = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : set) {
            if (seen.add(key.apply(c))) {
                out.add(c);
            }
        }
        return out;
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

    /** An objective vector as a hash key (bitwise equality, as {@link Arrays#equals(double[], double[])}). */
    private record ObjectivesKey(double[] f) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ObjectivesKey k && Arrays.equals(f, k.f);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(f);
        }
    }
}
