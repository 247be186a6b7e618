package org.bomoco.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Purchase;
import org.bomoco.problem.CompositeScore;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * Decodes a chosen decision against the current state into {@link Recommendation}s ({@code docs/model.md},
 * "Actions"): per workload, a changed region gives {@link Action#REGION_MIGRATION}, a changed size
 * {@link Action#RIGHTSIZE_DOWN} or {@link Action#RIGHTSIZE_UP} (by vCPUs, then memory), spot gives
 * {@link Action#SPOT_CONVERSION}, a positive delay {@link Action#CARBON_SHIFT}; a workload that changes region and
 * size yields two recommendations, and so on.
 *
 * <p>Each change is measured alone: it is applied to the current decision, the result evaluated with the full
 * {@link Evaluator}, and {@code delta_k = f_k(current with only this change) − f_k(current)}. Composite score
 * ("Composite-score baseline" of {@code docs/model.md}): {@code Σ_k w_k·(f_k(current) − f_k(with change))/scale_k}
 * with normalised weights and {@code scale_k = f_k(current)}. <b>Deviation:</b> the business-KPI objective is 0 in
 * the current state by construction (no added latency, no spot), so its scale falls back to the monthly revenue at
 * stake, {@code Σ_i rev_i} (the KPI loss then counts as a fraction of revenue, as cost counts as a fraction of the
 * current bill). Any other objective whose current value is not positive, and the KPI when the revenue is 0, gets
 * scale 0 and its term is left out. Cost: O(C·(N + D + R)) for C changes.
 */
public final class Recommender {
    private static final int V = PlacementProblem.VARIABLES_PER_WORKLOAD;

    private final PlacementProblem problem;
    private final Weights weights;
    private final int[] current;
    private final double[] currentObjectives;
    private final double[] scales;

    /** Evaluates the current state once; {@code weights} are normalised to sum 1. */
    public Recommender(PlacementProblem problem, Weights weights) {
        this.problem = problem;
        this.weights = weights.normalized();
        this.current = problem.currentDecision();
        this.currentObjectives = problem.evaluate(current).objectives();
        this.scales = CompositeScore.scales(problem, currentObjectives);
    }

    /** The normalised weights in use. */
    public Weights weights() {
        return weights;
    }

    /** Objectives of the current state, in {@link Objective#ordinal()} order. */
    public double[] currentObjectives() {
        return currentObjectives.clone();
    }

    /** {@code scale_k} of the composite score (0 = term left out), in {@link Objective#ordinal()} order. */
    public double[] scales() {
        return scales.clone();
    }

    /** {@code −Σ_k w_k·delta_k/scale_k} over the objectives with a positive scale. */
    public double compositeScore(double[] deltas) {
        double[] zero = new double[deltas.length];
        return CompositeScore.score(weights.toArray(), zero, deltas, scales);
    }

    /**
     * Every change of {@code decision} against the current state, ranked by composite score (descending; stable
     * on ties, in workload order).
     *
     * @throws IllegalArgumentException when {@code decision} has the wrong length or is out of bounds
     */
    public Recommendations recommend(int[] decision) {
        problem.checkBounds(decision);
        Evaluator evaluator = problem.newEvaluator();
        double[] objectives = new double[Objective.values().length];
        double[] constraints = new double[Constraint.values().length];
        List<Recommendation> out = new ArrayList<>();
        int[] trial = current.clone();
        for (int i = 0; i < problem.workloadCount(); i++) {
            for (int offset = 0; offset < V; offset++) {
                int var = V * i + offset;
                if (decision[var] == current[var]) {
                    continue;
                }
                trial[var] = decision[var];
                evaluator.evaluate(trial, objectives, constraints);
                trial[var] = current[var];
                out.add(recommendation(i, offset, current[var], decision[var], deltas(objectives)));
            }
        }
        out.sort(Comparator.comparingDouble(Recommendation::compositeScore).reversed());
        evaluator.evaluate(decision, objectives, constraints);
        return new Recommendations(currentObjectives, objectives, scales, out);
    }

    private double[] deltas(double[] objectives) {
        double[] d = new double[objectives.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = objectives[k] - currentObjectives[k];
        }
        return d;
    }

    private Recommendation recommendation(int i, int offset, int from, int to, double[] deltas) {
        PlacementInstance instance = problem.instance();
        String workload = instance.workloads().get(i).id();
        Action action;
        String fromText;
        String toText;
        switch (offset) {
            case 0 -> {
                action = Action.REGION_MIGRATION;
                fromText = instance.regions().get(from).id();
                toText = instance.regions().get(to).id();
            }
            case 1 -> {
                InstanceSize a = instance.sizes().get(from);
                InstanceSize b = instance.sizes().get(to);
                action = larger(b, a, to > from) ? Action.RIGHTSIZE_UP : Action.RIGHTSIZE_DOWN;
                fromText = a.id();
                toText = b.id();
            }
            case 2 -> {
                action = Action.SPOT_CONVERSION;
                fromText = (from == 1 ? Purchase.SPOT : Purchase.ON_DEMAND).id();
                toText = (to == 1 ? Purchase.SPOT : Purchase.ON_DEMAND).id();
            }
            default -> {
                action = Action.CARBON_SHIFT;
                fromText = from + "h";
                toText = to + "h";
            }
        }
        return new Recommendation(workload, action, fromText, toText, deltas, action.risk(),
                compositeScore(deltas));
    }

    /** Whether {@code b} is larger than {@code a}: by vCPUs, then memory, then ladder position. */
    private static boolean larger(InstanceSize b, InstanceSize a, boolean laterOnLadder) {
        if (b.vcpus() != a.vcpus()) {
            return b.vcpus() > a.vcpus();
        }
        if (b.memoryGb() != a.memoryGb()) {
            return b.memoryGb() > a.memoryGb();
        }
        return laterOnLadder;
    }
}
