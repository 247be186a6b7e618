package org.bomoco.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import org.bomoco.experiment.SpecNode;

/**
 * Evaluation 1, last step of issue 5: learn the latency sensitivity {@code e} (fraction of revenue lost per 100 ms
 * of added latency, the {@code e_i} of the KPI objective in {@code docs/model.md}) from a simulated business history,
 * feed it to the placement problem, and measure how much the chosen placement changes against the rule-of-thumb
 * value (1% per 100 ms).
 *
 * <ol>
 * <li><b>Learn</b> ({@link KpiSensitivityLearning}): a {@link org.bomoco.causal.HistorySimulator} history in which an
 * infrastructure change (e.g. a region move) adds {@code latency_ms} of latency to the treated services with a true
 * relative revenue effect {@code −true_per_100ms·latency_ms/100}; cohort difference-in-differences on log revenue
 * estimates it with a 95% interval, converted to {@code ê} per 100 ms; the naive pooled correlation
 * ({@link org.bomoco.causal.BusinessKpiCorrelator}) is reported for contrast.</li>
 * <li><b>Feed and solve</b> ({@link KpiSensitivityPlacement}): one generated instance, its {@code e_i} set to the
 * assumed value for every workload, then to {@code max(0, ê)} for every workload (one history gives one {@code ê};
 * uniform values keep the comparison about the level, not the spread; a negative estimate would reward added
 * latency, so it is fed as 0); both solved with the same algorithm, seed and
 * budget, one solution picked from each front the same way, and both picks evaluated under the TRUE sensitivity.</li>
 * </ol>
 *
 * <p>Caveat, stated in the report: a uniform {@code e} scales the latency part of the KPI objective by a constant.
 * Pareto dominance, NSGA-II's range-normalised crowding and the front-normalised pickers (knee, compromise) are all
 * invariant to scaling one objective, so the learned value can change the choice only through the KPI's spot-risk
 * term (which does not scale with {@code e}) or through a different random trajectory of the run. The result
 * therefore also reports a seed-noise floor (the same assumed {@code e}, the next seed) and offers
 * {@code pick: usd} (least cost + KPI loss, both USD/month), the one pick where the level of {@code e} matters.
 */
public final class KpiSensitivity {

    private KpiSensitivity() {
    }

    /**
     * The resolved settings (see {@link KpiSensitivitySettingsReader} for the YAML keys and their defaults).
     *
     * @param workloads       workloads of the generated instance ({@code workloads}, default 200)
     * @param instanceSeed    seed of the instance generator ({@code instance_seed}, default 1)
     * @param seed            seed of the simulated history and of the optimizer run ({@code seed}, default 1)
     * @param truePer100ms    true revenue fraction lost per 100 ms ({@code true_per_100ms}, default 0.025)
     * @param assumedPer100ms assumed (rule-of-thumb) value ({@code assumed_per_100ms}, default 0.01)
     * @param latencyMs       latency the simulated change adds, ms ({@code latency_ms}, default 100)
     * @param services        services of the simulated history ({@code services}, default 2000)
     * @param days            days of the simulated history ({@code days}, default 120, at least 85)
     * @param confounded      whether changed services were picked because their revenue was rising
     *                        ({@code confounded}, default true)
     * @param algorithm       optimizer id ({@code algorithm}, default nsga2@moea)
     * @param evaluations     evaluation budget per solve ({@code evaluations}, default 20000)
     * @param pick            how one solution is chosen from each front: knee, compromise or usd ({@code pick},
     *                        default compromise)
     */
    public record Settings(int workloads, long instanceSeed, long seed, double truePer100ms, double assumedPer100ms,
                           double latencyMs, int services, int days, boolean confounded, String algorithm,
                           long evaluations, String pick) {
        public Settings {
            if (workloads < 1 || services < 10 || days < KpiSensitivitySettingsReader.MIN_DAYS || evaluations < 1) {
                throw new IllegalArgumentException("workloads ≥ 1, services ≥ 10, days ≥ "
                        + KpiSensitivitySettingsReader.MIN_DAYS + ", evaluations ≥ 1 required");
            }
            if (!(truePer100ms >= 0 && assumedPer100ms >= 0 && latencyMs > 0 && truePer100ms * latencyMs < 100)) {
                throw new IllegalArgumentException("sensitivities ≥ 0, latency > 0 and a true effect below 100%");
            }
            if (!KpiSensitivitySettingsReader.PICKS.contains(pick)) {
                throw new IllegalArgumentException("pick must be one of " + KpiSensitivitySettingsReader.PICKS);
            }
        }

        /** All defaults. */
        public static Settings defaults() {
            return new Settings(200, 1, 1, 0.025, 0.01, 100, 2000, 120, true, "nsga2@moea", 20_000, "compromise");
        }

        /** The resolved values as a YAML snippet (every key, defaults filled in), for the study's resolved config. */
        public String canonical() {
            return String.format(Locale.ROOT, "workloads: %d%ninstance_seed: %d%nseed: %d%ntrue_per_100ms: %s%n"
                            + "assumed_per_100ms: %s%nlatency_ms: %s%nservices: %d%ndays: %d%nconfounded: %s%n"
                            + "algorithm: %s%nevaluations: %d%npick: %s%n", workloads, instanceSeed, seed,
                    num(truePer100ms), num(assumedPer100ms), num(latencyMs), services, days, confounded, algorithm,
                    evaluations, pick);
        }

        private static String num(double v) {
            return Double.toString(v);
        }
    }

