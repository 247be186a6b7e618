package org.bomoco.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bomoco.experiment.InstanceSpec;
import org.bomoco.problem.Objective;
import org.bomoco.problem.RegionScope;

/**
 * The cross-cloud arbitrage tables ({@code experiments/README.md}, "Cross-cloud arbitrage").
 *
 * <p><b>Pairs.</b> An instance with {@code scope: provider} is paired with the first instance of scope {@code all}
 * that has the same source ({@code path} or {@code generate} block), {@code egress_price}, {@code max_migrations}
 * and {@code evaluations}: the same problem, optimised within the current provider versus across providers.
 *
 * <p><b>At equal performance.</b> Performance level {@code f} admits the feasible stored solutions (all algorithms,
 * all replicates, re-evaluated) whose performance objective is at most {@code f} times the current state's
 * ({@link #LEVELS}: 0.95, 1, 1.05; {@code f = 1} is "at equal performance": no worse than today). For each level and each of
 * carbon, water and cost, the best (lowest) value within the provider and across providers, the reduction of each
 * in % of the current state's value, and the extra reduction that crossing providers buys (percentage points:
 * across − within). A level with no admitted solution shows {@code –}.
 *
 * <p><b>Sensitivity.</b> One row per placement instance: its scope, egress multiplier and migration budget in force,
 * and the reductions at equal performance, with the cross-provider moves of the lowest-carbon such solution.
 */
final class ArbitrageTables {
    /**
     * Performance levels, as factors of the current state's performance objective: 5% better, equal, 5% worse (the
     * optimised plans of the evaluation's instance lie within about ±15% of the current performance).
     */
    static final double[] LEVELS = {0.95, 1.0, 1.05};
    /** The objectives compared. */
    static final List<Objective> COMPARED = List.of(Objective.CARBON, Objective.WATER, Objective.COST);
    /** Relative slack on the performance bound, so that a solution equal to the bound is not lost to rounding. */
    static final double TOLERANCE = 1e-9;

    private ArbitrageTables() {
    }

    /** A provider-scope instance and its all-scope twin. */
    record Pair(ArbitrageData.Instance within, ArbitrageData.Instance across) {
    }

    /** The pairs of {@code data}, in the order of their provider-scope instances. */
    static List<Pair> pairs(ArbitrageData data) {
        List<Pair> out = new ArrayList<>();
        for (ArbitrageData.Instance p : data.instances()) {
            if (p.scope() != RegionScope.PROVIDER) {
                continue;
            }
            data.instances().stream().filter(a -> a.scope() == RegionScope.ALL && twin(p.spec(), a.spec()))
                    .findFirst().ifPresent(a -> out.add(new Pair(p, a)));
        }
        return out;
    }

    /** Same source, egress factor, migration budget and own budget. */
    static boolean twin(InstanceSpec a, InstanceSpec b) {
        return java.util.Objects.equals(a.path() == null ? null : a.path().toAbsolutePath().normalize(),
                b.path() == null ? null : b.path().toAbsolutePath().normalize())
                && java.util.Objects.equals(a.generate(), b.generate())
                && a.modifiers().egressPrice() == b.modifiers().egressPrice()
                && a.modifiers().maxMigrations() == b.modifiers().maxMigrations()
                && a.evaluations() == b.evaluations();
    }

    /**
     * The feasible solution with the lowest objective {@code k} among those whose performance is at most
     * {@code level} times the current state's, or {@code null}. Ties: first stored.
     */
    static ArbitrageData.Solution best(ArbitrageData.Instance in, Objective k, double level) {
        int perf = Objective.PERFORMANCE.ordinal();
        double bound = level * in.current()[perf] * (1 + TOLERANCE);
        ArbitrageData.Solution best = null;
        for (ArbitrageData.Solution s : in.solutions()) {
            if (s.feasible() && s.objectives()[perf] <= bound
                    && (best == null || s.objectives()[k.ordinal()] < best.objectives()[k.ordinal()])) {
                best = s;
            }
        }
        return best;
    }

