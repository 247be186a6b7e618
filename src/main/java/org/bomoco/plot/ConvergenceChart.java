package org.bomoco.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Convergence plot: per algorithm, the median indicator value against evaluations as a line over its
 * interquartile band (a translucent polygon through q3 forwards and q1 backwards, XChart's {@code PolygonArea}).
 */
public final class ConvergenceChart {
    private ConvergenceChart() {
    }

    /**
     * Builds the chart; each band gets the colour {@link Palette#of(String)} of its algorithm label.
     *
     * @param yLabel indicator name (with its direction, e.g. "hypervolume (higher is better)")
     */
    public static XYChart of(String title, String yLabel, List<Band> bands, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle("evaluations");
        chart.setYAxisTitle(yLabel);
        Palette.style(chart.getStyler());
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        drawBands(chart, bands, true, b -> Palette.of(b.label()));
        return chart;
    }

    /**
     * Draws {@code bands} on {@code chart}: when {@code withIqr}, each band's interquartile polygon, then each
     * median line (circle markers when a band has at most 12 points); band {@code i} gets
     * {@link Palette#colour(int) colour i}. Shared by every chart of medians over replicates.
     */
    static void drawBands(XYChart chart, List<Band> bands, boolean withIqr) {
        List<Band> order = List.copyOf(bands);
        drawBands(chart, bands, withIqr, b -> Palette.colour(order.indexOf(b)));
    }

    /** {@link #drawBands(XYChart, List, boolean)} with each band's colour from {@code colour}. */
    static void drawBands(XYChart chart, List<Band> bands, boolean withIqr,
                          java.util.function.Function<Band, Color> colour) {
        for (int i = 0; i < bands.size() && withIqr; i++) {
            addBand(chart, bands.get(i), colour.apply(bands.get(i)));
        }
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            XYSeries line = chart.addSeries(b.label(), b.x(), b.median());
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(b.x().length <= 12 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            line.setMarkerColor(colour.apply(b));
            line.setLineColor(colour.apply(b));
            line.setLineWidth(2f);
        }
    }

    private static void addBand(XYChart chart, Band b, Color colour) {
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
        area.setFillColor(Palette.alpha(colour, 50));
        area.setLineColor(Palette.alpha(colour, 90));
        area.setLineStyle(new BasicStroke(0.5f));
        area.setMarker(SeriesMarkers.NONE);
        area.setShowInLegend(false);
    }
}
