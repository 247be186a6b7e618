package org.bomoco.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A plain line chart in the house style: curves with markers (colour {@link Palette#colour(int)} of their group,
 * dashed when asked) and horizontal reference lines (grey, dashed, named in the legend, e.g. "5% level").
 * Non-finite points are left out of a curve, so a missed value shows as a gap rather than a spike.
 */
public final class LineChart {
    private static final Color REFERENCE = new Color(0x555555);

    private LineChart() {
    }

    /**
     * One curve.
     *
     * @param label  legend entry
     * @param colour palette index
     * @param x      abscissae
     * @param y      ordinates (non-finite values are dropped with their x)
     * @param dashed dashed instead of solid
     */
    public record Curve(String label, int colour, double[] x, double[] y, boolean dashed) {
    }

    /**
     * A horizontal reference line.
     *
     * @param label legend entry
     * @param y     its height
     */
    public record Reference(String label, double y) {
    }

    /** Builds the chart; references span the curves' x range. */
    public static XYChart of(String title, String xLabel, String yLabel, List<Curve> curves,
                             List<Reference> references, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xLabel);
        chart.setYAxisTitle(yLabel);
        Palette.style(chart.getStyler());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Curve c : curves) {
            int n = 0;
            double[] x = new double[c.x().length];
            double[] y = new double[c.x().length];
            for (int i = 0; i < c.x().length; i++) {
                if (Double.isFinite(c.y()[i])) {
                    x[n] = c.x()[i];
                    y[n++] = c.y()[i];
                    lo = Math.min(lo, c.x()[i]);
                    hi = Math.max(hi, c.x()[i]);
                }
            }
            if (n == 0) {
                continue; // XChart rejects an empty series; a curve with no finite point is only in the tables
            }
            XYSeries s = chart.addSeries(c.label(), java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(c.dashed() ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
            s.setMarkerColor(Palette.colour(c.colour()));
            s.setLineColor(Palette.colour(c.colour()));
            s.setLineStyle(c.dashed() ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f) : new BasicStroke(2f));
        }
        if (lo <= hi) {
            for (Reference r : references) {
                XYSeries s = chart.addSeries(r.label(), new double[] {lo, hi}, new double[] {r.y(), r.y()});
                s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                s.setMarker(SeriesMarkers.NONE);
                s.setLineColor(REFERENCE);
                s.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {3f, 3f}, 0f));
            }
        }
        return chart;
    }

    /** Holds the y axis of {@code chart} to [{@code min}, {@code max}] ({@code null}: fitted to the data); returns it. */
    public static XYChart yRange(XYChart chart, Double min, Double max) {
        chart.getStyler().setYAxisMin(min);
        chart.getStyler().setYAxisMax(max);
        return chart;
    }
}