    /** Reduction of {@code best} objective {@code k} in % of the current state's value (NaN when none). */
    static double reduction(ArbitrageData.Instance in, Objective k, ArbitrageData.Solution best) {
        double now = in.current()[k.ordinal()];
        return best == null || now == 0 ? Double.NaN : 100 * (now - best.objectives()[k.ordinal()]) / now;
    }

    /** {@code tables/arbitrage}: per pair, level and objective, the best values and reductions. */
    static Table arbitrage(List<Pair> pairs) {
        List<List<String>> rows = new ArrayList<>();
        for (Pair p : pairs) {
            for (double level : LEVELS) {
                for (Objective k : COMPARED) {
                    ArbitrageData.Solution w = best(p.within(), k, level);
                    ArbitrageData.Solution a = best(p.across(), k, level);
                    double rw = reduction(p.within(), k, w);
                    double ra = reduction(p.across(), k, a);
                    rows.add(List.of(p.within().name(), p.across().name(), level(level), k.id(),
                            Cells.number(p.within().current()[k.ordinal()]), value(w, k), value(a, k), pct(rw),
                            pct(ra), pct(ra - rw)));
                }
            }
        }
        return new Table("arbitrage", "Cross-cloud arbitrage: best value within the current provider vs across "
                + "providers, at performance no worse than a factor of the current state's",
                List.of("within_instance", "across_instance", "performance", "objective", "current",
                        "best_within_provider", "best_across_providers", "reduction_within_pct",
                        "reduction_across_pct", "extra_reduction_pp"), rows, 4,
                "Feasible stored final solutions of all algorithms and replicates, re-evaluated; 'performance ≤ f×' "
                        + "admits solutions whose performance objective is at most f times the current state's "
                        + "(f = 1: at equal performance). Reductions in % of the current state's value; extra "
                        + "reduction = across − within, in percentage points; – = no admitted solution.");
    }

    /** {@code tables/arbitrage-sensitivity}: per instance, the reductions at equal performance. */
    static Table sensitivity(ArbitrageData data) {
        List<List<String>> rows = new ArrayList<>();
        for (ArbitrageData.Instance in : data.instances()) {
            List<String> row = new ArrayList<>(List.of(in.name(), in.scope().id(),
                    Cells.number(in.spec().modifiers().egressPrice()), Integer.toString(in.maxMigrations())));
            for (Objective k : COMPARED) {
                row.add(pct(reduction(in, k, best(in, k, 1.0))));
            }
            ArbitrageData.Solution c = best(in, Objective.CARBON, 1.0);
            row.add(c == null ? Cells.NONE : Integer.toString(c.crossProvider()));
            row.add(Long.toString(in.solutions().stream().filter(ArbitrageData.Solution::feasible).count()));
            rows.add(row);
        }
        return new Table("arbitrage-sensitivity", "Sensitivity to the egress price and the migration budget: "
                + "reductions at equal performance", List.of("instance", "scope", "egress_price", "max_migrations",
                "carbon_reduction_pct", "water_reduction_pct", "cost_reduction_pct",
                "cross_provider_moves_of_best_carbon", "feasible_solutions"), rows, 4,
                "Best carbon, water and cost among feasible stored solutions whose performance is no worse than the "
                        + "current state's, in % of the current state's value (the instance's own current state: "
                        + "egress prices change its cost); max_migrations is the budget in force.");
    }

    private static String level(double f) {
        return String.format(Locale.ROOT, "≤ %.2f×", f);
    }

    private static String value(ArbitrageData.Solution s, Objective k) {
        return s == null ? Cells.NONE : Cells.number(s.objectives()[k.ordinal()]);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? Cells.NONE : String.format(Locale.ROOT, "%.2f", v);
    }
}
