package org.bomoco.problem;

import org.bomoco.model.Workload;

/**
 * The composite score of the original BOMOCO method (PROBLEM.md, "Composite-score baseline"), shared by the composite
 * baseline and the recommender: {@code score = Σ_k w_k·(f_k(current) − f_k(x))/scale_k}, positive when {@code x} is
 * better than the current state under the weights.
 *
 * <p>{@code scale_k = f_k(current)}, the objective's value in the current state over all workloads. <b>Deviation</b>
 * (argued in {@code docs/model.md}): the business-KPI objective is 0 in the current state by construction (no added
 * latency, no spot), so its scale is the monthly revenue at stake {@code Σ_i rev_i} — a KPI loss then counts as a
 * fraction of revenue, as cost counts as a fraction of the current bill. An objective whose scale is still not
 * positive (e.g. no revenue at all) is left out of the score.
 */
public final class CompositeScore {
    private CompositeScore() {
    }

    /** {@code scale_k} for each objective (0 = left out of the score), in {@link Objective#ordinal()} order. */
    public static double[] scales(PlacementProblem problem, double[] currentObjectives) {
        double[] s = new double[currentObjectives.length];
        for (int k = 0; k < s.length; k++) {
            s[k] = currentObjectives[k] > 0 ? currentObjectives[k] : 0.0;
        }
        int kpi = Objective.BUSINESS_KPI.ordinal();
        if (!(s[kpi] > 0)) {
            double revenue = 0;
            for (Workload w : problem.instance().workloads()) {
                revenue += w.revenueUsdPerMonth();
            }
            s[kpi] = revenue;
        }
        return s;
    }

    /** {@code Σ_k w_k·(current_k − objectives_k)/scale_k} over the objectives with a positive scale. */
    public static double score(double[] weights, double[] current, double[] objectives, double[] scales) {
        double score = 0;
        for (int k = 0; k < weights.length; k++) {
            if (scales[k] > 0) {
                score += weights[k] * (current[k] - objectives[k]) / scales[k];
            }
        }
        return score;
    }
}
