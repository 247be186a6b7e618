package org.bomoco.study;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.data.CarbonForecastGenerator;
import org.bomoco.data.CarbonProfiles;
import org.bomoco.model.PlacementInstance;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.recommend.FrontPicker;
import org.bomoco.recommend.Weights;

/**
 * The rolling-horizon simulation of one strategy over one simulated week (one replicate). At each hourly decision
 * epoch {@code h = 0..hours−1}:
 * <ol>
 *   <li>the forecasts issued at {@code h} are known ({@link AdaptationWeather}); the optimizer (if the strategy
 *       re-plans at {@code h}) solves the epoch instance ({@link AdaptationEpochs}: that forecast, the deployed
 *       placement as the current state, the migration budget left in the sliding 48-hour window);</li>
 *   <li>one plan is picked from the front with {@link FrontPicker} (the study's rule, {@link Weights#DEFAULT}
 *       for the weighted rules) among the feasible candidates; when the front holds none, the deployed
 *       placement is kept (delays 0);</li>
 *   <li>the plan is deployed and hour {@code h} is realised with the actual intensities and prices
 *       ({@link AdaptationLedger}); changes and migrations are counted against the placement deployed before.</li>
 * </ol>
 * Seeds: weather {@code regionSeed(seed, "weather/r")} per region, arrivals {@code regionSeed(seed,
 * "arrivals/r")}, the optimisation at epoch {@code h} {@code regionSeed(seed, "solve/r/h")} — the same for every
 * strategy (common random numbers), so strategies differ only by what they do.
 */
final class AdaptationSimulation {
    private final AdaptationSpec spec;
    private final PlacementInstance base;
    private final CarbonProfiles profiles;
    private final Optimizer optimizer;

    AdaptationSimulation(AdaptationSpec spec, PlacementInstance base, CarbonProfiles profiles, Optimizer optimizer) {
        this.spec = spec;
        this.base = base;
        this.profiles = profiles;
        this.optimizer = optimizer;
    }

    /** The week of replicate {@code replicate} (its weather and arrivals). */
    AdaptationLedger ledger(int replicate) {
        AdaptationWeather weather = AdaptationWeather.generate(base.regions(), profiles, base.forecast().start(),
                spec.hours(), seed("weather/" + replicate));
        int[][] arrivals = AdaptationLedger.arrivals(base.workloads(), spec.hours(), seed("arrivals/" + replicate));
        return new AdaptationLedger(base, weather, arrivals);
    }

    private long seed(String key) {
        return CarbonForecastGenerator.regionSeed(spec.seed(), key);
    }

    /** Runs {@code strategy} on replicate {@code replicate}. */
    AdaptationTrace run(AdaptationStrategy strategy, int replicate) {
        AdaptationLedger ledger = ledger(replicate);
        int[] deployed = AdaptationEpochs.initialDecision(base);
        List<Candidate> front = List.of();
        List<AdaptationTrace.Row> rows = new ArrayList<>();
        int[] migrations = new int[spec.hours()];
        for (int h = 0; h < spec.hours(); h++) {
            int[] plan = deployed;
            long evaluations = 0;
            long wallMs = 0;
            if (h == 0 || strategy != AdaptationStrategy.STATIC) {
                long t0 = System.nanoTime();
                PlacementProblem problem = PlacementProblem.compile(
                        AdaptationEpochs.instance(base, ledger.weather(), h, deployed, AdaptationEpochs
                                .remainingBudget(base.parameters().maxMigrations(), migrations, h)));
                List<int[]> seeds = strategy.warm() && h > 0 ? seeds(deployed, front) : List.of();
                SolveResult result = optimizer.solve(problem, SolveSpec.of(spec.algorithm(),
                        spec.budget(strategy, h), seed("solve/" + replicate + "/" + h)), seeds, ProgressListener.NONE);
                front = result.front();
                plan = pick(front, deployed);
                if (strategy == AdaptationStrategy.WARMSTART_STICKY && h > 0
                        && !worthSwitching(problem, front, deployed, plan, spec.switchThreshold())) {
                    plan = deployed;
                }
                evaluations = result.evaluations();
                wallMs = (System.nanoTime() - t0) / 1_000_000;
            }
            AdaptationLedger.Hour r = ledger.realise(h, plan, deployed);
            migrations[h] = r.migrations();
            rows.add(new AdaptationTrace.Row(h, r.carbonKg(), r.costUsd(), r.waterLitres(), r.changes(),
                    r.migrations(), evaluations, wallMs));
            deployed = plan;
        }
        return new AdaptationTrace(rows);
    }

    /** The warm-start population: the deployed plan, then the previous front's decisions (distinct, in order). */
    static List<int[]> seeds(int[] deployed, List<Candidate> front) {
        Set<List<Integer>> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        out.add(deployed.clone());
        seen.add(key(deployed));
        for (Candidate c : front) {
            if (seen.add(key(c.decision()))) {
                out.add(c.decision());
            }
        }
        return out;
    }

    private static List<Integer> key(int[] x) {
        return java.util.Arrays.stream(x).boxed().toList();
    }

    /**
     * Hysteresis: whether {@code plan} beats {@code deployed} by more than {@code threshold} in the
     * {@link Weights#DEFAULT}-weighted sum of objectives normalised by the ranges of the feasible front plus the
     * deployed plan (each objective mapped to [0, 1]; the weights sum to 1, so the sum is in [0, 1]). A deployed
     * plan that has become infeasible is always replaced.
     */
    static boolean worthSwitching(PlacementProblem problem, List<Candidate> front, int[] deployed, int[] plan,
                                  double threshold) {
        org.bomoco.problem.Evaluation old = problem.evaluate(deployed);
        if (!old.feasible()) {
            return true;
        }
        List<double[]> points = new ArrayList<>();
        front.stream().filter(Candidate::feasible).forEach(c -> points.add(c.objectives()));
        points.add(old.objectives());
        double[] now = problem.evaluate(plan).objectives();
        double[] w = Weights.DEFAULT.toArray();
        double gain = 0;
        for (int k = 0; k < w.length; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] p : points) {
                lo = Math.min(lo, p[k]);
                hi = Math.max(hi, p[k]);
            }
            gain += hi > lo ? w[k] * (old.objectives()[k] - now[k]) / (hi - lo) : 0;
        }
        return gain > threshold;
    }

    /** The picked feasible plan of {@code front}, or {@code deployed} with delays 0 when none is feasible. */
    int[] pick(List<Candidate> front, int[] deployed) {
        List<Candidate> feasible = front.stream().filter(Candidate::feasible).toList();
        if (feasible.isEmpty()) {
            int[] keep = deployed.clone();
            for (int v = 3; v < keep.length; v += PlacementProblem.VARIABLES_PER_WORKLOAD) {
                keep[v] = 0;
            }
            return keep;
        }
        double[][] points = feasible.stream().map(Candidate::objectives).toArray(double[][]::new);
        return feasible.get(FrontPicker.pick(spec.pick(), points, Weights.DEFAULT.toArray())).decision();
    }
}
