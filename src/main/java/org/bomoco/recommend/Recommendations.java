package org.bomoco.recommend;

import java.util.List;

import org.bomoco.problem.Objective;

/**
 * The changes of a chosen decision, ranked by composite score (descending), with the objective vectors they were
 * measured against. The single-change deltas need not add up to {@code chosen − current}: changes interact
 * (dependency latency and egress, capacity) when applied together.
 */
public final class Recommendations {
    private final double[] current;
    private final double[] chosen;
    private final double[] scales;
    private final List<Recommendation> ranked;

    Recommendations(double[] current, double[] chosen, double[] scales, List<Recommendation> ranked) {
        this.current = current.clone();
        this.chosen = chosen.clone();
        this.scales = scales.clone();
        this.ranked = List.copyOf(ranked);
    }

    /** All changes, best composite score first (ties: workload order, then migration, size, spot, shift). */
    public List<Recommendation> ranked() {
        return ranked;
    }

    /** The first {@code n} of {@link #ranked()} (all of them when fewer). */
    public List<Recommendation> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be ≥ 0, got " + n);
        }
        return ranked.subList(0, Math.min(n, ranked.size()));
    }

    public int size() {
        return ranked.size();
    }

    /** Objectives of the current state, in {@link Objective#ordinal()} order. */
    public double[] currentObjectives() {
        return current.clone();
    }

    /** Objectives of the whole chosen decision, in {@link Objective#ordinal()} order. */
    public double[] chosenObjectives() {
        return chosen.clone();
    }

    /** The composite score's per-objective scales (see {@link Recommender#scales()}). */
    public double[] scales() {
        return scales.clone();
    }
}
