package org.bomoco.plot;

import java.util.List;
import java.util.Map;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Scatter of two (or more) solution sets in one objective plane, e.g. the union fronts of "within the current
 * provider" and "across providers" on cost × carbon, with the current state as a black diamond: the cross-cloud
 * arbitrage figure. Set {@code i} gets {@link Palette#colour(int) colour i}.
 */
public final class ArbitrageChart {
    private ArbitrageChart() {
    }

    /**
     * Builds the chart.
     *
     * @param sets label → points {@code {x, y}}, in legend order (empty sets are skipped)
     * @param current the current state {@code {x, y}}, or {@code null}
     */
    public static XYChart of(String title, String xLabel, String yLabel, Map<String, List<double[]>> sets,
                             double[] current, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        Palette.style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        int i = 0;
        for (Map.Entry<String, List<double[]>> e : sets.entrySet()) {
            if (!e.getValue().isEmpty()) {
                XYSeries s = chart.addSeries(e.getKey(), column(e.getValue(), 0), column(e.getValue(), 1));
                s.setMarker(SeriesMarkers.CIRCLE);
                s.setMarkerColor(Palette.alpha(Palette.colour(i), 170));
            }
            i++;
        }
        if (current != null) {
            XYSeries s = chart.addSeries("current state", new double[] {current[0]}, new double[] {current[1]});
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setMarkerColor(Palette.BASELINE);
        }
        double[] x = range(sets, current, 0);
        double[] y = range(sets, current, 1);
        chart.getStyler().setXAxisMin(x[0]);
        chart.getStyler().setXAxisMax(x[1]);
        chart.getStyler().setYAxisMin(y[0]);
        chart.getStyler().setYAxisMax(y[1]);
        return chart;
    }

    /**
     * Axis limits over every point: min and max padded by 5% of the range, and by at least 1% of the largest
     * magnitude (1 when all are 0). Explicit limits keep XChart's tick search away from a zero or tiny range, on
     * which the tick calculator of XChart 3.8 does not terminate (a single solution, or identical points).
     */
    static double[] range(Map<String, List<double[]>> sets, double[] current, int c) {
        double lo = current == null ? Double.POSITIVE_INFINITY : current[c];
        double hi = current == null ? Double.NEGATIVE_INFINITY : current[c];
        for (List<double[]> points : sets.values()) {
            for (double[] p : points) {
                lo = Math.min(lo, p[c]);
                hi = Math.max(hi, p[c]);
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double magnitude = Math.max(Math.abs(lo), Math.abs(hi));
        double pad = Math.max(0.05 * (hi - lo), magnitude > 0 ? 0.01 * magnitude : 1);
        return new double[] {lo - pad, hi + pad};
    }

    private static double[] column(List<double[]> points, int c) {
        double[] out = new double[points.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = points.get(k)[c];
        }
        return out;
    }
}
