package org.bomoco.algorithms;

import java.util.List;

/**
 * The plan the composite-score method makes for one weight vector ({@link CompositePlanner#plan}).
 *
 * @param weights the weight vector over the objectives (as given)
 * @param decision the resulting decision vector (current state with the chosen changes applied)
 * @param objectives the plan's objectives
 * @param constraints the plan's raw violations
 * @param chosen the single changes taken, in the order taken (by decreasing score)
 * @param evaluations evaluations spent making this plan (greedy checks; the shared scoring of single changes is
 *     counted by {@link CompositePlanner#evaluations()})
 */
public record CompositePlan(double[] weights, int[] decision, double[] objectives, double[] constraints,
                            List<SingleChange> chosen, long evaluations) {
    public CompositePlan {
        weights = weights.clone();
        decision = decision.clone();
        objectives = objectives.clone();
        constraints = constraints.clone();
        chosen = List.copyOf(chosen);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public int[] decision() {
        return decision.clone();
    }

    @Override
    public double[] objectives() {
        return objectives.clone();
    }

    @Override
    public double[] constraints() {
        return constraints.clone();
    }

    /** The plan as a candidate point. */
    public Candidate candidate() {
        return new Candidate(decision, objectives, constraints);
    }
}
