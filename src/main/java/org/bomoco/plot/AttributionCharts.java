package org.bomoco.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Bias/coverage chart of attribution methods: scenarios along x, one dodged point per method at its mean bias with an
 * RMSE error bar, the method's 95%-interval coverage written above the bar, and a dashed zero-bias line.
 */
public final class AttributionCharts {
    private static final double DODGE = 0.7;

    private AttributionCharts() {
    }

    /**
     * One method across the scenarios.
     *
     * @param label  legend entry (method name)
     * @param bias   mean bias per scenario
     * @param rmse   RMSE per scenario (the error bar half-length)
     * @param notes  text above each bar (e.g. coverage "94%")
     */
    public record Method(String label, double[] bias, double[] rmse, String[] notes) {
    }

    /** Builds the chart; {@code scenarios} label the x positions 0, 1, …; method i gets colour i. */
    public static XYChart biasCoverage(String title, String yLabel, List<String> scenarios, List<Method> methods,
                                       int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle("scenario (number above a bar: coverage of the 95% intervals)");
        chart.setYAxisTitle(yLabel);
        Palette.style(chart.getStyler());
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        chart.getStyler().setXAxisMin(-0.5);
        chart.getStyler().setXAxisMax(scenarios.size() - 0.5);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> {
            long i = Math.round(x);
            if (Math.abs(x - i) < 1e-6 && i >= 0 && i < scenarios.size()) {
                return scenarios.get((int) i);
            }
            // XChart drops every tick when two labels are equal: give the unlabelled ticks distinct invisible text
            return "\u200B".repeat((int) Math.max(1, Math.round(10 * (x + 1))));
        });
        chart.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        chart.getStyler().setAnnotationTextFontColor(Color.DARK_GRAY);
        int k = methods.size();
        double top = methods.stream().flatMapToDouble(m -> java.util.stream.IntStream.range(0, m.bias().length)
                .mapToDouble(i -> m.bias()[i] + m.rmse()[i])).max().orElse(0);
        double bottom = methods.stream().flatMapToDouble(m -> java.util.stream.IntStream.range(0, m.bias().length)
                .mapToDouble(i -> m.bias()[i] - m.rmse()[i])).min().orElse(0);
        double span = Math.max(top - Math.min(0, bottom), 1e-9);
        chart.getStyler().setYAxisMax(top + 0.08 * span); // room for the notes above the bars
        for (int m = 0; m < k; m++) {
            Method method = methods.get(m);
            double[] x = new double[scenarios.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i + (k == 1 ? 0 : DODGE * ((double) m / (k - 1) - 0.5));
                chart.addAnnotation(new AnnotationText(method.notes()[i], x[i], method.bias()[i] + method.rmse()[i]
                        + 0.025 * span, false));
            }
            XYSeries s = chart.addSeries(method.label(), x, method.bias(), method.rmse());
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            s.setMarker(SeriesMarkers.CIRCLE);
            s.setMarkerColor(Palette.colour(m));
            s.setLineColor(Palette.colour(m)); // the error bars take the series' line colour
        }
        XYSeries zero = chart.addSeries("zero bias", new double[] {-0.5, scenarios.size() - 0.5}, new double[2]);
        zero.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        zero.setMarker(SeriesMarkers.NONE);
        zero.setLineColor(Color.GRAY);
        zero.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {3f, 3f}, 0f));
        return chart;
    }
}
