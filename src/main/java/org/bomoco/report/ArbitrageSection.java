package org.bomoco.report;

import static org.bomoco.report.TableWriters.htmlEscape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.plot.ArbitrageChart;
import org.bomoco.plot.FigureFiles;
import org.bomoco.problem.Objective;

/**
 * The "Cross-cloud arbitrage" part of a report, built only when the experiment has placement instances with
 * {@code scope} set ({@link ArbitrageData#applies}): the tables of {@link ArbitrageTables}, one figure per pair
 * (carbon against cost of both scopes' feasible stored solutions, with the current state) and the violation check
 * ({@link ArbitrageViolations}), whose line is also returned for the console.
 *
 * @param tables the arbitrage tables (to write under {@code tables/})
 * @param figures the figures written under {@code figures/}
 * @param violations the violation check
 * @param html the report section
 */
record ArbitrageSection(List<Table> tables, List<FigureFiles.Figure> figures, ArbitrageViolations violations,
                        String html) {
    ArbitrageSection {
        tables = List.copyOf(tables);
        figures = List.copyOf(figures);
    }

    /** The console lines: the violation check. */
    List<String> messages() {
        return List.of(violations.line());
    }

    /**
     * Builds the section for the results directory {@code output}, or returns {@code null} when the experiment
     * sets no {@code scope} (or there is no {@code experiment.yaml}).
     *
     * @param catalogue catalogue directory for regenerating {@code generate} instances
     */
    static ArbitrageSection build(Path output, Path catalogue) throws IOException {
        ExperimentSpec spec = ArbitrageData.spec(output);
        if (spec == null || !ArbitrageData.applies(spec)) {
            return null;
        }
        ArbitrageData data = ArbitrageData.load(output, spec, new InstanceLoader(catalogue));
        List<ArbitrageTables.Pair> pairs = ArbitrageTables.pairs(data);
        List<Table> tables = List.of(ArbitrageTables.arbitrage(pairs), ArbitrageTables.sensitivity(data));
        List<FigureFiles.Figure> figures = new ArrayList<>();
        for (ArbitrageTables.Pair p : pairs) {
            figures.add(figure(p, output.resolve("figures")));
        }
        ArbitrageViolations v = ArbitrageViolations.count(data);
        return new ArbitrageSection(tables, figures, v, html(pairs, tables, figures, v));
    }

    private static FigureFiles.Figure figure(ArbitrageTables.Pair p, Path dir) throws IOException {
        Map<String, List<double[]>> sets = new LinkedHashMap<>();
        sets.put("within provider (" + p.within().name() + ")", points(p.within()));
        sets.put("across providers (" + p.across().name() + ")", points(p.across()));
        double[] now = p.across().current();
        var chart = ArbitrageChart.of("Within the current provider vs across providers", "cost (USD/month)",
                "carbon (kgCO2e/month)", sets, new double[] {now[Objective.COST.ordinal()],
                    now[Objective.CARBON.ordinal()]}, ReportFigures.WIDTH, ReportFigures.HEIGHT);
        return FigureFiles.write(chart, dir, "arbitrage-" + ReportFigures.safe(p.within().name()));
    }

    /** Cost and carbon of the feasible stored solutions (all algorithms and replicates). */
    private static List<double[]> points(ArbitrageData.Instance in) {
        return in.solutions().stream().filter(ArbitrageData.Solution::feasible)
                .map(s -> new double[] {s.objectives()[Objective.COST.ordinal()],
                    s.objectives()[Objective.CARBON.ordinal()]}).toList();
    }

    private static String html(List<ArbitrageTables.Pair> pairs, List<Table> tables,
                               List<FigureFiles.Figure> figures, ArbitrageViolations v) {
        StringBuilder sb = new StringBuilder("<h2 id=\"arbitrage\">Cross-cloud arbitrage</h2>\n");
        sb.append("<p class=\"headline\"").append(v.flagged() ? " style=\"border-left-color:#D55E00;"
                + "background:#fdecea\"" : "").append(">").append(htmlEscape(v.line())).append("</p>\n");
        if (pairs.isEmpty()) {
            sb.append("<p class=\"note\">No instance with scope: provider has a scope: all twin (same source, "
                    + "egress_price, max_migrations), so no pair is compared.</p>\n");
        }
        for (Table t : tables) {
            sb.append(TableWriters.html(t));
        }
        for (FigureFiles.Figure f : figures) {
            sb.append("<figure><img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(f.pngBytes())).append("\" alt=\"")
                    .append(htmlEscape(f.name())).append("\"><figcaption>")
                    .append(htmlEscape("Feasible stored final solutions (all algorithms and replicates), cost "
                            + "against carbon, within the current provider and across providers; black diamond: "
                            + "the current state.")).append("</figcaption></figure>\n");
        }
        return sb.toString();
    }
}
