package org.bomoco.plot;

import java.util.List;

import org.knowm.xchart.XYChart;

/**
 * Figures of the adaptation study (hour of the simulated week on the x axis): one line per strategy, the median
 * over replicates, over its interquartile band when the band is given (drawn by {@link ConvergenceChart#drawBands}).
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
        ConvergenceChart.drawBands(chart, series, bands);
        return chart;
    }
}
