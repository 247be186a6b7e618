package org.bomoco.algorithms.jmetal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bomoco.algorithms.Candidate;

/**
 * The front a run reports, from a list of evaluated solutions (package-private; to be unified with the
 * algorithms package's front utilities): drop repeated decision vectors (first occurrence kept), keep the feasible
 * solutions when any exists, else those of least normalised total violation, then keep the Pareto non-dominated
 * ones (naive O(n²·m) filter, n ≤ a few hundred here). Input order is kept, so the result is deterministic.
 */
final class SolutionFronts {
    private SolutionFronts() {
    }

    /** The reported front of {@code solutions} as {@link Candidate}s with raw violations. */
    static List<Candidate> front(List<PlacementSolution> solutions) {
        List<PlacementSolution> unique = distinct(solutions);
        double least = Double.POSITIVE_INFINITY;
        for (PlacementSolution s : unique) {
            least = Math.min(least, s.violation());
        }
        List<PlacementSolution> best = new ArrayList<>();
        for (PlacementSolution s : unique) {
            if (s.violation() == least) {
                best.add(s);
            }
        }
        List<Candidate> front = new ArrayList<>();
        for (PlacementSolution s : best) {
            if (!dominatedByAny(s, best)) {
                front.add(new Candidate(s.decision(), s.objectives(), s.rawConstraints()));
            }
        }
        return front;
    }

    private static List<PlacementSolution> distinct(List<PlacementSolution> solutions) {
        Set<Key> seen = new HashSet<>();
        List<PlacementSolution> out = new ArrayList<>(solutions.size());
        for (PlacementSolution s : solutions) {
            if (seen.add(new Key(s.decision()))) {
                out.add(s);
            }
        }
        return out;
    }

    /** A decision vector compared by content. */
    private record Key(int[] x) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(x, k.x);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(x);
        }
    }

    private static boolean dominatedByAny(PlacementSolution s, List<PlacementSolution> others) {
        for (PlacementSolution o : others) {
            if (o != s && dominates(o.objectives(), s.objectives())) {
                return true;
            }
        }
        return false;
    }

    /** Pareto dominance for minimisation: {@code a} no worse everywhere and better somewhere. */
    static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            better |= a[k] < b[k];
        }
        return better;
    }
}
