package org.bomoco.study;

import java.util.List;
import java.util.Locale;

import org.bomoco.problem.Objective;

/** CSV, Markdown and headline text of a {@link KpiSensitivity.Result}. */
final class KpiSensitivityTables {
    private static final String CSV_HEADER = "plan,e_used_per_100ms,cost_usd_month,carbon_kg_month,water_l_month,"
            + "performance_ms,kpi_true_usd_month,feasible,migrations,spot,front_size,changed_vs_assumed,"
            + "region_changed,size_changed,purchase_changed,delay_changed,workloads,e_true,e_learned,e_learned_lo,"
            + "e_learned_hi,e_naive,e_naive_lo,e_naive_hi,pick,algorithm,evaluations,seed";

    private KpiSensitivityTables() {
    }

    static String csv(KpiSensitivity.Result r) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        KpiSensitivity.Difference none = new KpiSensitivity.Difference(0, 0, 0, 0, 0);
        row(sb, r, r.assumed(), none);
        row(sb, r, r.fed(), r.change());
        row(sb, r, r.noise(), r.seedNoise());
        row(sb, r, r.poolAssumed(), none);
        row(sb, r, r.poolFed(), r.poolChange());
        return sb.toString();
    }

    private static void row(StringBuilder sb, KpiSensitivity.Result r, KpiSensitivity.Plan p,
                            KpiSensitivity.Difference d) {
        double[] f = p.trueObjectives();
        KpiSensitivity.Settings s = r.settings();
        sb.append(String.format(Locale.ROOT, "%s,%.6f,%.4f,%.4f,%.4f,%.4f,%.4f,%s,%d,%d,%d,%d,%d,%d,%d,%d,%d,%s,"
                        + "%.6f,%.6f,%.6f,%.6f,%.6f,%.6f,%s,%s,%d,%d%n", p.label(), p.sensitivity(), f[0], f[1], f[2],
                f[3], f[4], p.feasible(), p.migrations(), p.spot(), p.frontSize(), d.changed(), d.region(), d.size(),
                d.purchase(), d.delay(), r.workloads(), s.truePer100ms(), r.learned().perHundredMs(),
                r.learned().lower(), r.learned().upper(), r.naive().perHundredMs(), r.naive().lower(),
                r.naive().upper(), s.pick(), s.algorithm(), s.evaluations(), s.seed()));
    }

    static String markdown(KpiSensitivity.Result r) {
        KpiSensitivity.Settings s = r.settings();
        StringBuilder sb = new StringBuilder("## Learned KPI sensitivity fed to the placement problem\n\n");
        sb.append(headline(r)).append("\n\n");
        sb.append("| estimator | e per 100 ms | 95% interval | covers the truth (")
                .append(pct(s.truePer100ms())).append(") |\n|---|---:|---|---|\n");
        for (KpiSensitivity.Sensitivity e : List.of(r.learned(), r.naive())) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | [%s, %s] | %s |%n", e.method(), pct(e.perHundredMs()),
                    pct(e.lower()), pct(e.upper()), e.covers(s.truePer100ms()) ? "yes" : "no"));
        }
        sb.append("\nPicks (").append(s.pick()).append(", ").append(s.algorithm()).append(", ")
                .append(s.evaluations()).append(" evaluations), every objective evaluated with the TRUE e:\n\n");
        sb.append("| plan | e used | cost $/month | carbon kg/month | water L/month | performance ms | true KPI loss "
                + "$/month | feasible | migrations | spot | changed vs assumed | region | size | purchase | delay |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        KpiSensitivity.Difference none = new KpiSensitivity.Difference(0, 0, 0, 0, 0);
        planRow(sb, r.assumed(), none);
        planRow(sb, r.fed(), r.change());
        planRow(sb, r.noise(), r.seedNoise());
        planRow(sb, r.poolAssumed(), none);
        planRow(sb, r.poolFed(), r.poolChange());
        sb.append("\nA single learned e scales the latency part of the KPI objective uniformly; Pareto dominance, "
                + "range-normalised crowding and the front-normalised pickers (knee, compromise) ignore such a "
                + "scale, so the choice can move only through the KPI's spot-risk term or a different random "
                + "trajectory. The last row (same assumed e, next seed) is that noise floor; `pick: usd` (least "
                + "cost + KPI loss in USD/month) is the pick that responds to the level of e. The pool rows remove the noise: "
                + "both pick with the same rule from the SAME candidates (every decision of the three fronts, "
                + "evaluated once with the assumed e and once with the learned ê), so their difference (the last "
                + "row's counts are against pool-assumed) is caused by the sensitivity alone.\n");
        return sb.toString();
    }

    private static void planRow(StringBuilder sb, KpiSensitivity.Plan p, KpiSensitivity.Difference d) {
        double[] f = p.trueObjectives();
        sb.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.0f | %s | %d | %d | %d | %d "
                        + "| %d | %d | %d |%n", p.label(), pct(p.sensitivity()), f[Objective.COST.ordinal()],
                f[Objective.CARBON.ordinal()], f[Objective.WATER.ordinal()], f[Objective.PERFORMANCE.ordinal()],
                f[Objective.BUSINESS_KPI.ordinal()], p.feasible() ? "yes" : "no", p.migrations(), p.spot(),
                d.changed(), d.region(), d.size(), d.purchase(), d.delay()));
    }

    static String headline(KpiSensitivity.Result r) {
        int kpi = Objective.BUSINESS_KPI.ordinal();
        int cost = Objective.COST.ordinal();
        return String.format(Locale.ROOT, "Learned e = %s/100 ms [%s, %s] (naive %s) vs assumed %s: the chosen "
                        + "placement changes for %d of %d workloads (%.1f%%; %d between two seeds with the assumed e); "
                        + "true KPI loss $%,.0f → $%,.0f per month. From the same candidates (%s pick, no seed noise), "
                        + "the learned e changes %d workloads (%d region moves): true cost + KPI loss $%,.0f → $%,.0f",
                pct(r.learned().perHundredMs()),
                plain(r.learned().lower()), plain(r.learned().upper()), pct(r.naive().perHundredMs()),
                pct(r.settings().assumedPer100ms()), r.change().changed(), r.workloads(),
                100.0 * r.change().changed() / r.workloads(), r.seedNoise().changed(),
                r.assumed().trueObjectives()[kpi], r.fed().trueObjectives()[kpi], r.settings().pick(),
                r.poolChange().changed(),
                r.poolChange().region(), r.poolAssumed().trueObjectives()[cost] + r.poolAssumed().trueObjectives()[kpi],
                r.poolFed().trueObjectives()[cost] + r.poolFed().trueObjectives()[kpi]);
    }

    /** A fraction as a percentage with up to two decimals, e.g. 0.0247 → "2.47%". */
    private static String pct(double fraction) {
        return plain(fraction) + "%";
    }

    private static String plain(double fraction) {
        String s = String.format(Locale.ROOT, "%.2f", 100 * fraction);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
