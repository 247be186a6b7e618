package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.bomoco.problem.Constraint;
import org.bomoco.problem.CompositeScore;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * The composite-score method, the original BOMOCO recommender, exactly as PROBLEM.md "Composite-score baseline"
 * defines it, for one weight vector at a time.
 *
 * Region changes are limited to each workload's {@link PlacementProblem#regionChoices} (its region scope).
 *
 * <ol>
 *   <li><b>Single changes.</b> For each workload {@code i}, from the current state {@code x0}: every other region at
 *   the current size (on-demand, no delay), every other size in the current region, spot instead of on-demand, and
 *   each start delay {@code 1..slack_i}. Each is evaluated with the full {@link Evaluator} (objectives of the whole
 *   placement with that one change): O(C·(N + D + R)) for C changes, done once here, since nothing of it depends on
 *   the weights. A change is <i>feasible</i> when every raw violation of {@code x0} with it applied is no larger
 *   than {@code x0}'s own (it adds no violation, and tolerates one the current state already has).</li>
 *   <li><b>Score</b> {@link CompositeScore}: {@code Σ_k w_k·(f_k(x0) − f_k(change))/scale_k},
 *   {@code scale_k = f_k(x0)}, with the business KPI (0 in the current state by definition) scaled by the monthly
 *   revenue {@code Σ rev_i}; a term whose scale is not positive is left out.</li>
 *   <li><b>Plan.</b> Each workload's best feasible change (highest score; ties: first in the order above) is a
 *   candidate if its score is positive. Candidates are taken by decreasing score (ties: lower workload index) while
 *   the plan stays within capacity and the migration budget: a candidate is applied, the plan is evaluated, and the
 *   candidate is kept only if every raw violation of the plan is still no larger than {@code x0}'s. Only capacity and
 *   migrations can bind there, since the other violations are sums of per-workload terms and each candidate is
 *   individually no worse. At most one change per workload. O(N·(N + D + R)) per weight vector.</li>
 * </ol>
 *
 * Immutable after construction; {@link #plan} uses its own evaluator, so it may be called from several threads.
 */
public final class CompositePlanner {
    /** PROBLEM.md's default weights: cost 0.35, carbon 0.25, water 0.10, performance 0.20, KPI 0.10. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.35, 0.25, 0.10, 0.20, 0.10);

    private static final int M = Objective.values().length;

    /** {@link #DEFAULT_WEIGHTS} as an array. */
    public static double[] defaultWeights() {
        return DEFAULT_WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private final PlacementProblem problem;
    private final int[] current;
    private final double[] currentObjectives = new double[M];
    private final double[] currentConstraints = new double[Constraint.values().length];
    private final double[] scales;
    private final List<SingleChange> changes = new ArrayList<>();
    /** changes of workload i are changes[start[i] .. start[i+1]). */
    private final int[] start;

    /** Evaluates the current state and every single change of {@code problem}. */
    public CompositePlanner(PlacementProblem problem) {
        this.problem = problem;
        this.current = problem.currentDecision();
        Evaluator evaluator = problem.newEvaluator();
        evaluator.evaluate(current, currentObjectives, currentConstraints);
        this.scales = CompositeScore.scales(problem, currentObjectives);
        this.start = new int[problem.workloadCount() + 1];
        int[] x = current.clone();
        for (int i = 0; i < problem.workloadCount(); i++) {
            start[i] = changes.size();
            int[] regions = problem.regionChoices(i);
            for (SingleChange.Kind kind : SingleChange.Kind.values()) {
                int var = PlacementProblem.VARIABLES_PER_WORKLOAD * i + kind.ordinal();
                int from = kind == SingleChange.Kind.SPOT ? current[var] + 1 : problem.lowerBound(var);
                for (int v = from; v <= problem.upperBound(var); v++) {
                    boolean allowed = kind != SingleChange.Kind.REGION
                            || java.util.Arrays.binarySearch(regions, v) >= 0;
                    if (v != current[var] && allowed) {
                        changes.add(evaluate(evaluator, x, i, kind, var, v));
                    }
                }
            }
        }
        start[problem.workloadCount()] = changes.size();
    }

    private SingleChange evaluate(Evaluator evaluator, int[] x, int i, SingleChange.Kind kind, int var, int v) {
        double[] f = new double[M];
        double[] c = new double[currentConstraints.length];
        x[var] = v;
        evaluator.evaluate(x, f, c);
        x[var] = current[var];
        return new SingleChange(i, kind, v, f, c, noWorse(c, currentConstraints));
    }

    static boolean noWorse(double[] c, double[] reference) {
        for (int k = 0; k < c.length; k++) {
            if (c[k] > reference[k]) {
                return false;
            }
        }
        return true;
    }

    /** The current state's objectives. */
    public double[] currentObjectives() {
        return currentObjectives.clone();
    }

    /** The current state's raw violations. */
    public double[] currentConstraints() {
        return currentConstraints.clone();
    }

    /** {@code scale_k} of the score (see the class doc for the guard). */
    public double[] scales() {
        return scales.clone();
    }

    /** Every single change, grouped by workload, in the order of the class doc. */
    public List<SingleChange> changes() {
        return List.copyOf(changes);
    }

    /** Evaluations done at construction: the current state plus one per single change. */
    public long evaluations() {
        return 1L + changes.size();
    }

    /** {@code Σ_k w_k·(f_k(x0) − f_k(change))/scale_k}. */
    public double score(SingleChange change, double[] weights) {
        checkWeights(weights);
        return scoreOf(change, weights);
    }

    private double scoreOf(SingleChange change, double[] w) {
        return CompositeScore.score(w, currentObjectives, change.objectives(), scales);
    }

    /** The plan for one weight vector (length 5, objective order; any positive scale gives the same plan). */
    public CompositePlan plan(double[] weights) {
        checkWeights(weights);
        List<SingleChange> candidates = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < problem.workloadCount(); i++) {
            SingleChange best = null;
            double bestScore = 0;
            for (int j = start[i]; j < start[i + 1]; j++) {
                SingleChange ch = changes.get(j);
                double s = scoreOf(ch, weights);
                if (ch.feasible() && s > bestScore) {
                    best = ch;
                    bestScore = s;
                }
            }
            if (best != null) {
                candidates.add(best);
                scores.add(bestScore);
            }
        }
        // stable sort: equal scores keep workload order
        Integer[] order = new Integer[candidates.size()];
        for (int q = 0; q < order.length; q++) {
            order[q] = q;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer q) -> scores.get(q)).reversed());
        return greedy(weights, candidates, order);
    }

    private CompositePlan greedy(double[] weights, List<SingleChange> candidates, Integer[] order) {
        Evaluator evaluator = problem.newEvaluator();
        int[] x = current.clone();
        double[] f = new double[M];
        double[] c = new double[currentConstraints.length];
        List<SingleChange> chosen = new ArrayList<>();
        long evaluations = 0;
        for (Integer q : order) {
            SingleChange ch = candidates.get(q);
            x[ch.variable()] = ch.value();
            evaluator.evaluate(x, f, c);
            evaluations++;
            if (noWorse(c, currentConstraints)) {
                chosen.add(ch);
            } else {
                x[ch.variable()] = current[ch.variable()];
            }
        }
        evaluator.evaluate(x, f, c);
        return new CompositePlan(weights, x, f, c, chosen, evaluations + 1);
    }

    /** The plans of several weight vectors, in the same order. */
    public List<CompositePlan> plans(List<double[]> weightVectors) {
        List<CompositePlan> out = new ArrayList<>(weightVectors.size());
        for (double[] w : weightVectors) {
            out.add(plan(w));
        }
        return out;
    }

    private static void checkWeights(double[] w) {
        double sum = 0;
        boolean ok = w.length == M;
        for (int k = 0; ok && k < M; k++) {
            ok = Double.isFinite(w[k]) && w[k] >= 0;
            sum += w[k];
        }
        if (!ok || !(sum > 0)) {
            throw new IllegalArgumentException("a weight vector needs " + M + " finite non-negative weights with a "
                    + "positive sum, got " + Arrays.toString(w));
        }
    }
}
