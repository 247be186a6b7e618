package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An unbounded archive whose {@link #front()} is, at any moment, {@link Fronts#finalFront} of every candidate
 * offered so far under the violation scales given at construction (same members, same order), without keeping
 * them all.
 *
 * <p>While a feasible candidate has been seen, the archive holds the feasible Pareto non-dominated set. Before that
 * it holds the infeasible candidates that no other offered one dominates in a scale-free sense: {@code a} removes
 * {@code b} when {@code a}'s raw violation vector is componentwise no larger and differs, or is equal and {@code a}
 * Pareto-dominates {@code b}. Such a {@code b} can never be least-violating under any positive scales, so the
 * final front is computed from the survivors at {@link #front()} time. Exact up to rounding of the normalised sums
 * (a componentwise smaller vector whose normalised total rounds to an equal one is still dropped).
 *
 * <p>{@link #offer} is O(|archive|·(m + c)) and copies the arrays only when the candidate enters, so a loop with one
 * evaluator and reused arrays allocates only for archive entries. A decision vector already in the archive is
 * rejected (de-duplication). Not thread-safe.
 */
public final class Archive {
    private final List<Entry> members = new ArrayList<>();
    private final double[] scales;
    private boolean anyFeasible;
    private long offered;

    private record Entry(int[] x, double[] f, double[] c) {
    }

    /** @param scales per-constraint violation scales, normally {@link ViolationScales#of} of the problem */
    public Archive(double[] scales) {
        this.scales = scales.clone();
    }

    /**
     * Offers one evaluated decision; the arrays are not retained.
     *
     * @return whether it entered the archive
     */
    public boolean offer(int[] x, double[] objectives, double[] constraints) {
        offered++;
        boolean feasible = Fronts.feasible(constraints);
        if (!feasible && anyFeasible) {
            return false;
        }
        if (feasible && !anyFeasible) {
            anyFeasible = true;
            members.clear();
        }
        for (Entry e : members) {
            if (removes(e.f, e.c, objectives, constraints, feasible) || sameDecision(e, x, objectives)) {
                return false;
            }
        }
        members.removeIf(e -> removes(objectives, constraints, e.f, e.c, feasible));
        members.add(new Entry(x.clone(), objectives.clone(), constraints.clone()));
        return true;
    }

    /** Offers a candidate. */
    public boolean offer(Candidate c) {
        return offer(c.decision(), c.objectives(), c.constraints());
    }

    /** Whether (fa, ca) removes (fb, cb); both feasible or both infeasible. */
    private static boolean removes(double[] fa, double[] ca, double[] fb, double[] cb, boolean feasible) {
        if (feasible) {
            return Fronts.dominates(fa, fb);
        }
        boolean smaller = false;
        for (int k = 0; k < ca.length; k++) {
            if (ca[k] > cb[k]) {
                return false;
            }
            smaller |= ca[k] < cb[k];
        }
        return smaller || Fronts.dominates(fa, fb);
    }

    private static boolean sameDecision(Entry e, int[] x, double[] objectives) {
        return Arrays.equals(e.f, objectives) && Arrays.equals(e.x, x);
    }

    /** How many candidates were offered. */
    public long offered() {
        return offered;
    }

    /** Current number of members (a superset of the front while nothing feasible was seen). */
    public int size() {
        return members.size();
    }

    /** Whether a feasible candidate was offered. */
    public boolean anyFeasible() {
        return anyFeasible;
    }

    /**
     * The final front of everything offered: the feasible non-dominated set, or the least-violating candidates
     * ({@link ViolationScales#total} under the archive's scales) not Pareto-dominated by an equally violating one.
     */
    public List<Candidate> front() {
        List<Candidate> out = new ArrayList<>(members.size());
        if (anyFeasible || members.isEmpty()) {
            members.forEach(e -> out.add(new Candidate(e.x, e.f, e.c)));
            return out;
        }
        double[] v = new double[members.size()];
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            v[i] = ViolationScales.total(members.get(i).c, scales);
            least = Math.min(least, v[i]);
        }
        for (int i = 0; i < v.length; i++) {
            Entry e = members.get(i);
            boolean dominated = v[i] != least;
            for (int j = 0; j < v.length && !dominated; j++) {
                dominated = v[j] == least && Fronts.dominates(members.get(j).f, e.f);
            }
            if (!dominated) {
                out.add(new Candidate(e.x, e.f, e.c));
            }
        }
        return out;
    }
}
