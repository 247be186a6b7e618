package org.bomoco.study;

import static org.bomoco.report.TableWriters.htmlEscape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.bomoco.causal.AttributionEvaluation;
import org.bomoco.causal.AttributionEvaluation.Row;
import org.bomoco.data.AtomicFiles;
import org.bomoco.plot.AttributionCharts;
import org.bomoco.plot.FigureFiles;
import org.bomoco.plot.LineChart;
import org.bomoco.report.Table;
import org.bomoco.report.TableWriters;

/**
 * Figures and the self-contained {@code report.html} of an attribution study. Figures are drawn by
 * {@link FigureFiles} into a staging directory and then moved into {@code figures/} one file at a time with an atomic
 * rename, so {@code figures/} never holds a partial image. The report embeds the figures as base64 PNG data URIs and
 * loads nothing external.
 */
final class AttributionReport {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;
            padding:0 1em;color:#222;line-height:1.45}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;
            margin-top:2em}table{border-collapse:collapse;margin:1em 0;font-size:.9em}caption{text-align:left;
            font-weight:600;padding:.3em 0}th,td{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}thead th{border-bottom:2px solid #888}
            .headline{background:#f3f7fb;border-left:4px solid #0072B2;padding:.6em .9em}.note{color:#555;
            font-size:.85em}figure img{max-width:100%;height:auto;border:1px solid #eee}pre{background:#f6f6f6;
            padding:.6em;overflow-x:auto;font-size:.85em}
            """;

    private AttributionReport() {
    }

    /** Draws the three figures into {@code files.figures()}; returns them in report order. */
    static List<FigureFiles.Figure> figures(AttributionSpec spec, AttributionCells.Results r, StudyFiles files)
            throws IOException {
        Path staging = files.output().resolve(".figures-staging");
        AtomicFiles.deleteTree(staging);
        List<FigureFiles.Figure> drawn = List.of(
                biasCoverage(spec, r, staging), powerCurve(spec, r, staging), rollback(spec, r, staging));
        Files.createDirectories(files.figures());
        List<FigureFiles.Figure> out = new ArrayList<>();
        for (FigureFiles.Figure f : drawn) {
            Path png = move(f.png(), files.figures());
            Path svg = move(f.svg(), files.figures());
            out.add(new FigureFiles.Figure(f.name(), png, svg, f.pngBytes()));
        }
        AtomicFiles.deleteTree(staging);
        return out;
    }

    private static Path move(Path file, Path dir) throws IOException {
        return Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static FigureFiles.Figure biasCoverage(AttributionSpec spec, AttributionCells.Results r, Path dir)
            throws IOException {
        List<String> labels = spec.scenarios().stream().map(AttributionSpec.Scenario::label).toList();
        List<AttributionCharts.Method> methods = new ArrayList<>();
        for (int m = 0; m < AttributionEvaluation.METHODS.size(); m++) {
            int n = labels.size();
            double[] bias = new double[n];
            double[] rmse = new double[n];
            String[] notes = new String[n];
            for (int i = 0; i < n; i++) {
                Row row = r.scenarios().get(i).get(m);
                bias[i] = row.bias();
                rmse[i] = row.rmse();
                notes[i] = AttributionTables.pct(row.coverage());
            }
            methods.add(new AttributionCharts.Method(AttributionTables.METHOD_NAMES.get(m), bias, rmse, notes));
        }
        return FigureFiles.write(AttributionCharts.biasCoverage("Attribution: bias ± RMSE and coverage ("
                + spec.histories() + " histories per scenario)", "bias (log points)", labels, methods, WIDTH, HEIGHT),
                dir, "attribution-bias-coverage");
    }

    private static FigureFiles.Figure powerCurve(AttributionSpec spec, AttributionCells.Results r, Path dir)
            throws IOException {
        double[] x = spec.powerSizes().stream().mapToDouble(s -> 100 * s).toArray();
        List<LineChart.Curve> curves = new ArrayList<>();
        for (int m = 0; m < AttributionEvaluation.METHODS.size(); m++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = r.power().get(i).get(m).rejectionRate();
            }
            curves.add(new LineChart.Curve(AttributionTables.METHOD_NAMES.get(m), m, x, y, false));
        }
        var chart = LineChart.of("Power against effect size (level effect, not confounded)",
                "true effect (% of counterfactual revenue)", "rejection rate (95% interval excludes 0)", curves,
                List.of(new LineChart.Reference("5% level", 0.05), new LineChart.Reference("80% power", 0.8)),
                WIDTH, HEIGHT);
        return FigureFiles.write(LineChart.yRange(chart, 0.0, 1.0), dir, "power-curve");
    }

    private static FigureFiles.Figure rollback(AttributionSpec spec, AttributionCells.Results r, Path dir)
            throws IOException {
        List<LineChart.Curve> curves = new ArrayList<>();
        List<String> charts = spec.rollback().charts();
        for (int c = 0; c < charts.size(); c++) {
            String chart = charts.get(c);
            List<AttributionCells.RollbackRow> rows = r.rollback().stream().filter(x -> x.chart().equals(chart))
                    .toList();
            double[] x = rows.stream().mapToDouble(AttributionCells.RollbackRow::dropSd).toArray();
            double[] median = rows.stream().mapToDouble(x1 -> x1.result().medianDelayDays()).toArray();
            double[] p90 = rows.stream().mapToDouble(x1 -> x1.result().p90DelayDays()).toArray();
            String alarms = AttributionTables.fixed(rows.get(0).result().falseAlarmsPer1000Days(), 2);
            curves.add(new LineChart.Curve(chart + " chart, median (" + alarms + " false alarms / 1,000 days)", c, x,
                    median, false));
            curves.add(new LineChart.Curve(chart + " chart, 90th percentile", c, x, p90, true));
        }
        var chart = LineChart.of("Rollback trigger: detection delay (CUSUM k = "
                + AttributionSpec.plain(spec.rollback().k()) + ", h = " + AttributionSpec.plain(spec.rollback().h())
                + "; missed drops leave gaps)", "drop (marginal sd)", "days from action to alarm", curves, List.of(),
                WIDTH, HEIGHT);
        return FigureFiles.write(LineChart.yRange(chart, 0.0, null), dir, "rollback");
    }

    /** Writes {@code report.html} atomically and returns its path. */
    static Path write(AttributionSpec spec, StudyFiles files, List<String> headline, List<Table> tables,
                      List<FigureFiles.Figure> figures, String sensitivityMarkdown) throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>BOMOCO attribution study: ").append(htmlEscape(spec.name())).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>Attribution study ")
                .append(htmlEscape(spec.name())).append("</h1>\n<p>Report generated ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" by BOMOCO: ")
                .append(htmlEscape(spec.summary())).append(".</p>\n<div class=\"headline\">\n");
        headline.forEach(h -> sb.append("<p>").append(htmlEscape(h)).append("</p>\n"));
        sb.append("</div>\n");
        for (Table t : tables) {
            sb.append(TableWriters.html(t));
        }
        for (FigureFiles.Figure f : figures) {
            sb.append("<figure><img alt=\"").append(htmlEscape(f.name())).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(f.pngBytes())).append("\"><figcaption>figures/")
                    .append(htmlEscape(f.name())).append(".png, .svg</figcaption></figure>\n");
        }
        if (sensitivityMarkdown != null) {
            sb.append("<h2>Learned sensitivity fed into the placement (tables/sensitivity.md)</h2>\n<pre>")
                    .append(htmlEscape(sensitivityMarkdown)).append("</pre>\n");
        }
        sb.append("<h2>Configuration (study.yaml)</h2>\n<pre>").append(htmlEscape(spec.toYaml())).append("</pre>\n");
        environment(sb, files.output().resolve("environment.json"));
        sb.append("</body>\n</html>\n");
        Path report = files.output().resolve("report.html");
        AtomicFiles.write(report, sb);
        return report;
    }

    private static void environment(StringBuilder sb, Path json) throws IOException {
        if (!Files.exists(json)) {
            return;
        }
        JsonNode root = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        sb.append("<h2>Environment (environment.json)</h2>\n<table>\n<tbody>\n");
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            String v = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
            sb.append("<tr><td>").append(htmlEscape(e.getKey())).append("</td><td>").append(htmlEscape(v))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }
}
