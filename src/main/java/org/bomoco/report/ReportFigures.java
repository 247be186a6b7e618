package org.bomoco.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.experiment.IndicatorTable;
import org.bomoco.experiment.RunRecord;
import org.bomoco.indicators.Indicator;
import org.bomoco.plot.Band;
import org.bomoco.plot.BoxPlots;
import org.bomoco.plot.ConvergenceChart;
import org.bomoco.plot.FigureFiles;
import org.bomoco.plot.ParallelCoordinates;
import org.bomoco.plot.ScatterMatrix;
import org.bomoco.results.IndicatorComparison;
import org.bomoco.results.Quartiles;
import org.bomoco.results.Results;

/**
 * Draws every figure of a report into {@code figures/}: per instance and indicator a convergence plot
 * ({@code convergence-<instance>-<indicator>}) and a box plot ({@code box-...}); per instance with stored fronts a
 * scatter-plot matrix of the union of each algorithm's final fronts with the composite baseline overlaid
 * ({@code scatter-<instance>}) and, with three or more objectives, parallel coordinates of each algorithm's
 * representative run — the run whose final hypervolume is closest to the median, else replicate 0
 * ({@code parallel-<instance>}).
 */
final class ReportFigures {
    static final int WIDTH = 820;
    static final int HEIGHT = 480;

    /** A written figure with the instance it belongs to and a caption. */
    record Drawn(String instance, String caption, FigureFiles.Figure figure) {
    }

    private ReportFigures() {
    }

    static List<Drawn> draw(Results results, Path dir) throws IOException {
        List<Drawn> out = new ArrayList<>();
        for (String instance : results.instances()) {
            for (String indicator : results.indicatorIds()) {
                convergence(results, instance, indicator, dir, out);
                box(results, instance, indicator, dir, out);
            }
            fronts(results, instance, dir, out);
        }
        return out;
    }

    static String yLabel(String indicator) {
        return indicator + (IndicatorComparison.largerIsBetter(indicator) ? " (higher is better)" : " (lower is better)");
    }

