package org.bomoco.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.ViolationScales;
import org.bomoco.api.MultiObjectiveOptimizer;
import org.bomoco.api.OptimizerSettings;
import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.CatalogueReader;
import org.bomoco.data.GeneratorSpec;
import org.bomoco.data.InstanceGenerator;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.model.Choice;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.Purchase;
import org.bomoco.model.Workload;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.recommend.FrontPicker;
import org.bomoco.recommend.Weights;

/**
 * Feeds a sensitivity into the placement problem and compares the chosen placements: the instance's {@code e_i}
 * are replaced (every workload gets the same value; the {@link Workload} record is copied, its shape unchanged), the
 * problem is solved with {@link MultiObjectiveOptimizer} (same algorithm, seed and budget for every value), one
 * solution is picked, and the picks are evaluated under the TRUE sensitivity and compared workload by workload.
 */
final class KpiSensitivityPlacement {

    /** The three picks and their differences. */
    record Outcome(int workloads, KpiSensitivity.Plan assumed, KpiSensitivity.Plan fed, KpiSensitivity.Plan noise,
                   KpiSensitivity.Difference change, KpiSensitivity.Difference seedNoise,
                   KpiSensitivity.Plan poolAssumed, KpiSensitivity.Plan poolFed, KpiSensitivity.Difference poolChange) {
    }

    /** A chosen decision, the size of the front it came from, and that front's decisions. */
    record Picked(int[] decision, int frontSize, List<int[]> front) {
    }

    private KpiSensitivityPlacement() {
    }

    /** Generates the instance of {@code s} from {@code catalogue} and compares assumed, learned and next-seed picks. */
    static Outcome compare(KpiSensitivity.Settings s, double learned, Path catalogue, PrintWriter out) {
        PlacementInstance base = generate(s, catalogue);
        PlacementProblem truth = PlacementProblem.compile(withSensitivity(base, s.truePer100ms()));
        Picked a = solveAndPick(base, s.assumedPer100ms(), s, s.seed(), out);
        Picked f = solveAndPick(base, learned, s, s.seed(), out);
        Picked n = solveAndPick(base, s.assumedPer100ms(), s, s.seed() + 1, out);
        List<int[]> pool = new ArrayList<>(a.front());
        pool.addAll(f.front());
        pool.addAll(n.front());
        Picked pa = poolPick(base, s.assumedPer100ms(), pool, s.pick());
        Picked pf = poolPick(base, learned, pool, s.pick());
        return new Outcome(base.workloads().size(), plan("assumed", s.assumedPer100ms(), a, truth),
                plan("learned", learned, f, truth), plan("assumed-next-seed", s.assumedPer100ms(), n, truth),
                difference(truth, a.decision(), f.decision()),
                difference(truth, a.decision(), n.decision()),
                plan("pool-assumed", s.assumedPer100ms(), pa, truth), plan("pool-learned", learned, pf, truth),
                difference(truth, pa.decision(), pf.decision()));
    }

    /**
     * The noise-free comparison: every candidate decision (the three solves' fronts) is evaluated with sensitivity
     * {@code e}, and one is picked by the settings' rule — {@code usd}: least cost + KPI loss (USD/month), feasible
     * first; {@code knee}/{@code compromise}: that rule of {@link FrontPicker}, with {@link Weights#DEFAULT}, over
     * the candidates' {@link Fronts#finalFront} (the front rule every optimizer uses: feasible non-dominated ones,
     * else the least violating). Both picks of a
     * comparison see the same candidates, so any difference between them is caused by the sensitivity alone, not by
     * the optimizer's random trajectory.
     */
    static Picked poolPick(PlacementInstance base, double e, List<int[]> pool, String method) {
        PlacementProblem problem = PlacementProblem.compile(withSensitivity(base, e));
        List<Candidate> candidates = new ArrayList<>();
        for (int[] x : pool) {
            Evaluation ev = problem.evaluate(x);
            candidates.add(new Candidate(x, ev.objectives(), ev.constraints()));
        }
        if (method.equals("usd")) {
            return new Picked(leastUsd(candidates).decision(), pool.size(), pool);
        }
        List<Candidate> front = Fronts.finalFront(candidates, ViolationScales.of(problem));
        double[][] points = front.stream().map(Candidate::objectives).toArray(double[][]::new);
        FrontPicker.Method m = method.equals("knee") ? FrontPicker.Method.KNEE : FrontPicker.Method.COMPROMISE;
        return new Picked(front.get(FrontPicker.pick(m, points, Weights.DEFAULT.toArray())).decision(), pool.size(),
                pool);
    }

    /** The generated instance: all providers and regions of the catalogue, the generate command's forecast start. */
    static PlacementInstance generate(KpiSensitivity.Settings s, Path catalogue) {
        InstanceGenerator generator = new InstanceGenerator(CatalogueReader.read(catalogue),
                CarbonProfiles.read(catalogue.resolve("carbon-profiles.csv")));
        GeneratorSpec spec = new GeneratorSpec("kpi-sensitivity-" + s.workloads() + "-s" + s.instanceSeed(),
                s.workloads(), s.instanceSeed(), EnumSet.allOf(Provider.class), List.of(),
                InstanceLoader.DEFAULT_START);
        return generator.generate(spec).instance();
    }

