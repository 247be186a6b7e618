package org.bomoco.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.bomoco.data.AtomicFiles;
import org.bomoco.model.PlacementInstance;
import org.bomoco.plot.AdaptationCharts;
import org.bomoco.plot.Band;
import org.bomoco.plot.FigureFiles;
import org.bomoco.report.Table;
import org.bomoco.report.TableWriters;
import org.bomoco.stats.Summary;

/**
 * Tables, figures and the self-contained {@code report.html} of an adaptation study, rebuilt from all cells.
 * Per strategy: the median and interquartile range (R-7 quartiles, {@link Summary}) over replicates of the week's
 * realised carbon, cost and water, of the churn (changes of region, size or purchase, hour 0's rollout included),
 * migrations, evaluations and wall time; "vs static" is the median over replicates of the paired relative
 * difference {@code 100·(x − x_static)/x_static} (replicates share weather, arrivals and optimiser seeds).
 */
final class AdaptationReport {
    static final String NONE = "–";

    private AdaptationReport() {
    }

    /** Writes {@code tables/}, {@code figures/} and {@code report.html}; prints the headline; returns the report. */
    static Path write(AdaptationSpec spec, PlacementInstance base, Map<AdaptationStrategy, List<AdaptationTrace>> traces,
                      StudyFiles files, PrintWriter out) throws IOException {
        Table summary = summary(spec, traces);
        Table replicates = replicates(traces);
        TableWriters.writeAll(summary, files.tables());
        TableWriters.writeAll(replicates, files.tables());
        List<FigureFiles.Figure> figures = figures(spec, traces, files.figures());
        String headline = headline(spec, traces);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(TableWriters.htmlEscape(spec.name())).append("</title><style>body{font-family:sans-serif;"
                        + "max-width:70em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                        + "padding:2px 6px;text-align:right}img{max-width:100%}</style></head><body>\n")
                .append("<h1>Adaptation over a week: ").append(TableWriters.htmlEscape(spec.name())).append("</h1>\n")
                .append("<p><b>").append(TableWriters.htmlEscape(headline)).append("</b></p>\n<p>")
                .append(TableWriters.htmlEscape(base.workloads().size() + " workloads, " + base.regions().size()
                        + " regions, " + spec.hours() + " hourly epochs from " + base.forecast().start() + ", "
                        + spec.replicates() + " replicates; " + spec.algorithm() + ", " + spec.evaluations()
                        + " evaluations per optimisation (warm start " + spec.warmEvaluations() + "), pick rule "
                        + spec.pick().id() + ". Carbon, cost and water are realised with the actual intensities and"
                        + " spot prices, not the forecasts; see experiments/README.md for the model."))
                .append("</p>\n").append(TableWriters.html(summary)).append('\n');
        for (FigureFiles.Figure f : figures) {
            html.append("<p><img alt=\"").append(f.name()).append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(f.pngBytes())).append("\"></p>\n");
        }
        html.append(TableWriters.html(replicates)).append("\n</body></html>\n");
        Path report = files.output().resolve("report.html");
        AtomicFiles.write(report, html.toString());
        out.println(headline);
        out.flush();
        return report;
    }

    static Table summary(AdaptationSpec spec, Map<AdaptationStrategy, List<AdaptationTrace>> traces) {
        List<AdaptationTrace> base = traces.get(AdaptationStrategy.STATIC);
        List<List<String>> rows = new ArrayList<>();
        double days = spec.hours() / 24.0;
        for (var e : traces.entrySet()) {
            List<AdaptationTrace> t = e.getValue();
            Summary churn = of(t, x -> x.totalChanges());
            rows.add(List.of(e.getKey().id(), f("%.1f", of(t, AdaptationTrace::totalCarbonKg).median()),
                    f("%.1f", of(t, AdaptationTrace::totalCarbonKg).iqr()), vs(t, base, AdaptationTrace::totalCarbonKg),
                    f("%.2f", of(t, AdaptationTrace::totalCostUsd).median()),
                    f("%.2f", of(t, AdaptationTrace::totalCostUsd).iqr()), vs(t, base, AdaptationTrace::totalCostUsd),
                    f("%.0f", of(t, AdaptationTrace::totalWaterLitres).median()),
                    vs(t, base, AdaptationTrace::totalWaterLitres), f("%.1f", churn.median()),
                    f("%.1f", churn.iqr()), f("%.1f", churn.median() / days),
                    f("%.1f", of(t, x -> x.totalMigrations()).median()),
                    f("%.0f", of(t, x -> x.totalEvaluations()).median()),
                    f("%.1f", of(t, AdaptationTrace::wallSeconds).median())));
        }
        return new Table("adaptation", "Realised outcomes of each strategy over " + spec.hours() + " hours (median "
                + "and IQR over " + spec.replicates() + " replicates)", List.of("strategy", "carbon_kg",
                "carbon_kg_iqr", "carbon_vs_static_pct", "cost_usd", "cost_usd_iqr", "cost_vs_static_pct", "water_l",
                "water_vs_static_pct", "churn", "churn_iqr", "churn_per_day", "migrations", "evaluations", "wall_s"),
                rows, 1, "churn: workloads whose region, size or purchase changed at an epoch, summed over the "
                + "epochs (hour 0's rollout included); vs static: median of the paired per-replicate differences; "
                + "wall_s: the only column that depends on the machine");
    }

    static Table replicates(Map<AdaptationStrategy, List<AdaptationTrace>> traces) {
        List<List<String>> rows = new ArrayList<>();
        traces.forEach((s, list) -> {
            for (int r = 0; r < list.size(); r++) {
                AdaptationTrace t = list.get(r);
                rows.add(List.of(s.id(), Integer.toString(r), f("%.3f", t.totalCarbonKg()),
                        f("%.3f", t.totalCostUsd()), f("%.1f", t.totalWaterLitres()),
                        Integer.toString(t.totalChanges()), Integer.toString(t.totalMigrations()),
                        Long.toString(t.totalEvaluations())));
            }
        });
        return new Table("adaptation-replicates", "Per replicate", List.of("strategy", "replicate", "carbon_kg",
                "cost_usd", "water_l", "churn", "migrations", "evaluations"), rows, 2, "");
    }

    private static Summary of(List<AdaptationTrace> t, ToDoubleFunction<AdaptationTrace> f) {
        return Summary.of(t.stream().mapToDouble(f).toArray());
    }

    private static double vsStatic(List<AdaptationTrace> t, List<AdaptationTrace> base,
                                   ToDoubleFunction<AdaptationTrace> f) {
        double[] d = new double[t.size()];
        for (int r = 0; r < d.length; r++) {
            double b = f.applyAsDouble(base.get(r));
            d[r] = 100 * (f.applyAsDouble(t.get(r)) - b) / b;
        }
        return Summary.of(d).median();
    }

    private static String vs(List<AdaptationTrace> t, List<AdaptationTrace> base,
                             ToDoubleFunction<AdaptationTrace> f) {
        return base == null ? NONE : f("%+.2f", vsStatic(t, base, f));
    }

    private static String f(String format, double v) {
        return String.format(Locale.ROOT, format, v);
    }

    /** One sentence per non-static strategy, e.g. "re-optimise hourly cut realised carbon by 6.10% vs ...". */
    static String headline(AdaptationSpec spec, Map<AdaptationStrategy, List<AdaptationTrace>> traces) {
        List<AdaptationTrace> base = traces.get(AdaptationStrategy.STATIC);
        double weeks = spec.hours() / 168.0;
        List<String> parts = new ArrayList<>();
        for (var e : traces.entrySet()) {
            double churn = of(e.getValue(), x -> x.totalChanges()).median() / weeks;
            if (base == null || e.getKey() == AdaptationStrategy.STATIC) {
                parts.add(e.getKey().label() + ": " + f("%.0f", churn) + " changes per week");
                continue;
            }
            double carbon = vsStatic(e.getValue(), base, AdaptationTrace::totalCarbonKg);
            double cost = vsStatic(e.getValue(), base, AdaptationTrace::totalCostUsd);
            parts.add(e.getKey().label() + (carbon <= 0 ? " cut" : " raised") + " realised carbon by "
                    + f("%.1f", Math.abs(carbon)) + "% vs the static plan (cost " + f("%+.1f", cost) + "%) at "
                    + f("%.0f", churn) + " changes per week");
        }
        return String.join("; ", parts) + " (medians over " + spec.replicates() + " replicates).";
    }

    private static List<FigureFiles.Figure> figures(AdaptationSpec spec,
                                                    Map<AdaptationStrategy, List<AdaptationTrace>> traces,
                                                    Path dir) throws IOException {
        List<Band> cumulative = new ArrayList<>();
        List<Band> saved = new ArrayList<>();
        List<Band> churn = new ArrayList<>();
        List<AdaptationTrace> base = traces.get(AdaptationStrategy.STATIC);
        for (var e : traces.entrySet()) {
            String label = e.getKey().label();
            List<double[]> cum = e.getValue().stream().map(AdaptationTrace::cumulativeCarbon).toList();
            List<AdaptationTrace> list = e.getValue();
            cumulative.add(band(label, spec.hours(), list.size(), (r, h) -> cum.get(r)[h]));
            churn.add(band(label, spec.hours(), list.size(), (r, h) -> list.get(r).hours().get(h).changes()));
            if (base != null) {
                List<double[]> ref = base.stream().map(AdaptationTrace::cumulativeCarbon).toList();
                saved.add(band(label, spec.hours(), list.size(), (r, h) -> ref.get(r)[h] - cum.get(r)[h]));
            }
        }
        List<FigureFiles.Figure> out = new ArrayList<>();
        out.add(FigureFiles.write(AdaptationCharts.hourly("Cumulative realised carbon", "kgCO2e", cumulative, true,
                900, 480), dir, "cumulative-carbon"));
        if (base != null) {
            out.add(FigureFiles.write(AdaptationCharts.hourly("Cumulative carbon saved vs the static plan",
                    "kgCO2e saved (higher is better)", saved, true, 900, 480), dir, "carbon-saved"));
        }
        out.add(FigureFiles.write(AdaptationCharts.hourly("Churn per hour (median over replicates)",
                "workloads changed", churn, false, 900, 400), dir, "churn"));
        return out;
    }

    private interface HourValue {
        double at(int replicate, int hour);
    }

    private static Band band(String label, int hours, int replicates, HourValue value) {
        double[] x = new double[hours];
        double[] med = new double[hours];
        double[] q1 = new double[hours];
        double[] q3 = new double[hours];
        for (int h = 0; h < hours; h++) {
            final int hour = h;
            Summary s = Summary.of(java.util.stream.IntStream.range(0, replicates)
                    .mapToDouble(r -> value.at(r, hour)).toArray());
            x[h] = h;
            med[h] = s.median();
            q1[h] = s.q1();
            q3[h] = s.q3();
        }
        return new Band(label, x, med, q1, q3);
    }
}
