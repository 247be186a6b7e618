package org.bomoco.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.model.InputException;
import org.bomoco.results.Frames;
import org.bomoco.results.IndicatorComparison;
import org.bomoco.results.Results;

/**
 * The statistics tables of a results directory: runs, median, quartiles and IQR of the final indicator values from
 * the Tablesaw frame {@link Frames#summary}, p-values, A12 and verdicts from {@link IndicatorComparison}s:
 * <ul>
 *   <li>{@code summary}: one row per instance × indicator, one column per algorithm with "median (IQR)" and, given a
 *       control, its +/−/≈ verdict; a Kruskal–Wallis p column;</li>
 *   <li>{@code summary-long}: one row per instance × indicator × algorithm with full-precision runs, median, q1, q3,
 *       IQR, p values, A12 and verdict — for other programs;</li>
 *   <li>{@code friedman}: per indicator, Friedman mean ranks of the algorithms over the instances (rank 1 best) and
 *       the p-value, when at least two instances share the algorithms.</li>
 * </ul>
 */
public final class SummaryTables {
    private SummaryTables() {
    }

    /** The tables, with the statistics of {@link Frames#summary} and {@link org.bomoco.stats.Comparison}. */
    public static List<Table> build(Results results, String control) {
        checkControl(results, control);
        Map<List<String>, SummaryStats> stats = SummaryStats.byKey(Frames.summary(results));
        List<IndicatorComparison> comparisons = new ArrayList<>();
        for (String instance : results.instances()) {
            for (String indicator : results.indicatorIds()) {
                IndicatorComparison c = IndicatorComparison.of(results, instance, indicator, control);
                if (c.entries().values().stream().anyMatch(e -> e.values().length > 0)) {
                    comparisons.add(c);
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        tables.add(summary(results.algorithms(), comparisons, stats, control));
        tables.add(longSummary(comparisons, stats, control));
        if (results.instances().size() >= 2) {
            tables.add(FriedmanTable.of(results, comparisons, stats));
        }
        return tables;
    }

    /** Rejects a control label that names no algorithm of the results. */
    static void checkControl(Results results, String control) {
        if (control != null && !results.algorithms().contains(control)) {
            throw new InputException("control", 0, null, "unknown control algorithm '" + control
                    + "'; expected one of " + String.join(", ", results.algorithms()));
        }
    }

    private static Table summary(List<String> algorithms, List<IndicatorComparison> comparisons,
            Map<List<String>, SummaryStats> stats, String control) {
        List<String> header = new ArrayList<>(List.of("instance", "indicator"));
        header.addAll(algorithms);
        header.add("KW p");
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorComparison c : comparisons) {
            List<String> row = new ArrayList<>(List.of(c.instance(), c.indicator()));
            for (String a : algorithms) {
                IndicatorComparison.Entry e = c.entries().get(a);
                SummaryStats q = SummaryStats.of(stats, c.instance(), c.indicator(), a);
                row.add(e == null || q == null || q.runs() == 0 ? Cells.NONE : medianIqr(q, e));
            }
            row.add(Cells.p(c.kruskalWallisP()));
            rows.add(row);
        }
        return new Table("summary", "Final indicator values: median (IQR) over the runs", header, rows, 2,
                note(control));
    }

    private static String medianIqr(SummaryStats q, IndicatorComparison.Entry e) {
        String s = Cells.number(q.median()) + " (" + Cells.number(q.iqr()) + ")";
        return e.symbol().isEmpty() ? s : s + " " + e.symbol();
    }

    private static String note(String control) {
        String s = "Median and interquartile range (R-7 quartiles) of each run's final value; hypervolume is better "
                + "when larger, igd+, igd, epsilon and spread when smaller.";
        s += " KW p: Kruskal–Wallis test over all algorithms.";
        if (control != null) {
            s += " Versus the control " + control + ": + significantly better, − significantly worse, ≈ no "
                    + "significant difference (two-sided Mann–Whitney U, Holm-adjusted, α = " + IndicatorComparison.ALPHA
                    + "; direction by Vargha–Delaney A12).";
        }
        return s;
    }

    private static Table longSummary(List<IndicatorComparison> comparisons, Map<List<String>, SummaryStats> stats,
            String control) {
        List<String> header = new ArrayList<>(List.of("instance", "indicator", "algorithm", "runs", "median", "q1",
                "q3", "iqr", "kw_p", "p_holm", "a12", "vs_control"));
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorComparison c : comparisons) {
            c.entries().forEach((a, e) -> {
                SummaryStats q = SummaryStats.of(stats, c.instance(), c.indicator(), a);
                List<String> row = new ArrayList<>(List.of(c.instance(), c.indicator(), a,
                        Integer.toString(q.runs()), Cells.exact(q.median()), Cells.exact(q.q1()), Cells.exact(q.q3()),
                        Cells.exact(q.iqr()), Cells.exact(c.kruskalWallisP()), Cells.exact(e.pHolm()),
                        Cells.exact(e.a12()), e.symbol()));
                rows.add(row);
            });
        }
        return new Table("summary-long", "Final indicator values per algorithm (full precision)", header, rows, 3,
                control == null ? "" : "Control algorithm: " + control + ".");
    }
}
