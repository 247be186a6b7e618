package org.bomoco.plot;

import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Figures of the adaptation study (hour of the simulated week on the x axis): one line per strategy, the median
 * over replicates, over its interquartile band when the band is given (as {@link ConvergenceChart} draws them).
 */
public final class AdaptationCharts {
    private AdaptationCharts() {
    }

    /**
     * A chart of per-strategy {@link Band}s against the hour; band {@code i} gets {@link Palette#colour(int)}.
     *
     * @param yLabel the quantity with its unit, e.g. "cumulative realised carbon (kgCO2e)"
     * @param bands whether to draw the interquartile bands
     */
    public static XYChart hourly(String title, String yLabel, List<Band> series, boolean bands, int width,
                                 int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle("hour of the simulated week");
        chart.setYAxisTitle(yLabel);
        Palette.style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        // label whole days only (0, 24, 48, ...): hourly three-digit labels run into each other; " " (XChart
        // refuses empty labels)
        chart.setCustomXAxisTickLabelsFormatter(
                h -> Math.abs(h % 24) < 1e-9 ? String.format(java.util.Locale.ROOT, "%.0f", h) : " ");
        for (int i = 0; i < series.size() && bands; i++) {
            Band b = series.get(i);
            int n = b.x().length;
            double[] px = new double[2 * n];
            double[] py = new double[2 * n];
            for (int k = 0; k < n; k++) {
                px[k] = b.x()[k];
                py[k] = b.q3()[k];
                px[2 * n - 1 - k] = b.x()[k];
                py[2 * n - 1 - k] = b.q1()[k];
            }
            XYSeries area = chart.addSeries(b.label() + " IQR", px, py);
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            area.setFillColor(Palette.alpha(Palette.colour(i), 50));
            area.setLineColor(Palette.alpha(Palette.colour(i), 90));
            area.setMarker(SeriesMarkers.NONE);
            area.setShowInLegend(false);
        }
        for (int i = 0; i < series.size(); i++) {
            Band b = series.get(i);
            XYSeries line = chart.addSeries(b.label(), b.x(), b.median());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Palette.colour(i));
            line.setLineWidth(2f);
        }
        return chart;
    }
}
