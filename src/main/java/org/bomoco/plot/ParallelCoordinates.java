package org.bomoco.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Parallel-coordinates plot (A. Inselberg, "The plane with parallel coordinates", The Visual Computer 1(2), 1985):
 * each objective is a category (vertical axis) of an XChart category line chart, each solution a polyline through its objective values
 * min–max normalised to 0..1 over all plotted points (0 = best seen, since every objective is minimised). One
 * series per solution; only the first polyline of each algorithm appears in the legend.
 */
public final class ParallelCoordinates {
    /** Polylines drawn per algorithm at most; larger fronts are thinned evenly (in input order). */
    public static final int MAX_LINES_PER_SERIES = 200;

    private ParallelCoordinates() {
    }

    /**
     * Builds the chart.
     *
     * @param axes one label per objective; only the part before " (" (the unit) is shown, values being normalised
     * @param fronts objective vectors per algorithm label (colour {@link Palette#of(String)} of the label)
     */
    public static CategoryChart of(String title, List<String> axes, Map<String, List<double[]>> fronts, int width,
                             int height) {
        int m = axes.size();
        double[][] range = range(m, fronts.values());
        CategoryChart chart = new CategoryChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle("objective (all minimised)");
        chart.setYAxisTitle("normalised value (0 = lowest plotted, 1 = highest)");
        Palette.style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setSeriesLines(new BasicStroke[] {new BasicStroke(1f)});
        List<String> x = axes.stream().map(a -> a.split(" \\(", 2)[0]).toList();
        for (Map.Entry<String, List<double[]>> e : fronts.entrySet()) {
            List<double[]> lines = thin(e.getValue());
            for (int s = 0; s < lines.size(); s++) {
                CategorySeries series = chart.addSeries(s == 0 ? e.getKey() : e.getKey() + "#" + s, x,
                        boxed(normalise(lines.get(s), range)));
                series.setLineStyle(new BasicStroke(1f));
                series.setMarker(SeriesMarkers.NONE);
                series.setLineColor(Palette.alpha(Palette.of(e.getKey()), s == 0 ? 255 : 110));
                series.setLineWidth(1f);
                series.setShowInLegend(s == 0);
            }
        }
        return chart;
    }

    private static List<Double> boxed(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }

    /** Per objective, {min, max} over every point. */
    static double[][] range(int m, Collection<List<double[]>> fronts) {
        double[][] r = new double[m][] ;
        for (int k = 0; k < m; k++) {
            r[k] = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        }
        for (List<double[]> front : fronts) {
            for (double[] p : front) {
                for (int k = 0; k < m; k++) {
                    r[k][0] = Math.min(r[k][0], p[k]);
                    r[k][1] = Math.max(r[k][1], p[k]);
                }
            }
        }
        return r;
    }

    /** Min–max normalisation; a constant objective maps to 0.5. */
    static double[] normalise(double[] p, double[][] range) {
        double[] y = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            double span = range[k][1] - range[k][0];
            y[k] = span > 0 ? (p[k] - range[k][0]) / span : 0.5;
        }
        return y;
    }

    private static List<double[]> thin(List<double[]> points) {
        if (points.size() <= MAX_LINES_PER_SERIES) {
            return points;
        }
        List<double[]> out = new ArrayList<>(MAX_LINES_PER_SERIES);
        for (int i = 0; i < MAX_LINES_PER_SERIES; i++) {
            out.add(points.get((int) ((long) i * points.size() / MAX_LINES_PER_SERIES)));
        }
        return out;
    }
}
