package org.bomoco.plot;

import java.util.Map;

import org.knowm.xchart.BoxChart;
import org.knowm.xchart.style.BoxStyler;
import org.knowm.xchart.style.Styler;

/**
 * Box plots of final indicator values, one box per algorithm. Quartiles use XChart's {@code N_LESS_1_PLUS_1}
 * position {@code (n − 1)p + 1}, i.e. the R-7 definition of Hyndman &amp; Fan (1996) used by the tables, so boxes and
 * table IQRs agree; whiskers reach the most extreme value within 1.5 IQR (Tukey).
 */
public final class BoxPlots {
    private BoxPlots() {
    }

    /**
     * One box per entry of {@code values}, in insertion order, each in the colour {@link Palette#of(String)} of its
     * algorithm label (XChart 3.8.8 paints a box with its series' marker colour).
     */
    public static BoxChart of(String title, String yLabel, Map<String, double[]> values, int width, int height) {
        BoxChart chart = new BoxChart(width, height, Styler.ChartTheme.XChart);
        chart.setTitle(title);
        chart.setXAxisTitle("algorithm");
        chart.setYAxisTitle(yLabel);
        BoxStyler s = chart.getStyler();
        Palette.style(s);
        s.setLegendVisible(false);
        s.setBoxplotCalCulationMethod(BoxStyler.BoxplotCalCulationMethod.N_LESS_1_PLUS_1);
        s.setXAxisLabelRotation(values.size() > 4 ? 20 : 0);
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            java.awt.Color c = Palette.of(e.getKey());
            chart.addSeries(e.getKey(), e.getValue()).setMarkerColor(c).setLineColor(c).setFillColor(c);
        }
        return chart;
    }
}