    static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._+-]", "_");
    }

    private static void convergence(Results r, String instance, String indicator, Path dir, List<Drawn> out)
            throws IOException {
        List<Band> bands = new ArrayList<>();
        r.traces(instance, indicator).forEach((a, runs) -> {
            Band b = band(a, runs);
            if (b != null) {
                bands.add(b);
            }
        });
        if (bands.isEmpty()) {
            return;
        }
        String name = "convergence-" + safe(instance) + "-" + safe(indicator);
        var chart = ConvergenceChart.of(instance + ": " + indicator + " vs evaluations", yLabel(indicator), bands,
                WIDTH, HEIGHT);
        out.add(new Drawn(instance, "Convergence of " + indicator + " on " + instance
                + ": median over runs (line) and interquartile range (band).", FigureFiles.write(chart, dir, name)));
    }

    /**
     * The band of one algorithm: at the k-th checkpoint of the runs, x is the median evaluation count and y the
     * quartiles of the finite values (runs record the first checkpoint at or after each target, so counts differ
     * slightly between runs). {@code null} when no value is finite.
     */
    static Band band(String label, List<List<IndicatorTable.Row>> runs) {
        int depth = runs.stream().mapToInt(List::size).max().orElse(0);
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < depth; k++) {
            final int at = k;
            double[] evals = runs.stream().filter(t -> t.size() > at).mapToDouble(t -> t.get(at).evaluations())
                    .toArray();
            double[] vals = runs.stream().filter(t -> t.size() > at).mapToDouble(t -> t.get(at).value()).toArray();
            Quartiles q = Quartiles.of(vals);
            if (q.n() > 0) {
                rows.add(new double[] {Quartiles.of(evals).median(), q.median(), q.q1(), q.q3()});
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        return new Band(label, column(rows, 0), column(rows, 1), column(rows, 2), column(rows, 3));
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(row -> row[c]).toArray();
    }

    private static void box(Results r, String instance, String indicator, Path dir, List<Drawn> out)
            throws IOException {
        Map<String, double[]> values = new LinkedHashMap<>(r.finalValues(instance, indicator));
        values.values().removeIf(v -> v.length == 0);
        if (values.isEmpty()) {
            return;
        }
        String name = "box-" + safe(instance) + "-" + safe(indicator);
        var chart = BoxPlots.of(instance + ": final " + indicator, yLabel(indicator), values, WIDTH, HEIGHT);
        out.add(new Drawn(instance, "Final " + indicator + " on " + instance + " per algorithm (box: quartiles; "
                + "whiskers: 1.5 IQR).", FigureFiles.write(chart, dir, name)));
    }

    private static void fronts(Results r, String instance, Path dir, List<Drawn> out) throws IOException {
        Map<String, List<RunRecord>> stored = r.fronts(instance);
        Map<String, List<RunRecord>> runs = new LinkedHashMap<>();
        r.algorithms(instance).stream().filter(stored::containsKey).forEach(a -> runs.put(a, stored.get(a)));
        List<String> axes = r.axisLabels(instance);
        if (runs.isEmpty() || axes.size() < 2) {
            return;
        }
        Map<String, List<double[]>> union = new LinkedHashMap<>();
        List<double[]> baseline = new ArrayList<>();
        List<String> baselineLabels = new ArrayList<>();
        runs.forEach((a, list) -> {
            List<double[]> pts = list.stream().flatMap(f -> f.feasibleObjectives().stream()).toList();
            if (r.baseline(a)) {
                baseline.addAll(pts);
                baselineLabels.add(a);
            } else if (!pts.isEmpty()) {
                union.put(a, pts);
            }
        });
        if (union.isEmpty() && baseline.isEmpty()) {
            return; // no feasible solution anywhere: nothing to plot (the tables say so)
        }
        String baseLabel = baselineLabels.isEmpty() ? null : String.join("/", baselineLabels);
        ScatterMatrix matrix = new ScatterMatrix(instance + ": final fronts (union over runs)", axes, union,
                baseLabel, baseline);
        out.add(new Drawn(instance, "Final fronts on " + instance + ", union of each algorithm's runs (feasible "
                + "solutions only)"
                + (baseLabel == null ? "" : "; black diamonds: " + baseLabel + " baseline") + ".",
                FigureFiles.write(matrix, dir, "scatter-" + safe(instance))));
        if (axes.size() >= 3) {
            Map<String, List<double[]>> representative = new LinkedHashMap<>();
            runs.forEach((a, list) -> {
                RunRecord f = representative(r, instance, a, list);
                if (!f.feasibleObjectives().isEmpty()) {
                    representative.put(a, f.feasibleObjectives());
                }
            });
            if (representative.isEmpty()) {
                return;
            }
            var chart = ParallelCoordinates.of(instance + ": representative fronts", axes, representative,
                    WIDTH + 80, HEIGHT);
            out.add(new Drawn(instance, "Parallel coordinates on " + instance + ": each algorithm's run with the "
                    + "median final hypervolume; objectives min–max normalised over the plotted points (0 = lowest).",
                    FigureFiles.write(chart, dir, "parallel-" + safe(instance))));
        }
    }

    /** The run whose final hypervolume is closest to the algorithm's median (ties: lower replicate). */
    static RunRecord representative(Results r, String instance, String algorithm, List<RunRecord> runs) {
        List<List<IndicatorTable.Row>> traces = r.traces(instance, Indicator.HYPERVOLUME.id()).getOrDefault(algorithm, List.of());
        Map<Integer, Double> hv = new LinkedHashMap<>();
        traces.forEach(t -> hv.put(t.get(0).replicate(), t.get(t.size() - 1).value()));
        double median = Quartiles.of(hv.values().stream().mapToDouble(Double::doubleValue).toArray()).median();
        if (Double.isNaN(median)) {
            return runs.get(0);
        }
        return runs.stream().filter(f -> hv.containsKey(f.key().replicate()) && Double.isFinite(hv.get(f.key()
                .replicate()))).min((x, y) -> Double.compare(Math.abs(hv.get(x.key().replicate()) - median),
                Math.abs(hv.get(y.key().replicate()) - median))).orElse(runs.get(0));
    }
}