    /**
     * An estimate of {@code e} (fraction per 100 ms) with its 95% interval.
     *
     * @param method estimator name ({@code did-cohort}, {@code naive-ols})
     * @param perHundredMs point estimate
     * @param lower lower end of the 95% interval
     * @param upper upper end of the 95% interval
     */
    public record Sensitivity(String method, double perHundredMs, double lower, double upper) {
        /** Whether the interval contains {@code value}. */
        public boolean covers(double value) {
            return lower <= value && value <= upper;
        }
    }

    /**
     * One chosen placement.
     *
     * @param label            {@code assumed}, {@code learned} or {@code assumed-next-seed}
     * @param sensitivity      the {@code e} the solve used
     * @param trueObjectives   cost, carbon, water, performance, KPI of the pick under the TRUE sensitivity
     * @param feasible         whether the pick satisfies every constraint
     * @param migrations       workloads whose region differs from their current region
     * @param spot             workloads on spot capacity
     * @param frontSize        size of the front it was picked from
     */
    public record Plan(String label, double sensitivity, double[] trueObjectives, boolean feasible, int migrations,
                       int spot, int frontSize) {
        public Plan {
            trueObjectives = trueObjectives.clone();
        }

        @Override
        public double[] trueObjectives() {
            return trueObjectives.clone();
        }
    }

    /**
     * How two picks differ, workload by workload.
     *
     * @param changed   workloads whose choice differs in anything
     * @param region    ... whose region differs
     * @param size      ... whose size differs
     * @param purchase  ... whose purchase option differs
     * @param delay     ... whose start delay differs
     */
    public record Difference(int changed, int region, int size, int purchase, int delay) {
    }

    /**
     * The outcome of {@link #run}.
     *
     * @param settings   the settings run
     * @param learned    the DiD estimate of {@code e}
     * @param naive      the naive correlation's estimate of {@code e}
     * @param workloads  workloads of the instance
     * @param assumed    the pick with the assumed {@code e}
     * @param fed        the pick with the learned {@code ê}
     * @param noise      the pick with the assumed {@code e} and the next seed (seed-noise floor)
     * @param change     assumed vs learned pick
     * @param seedNoise  assumed pick vs the next seed's assumed pick
     * @param poolAssumed  among all three fronts' decisions, the settings' pick with the assumed e
     * @param poolFed      the same candidates, the same pick with the learned ê
     * @param poolChange   poolAssumed vs poolFed: the change caused by the sensitivity alone (no seed noise)
     */
    public record Result(Settings settings, Sensitivity learned, Sensitivity naive, int workloads, Plan assumed,
                         Plan fed, Plan noise, Difference change, Difference seedNoise, Plan poolAssumed,
                         Plan poolFed, Difference poolChange) {

        /** One CSV table: one row per plan, with the estimates and differences repeated (tidy, self-contained). */
        public String toCsv() {
            return KpiSensitivityTables.csv(this);
        }

        /** A Markdown report section: estimates, the two picks under the true sensitivity, and the differences. */
        public String toMarkdown() {
            return KpiSensitivityTables.markdown(this);
        }

        /** One sentence with the headline figures. */
        public String headline() {
            return KpiSensitivityTables.headline(this);
        }
    }

    /**
     * Reads and validates the settings from a YAML mapping (every key optional; see
     * {@link KpiSensitivitySettingsReader}); errors name file, line and key.
     */
    public static Settings read(SpecNode section) {
        return KpiSensitivitySettingsReader.read(section);
    }

    /**
     * Runs the evaluation: learns {@code ê}, then solves the instance generated from {@code catalogue} three times
     * (assumed e, learned ê, assumed e with seed + 1), printing progress to {@code out}. Deterministic for the
     * settings (same settings and catalogue → same result).
     */
    public static Result run(Settings s, Path catalogue, PrintWriter out) {
        KpiSensitivityLearning.Learned l = KpiSensitivityLearning.learn(s);
        out.printf(Locale.ROOT, "kpi-sensitivity: learned e = %.4f [%.4f, %.4f] per 100 ms (naive %.4f, true %.4f)%n",
                l.did().perHundredMs(), l.did().lower(), l.did().upper(), l.naive().perHundredMs(), s.truePer100ms());
        out.flush();
        double fed = Math.max(0.0, l.did().perHundredMs());
        KpiSensitivityPlacement.Outcome o = KpiSensitivityPlacement.compare(s, fed, catalogue, out);
        Result r = new Result(s, l.did(), l.naive(), o.workloads(), o.assumed(), o.fed(), o.noise(), o.change(),
                o.seedNoise(), o.poolAssumed(), o.poolFed(), o.poolChange());
        out.println("kpi-sensitivity: " + r.headline());
        out.flush();
        return r;
    }
}
