package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import org.bomoco.algorithms.Candidate;

/**
 * The front rule of the optimizer port, on raw candidates: de-duplicate identical decisions; if any candidate is
 * feasible (every raw violation 0), keep the Pareto non-dominated feasible ones; otherwise keep those of least
 * total normalised violation ({@link Scales#totalViolation}) and, among them, the non-dominated ones (MOEA
 * Framework's constrained dominance: violation first, then Pareto). Sorted lexicographically by objectives so
 * that equal runs give equal lists. Naive O(n²·m); fronts here hold hundreds of points at most. Package-private
 * stand-in for the shared utility of {@code org.bomoco.algorithms}.
 */
final class FrontFilter {
    private static final Comparator<Candidate> BY_OBJECTIVES =
            (a, b) -> Arrays.compare(a.objectives(), b.objectives());

    private FrontFilter() {
    }

    static List<Candidate> front(List<Candidate> candidates, Scales scales) {
        List<Candidate> unique = new ArrayList<>(new LinkedHashSet<>(candidates));
        List<Candidate> pool = unique.stream().filter(Candidate::feasible).toList();
        if (pool.isEmpty() && !unique.isEmpty()) {
            double least = unique.stream().mapToDouble(c -> scales.totalViolation(c.constraints())).min()
                    .orElseThrow();
            pool = unique.stream().filter(c -> scales.totalViolation(c.constraints()) == least).toList();
        }
        List<Candidate> front = new ArrayList<>();
        for (Candidate c : pool) {
            if (pool.stream().noneMatch(o -> dominates(o.objectives(), c.objectives()))) {
                front.add(c);
            }
        }
        front.sort(BY_OBJECTIVES);
        return front;
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
