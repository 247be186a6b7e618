package org.bomoco.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Scatter-plot matrix of objective vectors: panel (row {@code i}, column {@code j}) plots objective {@code j}
 * (x) against objective {@code i} (y); the diagonal names the objective and its unit. XChart has no matrix chart, so
 * each panel is a small {@link XYChart} painted at its offset into one {@link Graphics2D}: a {@link BufferedImage}
 * for PNG, a VectorGraphics2D canvas for one SVG holding every panel. A legend strip runs along the bottom.
 */
public final class ScatterMatrix {
    private static final int LEGEND_HEIGHT = 36;
    private static final int MARKER_SIZE = 4;
    private static final int BASELINE_LEGEND_SIZE = 9;

    private final String title;
    private final List<String> axes;
    private final Map<String, List<double[]>> fronts;
    private final String baselineLabel;
    private final List<double[]> baseline;
    /** Per objective, the round axis limits every panel of it uses ({@link #niceLimits}); null: XChart scales it. */
    private final double[][] limits;

    /**
     * @param title figure title
     * @param axes one label per objective (name and unit)
     * @param fronts points per algorithm label (colour {@link Palette#of(String)} of the label)
     * @param baselineLabel name of the overlaid baseline, or {@code null} for none
     * @param baseline baseline points, drawn last as black diamonds
     */
    public ScatterMatrix(String title, List<String> axes, Map<String, List<double[]>> fronts, String baselineLabel,
                         List<double[]> baseline) {
        this.title = Objects.requireNonNull(title, "title");
        this.axes = List.copyOf(axes);
        if (this.axes.size() < 2) {
            throw new IllegalArgumentException("a scatter-plot matrix needs at least two objectives");
        }
        this.fronts = new LinkedHashMap<>(fronts);
        this.baselineLabel = baselineLabel;
        this.baseline = baseline == null ? List.of() : List.copyOf(baseline);
        List<double[]> all = new ArrayList<>(this.baseline);
        this.fronts.values().forEach(all::addAll);
        this.limits = new double[this.axes.size()][];
        for (int o = 0; o < limits.length && !all.isEmpty(); o++) {
            int objective = o;
            limits[o] = niceLimits(all.stream().mapToDouble(p -> p[objective]).min().orElseThrow(),
                    all.stream().mapToDouble(p -> p[objective]).max().orElseThrow());
        }
    }

    /** Width of the figure for a given panel size. */
    public int width(int panel) {
        return axes.size() * panel;
    }

    /** Height of the figure for a given panel size (title and legend strips included). */
    public int height(int panel) {
        return axes.size() * panel + 2 * LEGEND_HEIGHT;
    }

