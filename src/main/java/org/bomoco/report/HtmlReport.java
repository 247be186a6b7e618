package org.bomoco.report;

import static org.bomoco.report.TableWriters.htmlEscape;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bomoco.indicators.Indicator;
import org.bomoco.results.Quartiles;
import org.bomoco.results.Results;

/**
 * The single-file HTML report: header (experiment name, date, environment facts, run counts), the summary tables,
 * then the "Pareto vs composite" section ({@link FrontAnalysisTables#html}), then one section per instance with its headline (placement: median hypervolume of the Pareto algorithms against
 * the composite baseline), its rows of the summary table and its figures embedded as base64 PNG data URIs. No
 * external references: no scripts, style sheets, fonts or images are loaded.
 */
final class HtmlReport {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:1100px;margin:2em auto;
            padding:0 1em;color:#222;line-height:1.45}
            h1{margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;margin:1em 0;font-size:.9em}caption{text-align:left;font-weight:600;
            padding:.3em 0}th,td{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}thead th{border-bottom:2px solid #888}
            .headline{font-size:1.15em;background:#f3f7fb;border-left:4px solid #0072B2;padding:.6em .9em}
            .note{color:#555;font-size:.85em}figure{margin:1.2em 0}figure img{max-width:100%;height:auto;
            border:1px solid #eee}figcaption{color:#555;font-size:.85em}.facts td:first-child{color:#555}
            """;

    private HtmlReport() {
    }

    /**
     * The report page: {@code paretoSection} (ready HTML, the "Pareto vs composite" section) after the summary and
     * {@code extraSections} (ready HTML, e.g. the cross-cloud arbitrage section) at the end.
     */
    static String render(Results r, List<Table> tables, List<ReportFigures.Drawn> figures, String control,
                         String paretoSection, String extraSections) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>BOMOCO report: ").append(htmlEscape(r.name())).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        header(sb, r, control);
        sb.append("<h2 id=\"summary\">Summary</h2>\n");
        for (Table t : tables) {
            if (!t.name().equals("summary-long")) {
                sb.append(TableWriters.html(t));
            }
        }
        sb.append(paretoSection);
        Table summary = tables.get(0);
        for (String instance : r.instances()) {
            instance(sb, r, instance, summary, figures);
        }
        sb.append(extraSections);
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder sb, Results r, String control) {
        sb.append("<h1>Experiment ").append(htmlEscape(r.name())).append("</h1>\n<p>Report generated ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" by BOMOCO. ")
                .append(runCounts(r)).append(control == null ? "" : " Control algorithm: "
                        + htmlEscape(control) + ".").append("</p>\n");
        if (!r.environment().isEmpty()) {
            sb.append("<table class=\"facts\">\n<caption>Environment (environment.json)</caption>\n<tbody>\n");
            r.environment().forEach((k, v) -> sb.append("<tr><td>").append(htmlEscape(k)).append("</td><td>")
                    .append(htmlEscape(v)).append("</td></tr>\n"));
            sb.append("</tbody>\n</table>\n");
        }
        sb.append("<p>Instances: ");
        List<String> links = new ArrayList<>();
        for (String i : r.instances()) {
            links.add("<a href=\"#" + anchor(i) + "\">" + htmlEscape(i) + "</a>");
        }
        sb.append(String.join(", ", links)).append(".</p>\n");
    }

    /** "N runs stored over I instances and A algorithms; R runs scored in indicators.csv." */
    static String runCounts(Results r) {
        TreeSet<String> scored = new TreeSet<>();
        r.indicators().forEach(v -> scored.add(v.instance() + "\u0000" + v.algorithm() + "\u0000" + v.replicate()));
        return r.runs().size() + " runs stored over " + r.instances().size() + " instances and "
                + r.algorithms().size() + " algorithms; " + scored.size() + " runs scored in indicators.csv.";
    }

    private static void instance(StringBuilder sb, Results r, String instance, Table summary,
                                 List<ReportFigures.Drawn> figures) {
        sb.append("<h2 id=\"").append(anchor(instance)).append("\">Instance ").append(htmlEscape(instance))
                .append(r.placement(instance) ? " (placement)" : "").append("</h2>\n");
        String headline = hypervolumeHeadline(r, instance);
        if (headline != null) {
            sb.append("<p class=\"headline\">").append(htmlEscape(headline)).append("</p>\n");
        }
        sb.append("<p>Runs per algorithm: ").append(htmlEscape(perAlgorithmRuns(r, instance))).append(".</p>\n");
        sb.append(TableWriters.html(summary.slice(instance, "Final indicator values on " + instance
                + ": median (IQR)")));
        for (ReportFigures.Drawn d : figures) {
            if (d.instance().equals(instance)) {
                sb.append("<figure><img src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(d.figure().pngBytes())).append("\" alt=\"")
                        .append(htmlEscape(d.figure().name())).append("\"><figcaption>")
                        .append(htmlEscape(d.caption())).append("</figcaption></figure>\n");
            }
        }
    }

    private static String perAlgorithmRuns(Results r, String instance) {
        Map<String, TreeSet<Integer>> reps = new LinkedHashMap<>();
        r.algorithms(instance).forEach(a -> reps.put(a, new TreeSet<>()));
        r.indicators().stream().filter(v -> v.instance().equals(instance))
                .forEach(v -> reps.get(v.algorithm()).add(v.replicate()));
        r.runs().stream().filter(f -> f.key().instance().equals(instance))
                .forEach(f -> reps.get(f.key().algorithm()).add(f.key().replicate()));
        List<String> parts = new ArrayList<>();
        reps.forEach((a, s) -> parts.add(a + " " + s.size()));
        return String.join(", ", parts);
    }

    /**
     * For placement instances with hypervolume values: "Median hypervolume: a 0.81, b 0.79 vs composite 0.52."
     * (Pareto algorithms first, then the composite baseline); {@code null} otherwise.
     */
    static String hypervolumeHeadline(Results r, String instance) {
        if (!r.placement(instance)) {
            return null;
        }
        Map<String, double[]> hv = r.finalValues(instance, Indicator.HYPERVOLUME.id());
        List<String> pareto = new ArrayList<>();
        List<String> baseline = new ArrayList<>();
        hv.forEach((a, v) -> {
            if (v.length > 0) {
                (r.baseline(a) ? baseline : pareto).add(a + " " + Cells.number(Quartiles.of(v).median()));
            }
        });
        if (pareto.isEmpty()) {
            return null;
        }
        return "Median hypervolume: " + String.join(", ", pareto)
                + (baseline.isEmpty() ? " (no composite baseline in this experiment)"
                : " vs " + String.join(", ", baseline)) + ".";
    }

    static String anchor(String instance) {
        return "instance-" + ReportFigures.safe(instance);
    }
}