    /** {@code instance} with {@code e_i = perHundredMs} for every workload (copies; nothing else changes). */
    static PlacementInstance withSensitivity(PlacementInstance instance, double perHundredMs) {
        List<Workload> ws = new ArrayList<>();
        for (Workload w : instance.workloads()) {
            ws.add(new Workload(w.id(), w.count(), w.regionId(), w.sizeId(), w.cpuMean(), w.cpuP95(), w.kind(),
                    w.durationHours(), w.runsPerMonth(), w.slackHours(), w.spotOk(), w.jurisdictions(),
                    w.userLatitude(), w.userLongitude(), w.latencySloMs(), w.dataGb(), w.revenueUsdPerMonth(),
                    perHundredMs));
        }
        return new PlacementInstance(instance.parameters(), instance.regions(), instance.sizes(),
                instance.providers(), ws, instance.dependencies(), instance.forecast());
    }

    private static Picked solveAndPick(PlacementInstance base, double e, KpiSensitivity.Settings s, long seed,
                                      PrintWriter out) {
        long t0 = System.nanoTime();
        MultiObjectiveOptimizer optimizer = new MultiObjectiveOptimizer(settings(s, seed));
        List<Candidate> front = optimizer.optimize(withSensitivity(base, e)).front();
        Candidate chosen = pick(optimizer, front, s.pick());
        out.printf(Locale.ROOT, "kpi-sensitivity: solved with e = %.4f, seed %d: front %d, %.1f s%n", e, seed,
                front.size(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        return new Picked(chosen.decision(), front.size(), front.stream().map(Candidate::decision).toList());
    }

    /** Optimizer settings: the settings' algorithm and budget, {@code seed}, default weights, the pick method. */
    static OptimizerSettings settings(KpiSensitivity.Settings s, long seed) {
        FrontPicker.Method m = s.pick().equals("knee") ? FrontPicker.Method.KNEE : FrontPicker.Method.COMPROMISE;
        return new OptimizerSettings(s.algorithm(), s.evaluations(), seed, 0, Map.of(), Weights.DEFAULT, m);
    }

    /**
     * The pick: {@code usd} = the feasible candidate (any, if none is feasible) of least cost + KPI loss (both
     * USD/month, lowest index on ties); otherwise the optimizer's own pick (knee or compromise, feasible first).
     */
    static Candidate pick(MultiObjectiveOptimizer optimizer, List<Candidate> front, String method) {
        return method.equals("usd") ? leastUsd(front) : optimizer.pick(front);
    }

    /** The feasible candidate (any, if none is feasible) of least cost + KPI loss, lowest index on ties. */
    private static Candidate leastUsd(List<Candidate> front) {
        List<Candidate> pool = front.stream().filter(Candidate::feasible).toList();
        pool = pool.isEmpty() ? front : pool;
        Candidate best = null;
        for (Candidate c : pool) {
            if (best == null || dollars(c.objectives()) < dollars(best.objectives())) {
                best = c;
            }
        }
        return best;
    }

    private static double dollars(double[] objectives) {
        return objectives[Objective.COST.ordinal()] + objectives[Objective.BUSINESS_KPI.ordinal()];
    }

    /** A pick evaluated under {@code truth} with its migration and spot counts. */
    static KpiSensitivity.Plan plan(String label, double e, Picked picked, PlacementProblem truth) {
        Evaluation ev = truth.evaluate(picked.decision());
        List<Choice> choices = truth.decode(picked.decision()).choices();
        List<Workload> ws = truth.instance().workloads();
        int migrations = 0;
        int spot = 0;
        for (int i = 0; i < choices.size(); i++) {
            migrations += choices.get(i).regionId().equals(ws.get(i).regionId()) ? 0 : 1;
            spot += choices.get(i).purchase() == Purchase.SPOT ? 1 : 0;
        }
        return new KpiSensitivity.Plan(label, e, ev.objectives(), ev.feasible(), migrations, spot,
                picked.frontSize());
    }

    /** Workload-by-workload difference of two decisions of {@code problem}. */
    static KpiSensitivity.Difference difference(PlacementProblem problem, int[] x, int[] y) {
        List<Choice> a = problem.decode(x).choices();
        List<Choice> b = problem.decode(y).choices();
        int changed = 0;
        int region = 0;
        int size = 0;
        int purchase = 0;
        int delay = 0;
        for (int i = 0; i < a.size(); i++) {
            Choice p = a.get(i);
            Choice q = b.get(i);
            changed += p.equals(q) ? 0 : 1;
            region += p.regionId().equals(q.regionId()) ? 0 : 1;
            size += p.sizeId().equals(q.sizeId()) ? 0 : 1;
            purchase += p.purchase() == q.purchase() ? 0 : 1;
            delay += p.delayHours() == q.delayHours() ? 0 : 1;
        }
        return new KpiSensitivity.Difference(changed, region, size, purchase, delay);
    }
}