    /** Renders the matrix into an RGB image of {@link #width} × {@link #height}. */
    public BufferedImage toImage(int panel) {
        BufferedImage image = new BufferedImage(width(panel), height(panel), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paint(g, panel);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the matrix as one SVG document. */
    public void writeSvg(Path file, int panel) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        paint(g, panel);
        PageSize page = new PageSize(0, 0, width(panel), height(panel));
        try (OutputStream out = Files.newOutputStream(file)) {
            new SVGProcessor().getDocument(g.getCommands(), page).writeTo(out);
        }
    }

    /** Paints title, panels and legend onto {@code g}, origin at the top left. */
    public void paint(Graphics2D g, int panel) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(panel), height(panel));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        centred(g, title, width(panel) / 2, LEGEND_HEIGHT / 2);
        int m = axes.size();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                AffineTransform saved = g.getTransform();
                g.translate(j * panel, LEGEND_HEIGHT + i * panel);
                if (i == j) {
                    paintDiagonal(g, axes.get(i), panel);
                } else {
                    panelChart(j, i, panel).paint(g, panel, panel);
                }
                g.setTransform(saved);
            }
        }
        paintLegend(g, LEGEND_HEIGHT + m * panel);
    }

    /** The chart of one off-diagonal panel (package-private for tests). */
    XYChart panelChart(int xObjective, int yObjective, int panel) {
        XYChart chart = new XYChart(panel, panel);
        Palette.style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAxisTitlesVisible(false);
        chart.getStyler().setChartTitleVisible(false);
        chart.getStyler().setPlotMargin(2);
        chart.getStyler().setChartPadding(4);
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(MARKER_SIZE);
        for (Map.Entry<String, List<double[]>> e : fronts.entrySet()) {
            add(chart, e.getKey(), e.getValue(), xObjective, yObjective, Palette.alpha(Palette.of(e.getKey()), 170),
                    SeriesMarkers.CIRCLE);
        }
        if (baselineLabel != null && !baseline.isEmpty()) {
            XYSeries s = add(chart, baselineLabel, baseline, xObjective, yObjective, Palette.BASELINE,
                    SeriesMarkers.DIAMOND);
            if (s != null) {
                s.setMarkerColor(Palette.BASELINE);
            }
        }
        setRoundAxes(chart, xObjective, yObjective);
        return chart;
    }

    /**
     * Sets both axes of a panel to its objectives' {@link #limits}, round limits around all the matrix's data. XChart 3.8.8's tick calculation
     * for a number axis loops without end on some narrow panels whose axis limits are not round: measured at the
     * 220 px panel of the report, a single point such as (1,918.528, 82.033) or two points with x 20,360.19 and
     * 20,374.68 spin in {@code AxisTickCalculator_.calculateForEquallySpacedAxisValues} (the report of a tiny
     * experiment never finished). With limits that are multiples of a 1, 2 or 5 × 10^k step no case hung (seeded sweep
     * in PlotsTest).
     */
    private void setRoundAxes(XYChart chart, int xo, int yo) {
        if (limits[xo] != null) {
            chart.getStyler().setXAxisMin(limits[xo][0]).setXAxisMax(limits[xo][1]);
        }
        if (limits[yo] != null) {
            chart.getStyler().setYAxisMin(limits[yo][0]).setYAxisMax(limits[yo][1]);
        }
    }

    /**
     * Round axis limits {lo, hi} around the data range [min, max]: multiples of a step of 1, 2 or 5 × 10^k, the
     * smallest such step of at least a quarter of the range, so that [lo, hi] spans 2 to 7 steps; lo ≤ min,
     * hi ≥ max. A (nearly) single-valued range is first widened to value ± max(1e-6, 1% of |value|). Null when a
     * bound is not finite (XChart then scales the axis itself).
     */
    static double[] niceLimits(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            return null;
        }
        double lo = min;
        double hi = max;
        if (hi - lo <= 1e-9 * Math.max(1.0, Math.max(Math.abs(lo), Math.abs(hi)))) {
            double pad = Math.max(1e-6, 0.01 * Math.max(Math.abs(lo), Math.abs(hi)));
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double mantissa = raw / magnitude;
        double step = (mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10) * magnitude;
        double first = Math.floor(lo / step) * step;
        double last = Math.ceil(hi / step) * step;
        // the products round: step outwards once more where one landed inside the data
        return new double[] {first > min ? first - step : first, last < max ? last + step : last};
    }

    private static XYSeries add(XYChart chart, String label, List<double[]> points, int xo, int yo, Color colour,
                                Marker marker) {
        if (points.isEmpty()) {
            return null;
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int k = 0; k < points.size(); k++) {
            x[k] = points.get(k)[xo];
            y[k] = points.get(k)[yo];
        }
        XYSeries s = chart.addSeries(label, x, y);
        s.setMarker(marker);
        s.setMarkerColor(colour);
        return s;
    }

    private static void paintDiagonal(Graphics2D g, String label, int panel) {
        g.setColor(new Color(0xF4F4F4));
        g.fillRect(4, 4, panel - 8, panel - 8);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(4, 4, panel - 8, panel - 8);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        String[] lines = label.split(" \\(", 2);
        centred(g, lines[0], panel / 2, panel / 2 - (lines.length > 1 ? 9 : 0));
        if (lines.length > 1) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            centred(g, "(" + lines[1], panel / 2, panel / 2 + 11);
        }
    }

    private void paintLegend(Graphics2D g, int top) {
        List<String> labels = new ArrayList<>(fronts.keySet());
        List<Color> colours = new ArrayList<>();
        for (String label : labels) {
            colours.add(Palette.of(label));
        }
        boolean withBaseline = baselineLabel != null && !baseline.isEmpty();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        int x = 10;
        int y = top + LEGEND_HEIGHT / 2;
        for (int c = 0; c < labels.size(); c++) {
            g.setColor(colours.get(c));
            g.fillOval(x, y - 5, 10, 10);
            g.setColor(Color.BLACK);
            g.drawString(labels.get(c), x + 14, y + fm.getAscent() / 2 - 1);
            x += 14 + fm.stringWidth(labels.get(c)) + 18;
        }
        if (withBaseline) {
            int h = BASELINE_LEGEND_SIZE / 2 + 1;
            g.setColor(Palette.BASELINE);
            g.fillPolygon(new int[] {x + 5, x + 5 + h, x + 5, x + 5 - h}, new int[] {y - h, y, y + h, y}, 4);
            g.drawString(baselineLabel + " (baseline)", x + 14, y + fm.getAscent() / 2 - 1);
        }
    }

    private static void centred(Graphics2D g, String text, int cx, int cy) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, cx - fm.stringWidth(text) / 2, cy + fm.getAscent() / 2 - 2);
    }
}
