package org.bomoco.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The figure builders on hand-made data. */
class PlotsTest {
    private static Band band(String label) {
        return new Band(label, new double[] {100, 200, 300}, new double[] {0.2, 0.5, 0.8},
                new double[] {0.1, 0.4, 0.7}, new double[] {0.3, 0.6, 0.9});
    }

    @Test
    void convergenceBandIsAPolygonThroughQ3ThenQ1Backwards(@TempDir Path dir) throws IOException {
        XYChart chart = ConvergenceChart.of("t", "hypervolume", List.of(band("a"), band("b")), 600, 400);
        // one IQR polygon and one median line per band
        assertEquals(4, chart.getSeriesMap().size());
        XYSeries area = chart.getSeriesMap().get("a IQR");
        assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, area.getXYSeriesRenderStyle());
        assertArrayEquals(new double[] {100, 200, 300, 300, 200, 100}, area.getXData());
        assertArrayEquals(new double[] {0.3, 0.6, 0.9, 0.7, 0.4, 0.1}, area.getYData());
        FigureFiles.Figure f = FigureFiles.write(chart, dir, "conv");
        BufferedImage img = ImageIO.read(f.png().toFile());
        assertEquals(600, img.getWidth());
        assertEquals(400, img.getHeight());
        assertTrue(Files.size(f.svg()) > 0);
    }

    @Test
    void bandRejectsRaggedArrays() {
        assertThrows(IllegalArgumentException.class,
                () -> new Band("x", new double[] {1, 2}, new double[] {1}, new double[] {1}, new double[] {1}));
    }

    @Test
    void boxPlotHasOneSeriesPerAlgorithm() {
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("a", new double[] {1, 2, 3});
        v.put("b", new double[] {2, 3, 4});
        BoxChart chart = BoxPlots.of("t", "igd+", v, 400, 300);
        assertEquals(List.of("a", "b"), new ArrayList<>(chart.getSeriesMap().keySet()));
    }

    @Test
    void parallelCoordinatesNormaliseAndThin() {
        // objective 0 spans 0..10: 2.5 → 0.25; objective 1 is constant 5 → 0.5 by convention
        double[][] range = ParallelCoordinates.range(2, List.of(List.of(new double[] {0, 5}, new double[] {10, 5})));
        assertArrayEquals(new double[] {0.25, 0.5}, ParallelCoordinates.normalise(new double[] {2.5, 5}, range));
        List<double[]> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(new double[] {i, 450 - i, i % 7});
        }
        CategoryChart chart = ParallelCoordinates.of("t", List.of("cost (USD/month)", "carbon (kgCO2e/month)", "f3"),
                Map.of("a", many), 500, 300);
        assertEquals(ParallelCoordinates.MAX_LINES_PER_SERIES, chart.getSeriesMap().size());
        // axis names without units (values are normalised)
        assertEquals(List.of("cost", "carbon", "f3"), chart.getSeriesMap().get("a").getXData());
    }

    /** One baseline point and no front: every axis range is a single value, which used to hang XChart's ticks. */
    @Test
    @org.junit.jupiter.api.Timeout(20)
    void scatterMatrixOfASinglePointRenders() {
        ScatterMatrix m = new ScatterMatrix("t", List.of("f1", "f2", "f3"), Map.of(), "composite",
                List.of(new double[] {2, 5, 7}));
        assertEquals(300, m.toImage(100).getWidth());
    }

    /**
     * XChart 3.8.8 never finished the ticks of a 220 px panel (the report's size) for these fronts: a single point with
     * a tiny experiment's objective values, and two points whose x values differ by 0.07% (the first hang of a seeded
     * sweep). Both took minutes of CPU in AxisTickCalculator_ before the panels got round axis limits.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void scatterMatrixPanelsThatHungXChartRender() {
        ScatterMatrix single = new ScatterMatrix("t", List.of("cost", "carbon", "water", "perf", "kpi"),
                Map.of("nsga2@moea", List.of(new double[] {1918.52831562, 82.03284501748396, 230.07312856971518,
                        730.3081894510942, 0.0})), null, null);
        assertEquals(5 * FigureFiles.MATRIX_PANEL, single.toImage(FigureFiles.MATRIX_PANEL).getWidth());
        ScatterMatrix narrow = new ScatterMatrix("t", List.of("f1", "f2"),
                Map.of("a", List.of(new double[] {20360.193775837095, 1}, new double[] {20374.676842028235, 2})),
                null, null);
        assertEquals(2 * FigureFiles.MATRIX_PANEL, narrow.toImage(FigureFiles.MATRIX_PANEL).getWidth());
    }

    /** Seeded sweep: data ranges from 1e-6 to 10 times their magnitude, magnitudes 1e-3 to 1e7, either sign. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void scatterMatrixRendersNarrowAndWideRangesAtTheReportsPanelSize() {
        java.util.Random random = new java.util.Random(20261207L);
        for (int k = 0; k < 60; k++) {
            double v = Math.pow(10, random.nextDouble() * 10 - 3) * (random.nextInt(5) == 0 ? -1 : 1);
            double w = v + Math.abs(v) * Math.pow(10, random.nextDouble() * 7 - 6);
            ScatterMatrix m = new ScatterMatrix("t", List.of("f1", "f2"),
                    Map.of("a", List.of(new double[] {v, w}, new double[] {w, v})), null, null);
            assertEquals(2 * FigureFiles.MATRIX_PANEL, m.toImage(FigureFiles.MATRIX_PANEL).getWidth(), "v=" + v);
        }
    }

    /** The limits contain the data, are multiples of a 1/2/5 × 10^k step, and span 2 to 7 steps (seeded input). */
    @Test
    void niceLimitsAreRoundAndContainTheData() {
        java.util.Random random = new java.util.Random(7L);
        for (int k = 0; k < 10_000; k++) {
            double min = Math.pow(10, random.nextDouble() * 14 - 7) * (random.nextBoolean() ? 1 : -1);
            double max = k % 10 == 0 ? min : min + Math.abs(min) * Math.pow(10, random.nextDouble() * 10 - 8);
            double[] l = ScatterMatrix.niceLimits(min, max);
            assertTrue(l[0] <= min && l[1] >= max && l[1] > l[0], min + ", " + max + " -> " + l[0] + ", " + l[1]);
            double lo = min;
            double hi = max;
            if (hi - lo <= 1e-9 * Math.max(1.0, Math.max(Math.abs(lo), Math.abs(hi)))) {
                double pad = Math.max(1e-6, 0.01 * Math.max(Math.abs(lo), Math.abs(hi)));
                lo -= pad;
                hi += pad;
            }
            // the naive search: the smallest 1, 2, 5 x 10^k at least a quarter of the range
            double step = Double.NaN;
            for (int e = -12; e <= 12 && Double.isNaN(step); e++) {
                for (double d : new double[] {1, 2, 5}) {
                    double s = d * Math.pow(10, e);
                    if (s >= (hi - lo) / 4 * (1 - 1e-12)) {
                        step = s;
                        break;
                    }
                }
            }
            double steps = (l[1] - l[0]) / step;
            assertTrue(steps > 1.99 && steps < 7.01, min + ", " + max + ": " + steps + " steps of " + step);
            assertEquals(Math.rint(l[0] / step), l[0] / step, 1e-6, "lower limit not a multiple of " + step);
            assertEquals(Math.rint(l[1] / step), l[1] / step, 1e-6, "upper limit not a multiple of " + step);
        }
        assertNull(ScatterMatrix.niceLimits(Double.NaN, 1));
        assertNull(ScatterMatrix.niceLimits(0, Double.POSITIVE_INFINITY));
    }

    @Test
    void scatterMatrixComposesPanelsIntoOneImageAndOneSvg(@TempDir Path dir) throws Exception {
        Map<String, List<double[]>> fronts = Map.of("a", List.of(new double[] {1, 2, 3}, new double[] {3, 2, 1}));
        ScatterMatrix m = new ScatterMatrix("t", List.of("f1", "f2", "f3"), fronts, "composite",
                List.of(new double[] {2, 2, 2}));
        BufferedImage img = m.toImage(100);
        // 3 panels of 100 px; plus a 36 px title strip and a 36 px legend strip
        assertEquals(300, img.getWidth());
        assertEquals(372, img.getHeight());
        // the first diagonal panel is filled light grey (0xF4F4F4) inside its 4 px margin
        assertEquals(0xF4F4F4, img.getRGB(20, 36 + 20) & 0xFFFFFF);
        Path svg = dir.resolve("m.svg");
        m.writeSvg(svg, 100);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals("svg", f.newDocumentBuilder().parse(svg.toFile()).getDocumentElement().getNodeName());
        assertThrows(IllegalArgumentException.class, () -> new ScatterMatrix("t", List.of("f1"), fronts, null, null));
    }

    /**
     * The bug: figures coloured by position, so an algorithm changed colour between a convergence plot (with
     * the baseline first) and the scatter matrix (baseline left out). Now each figure colours by label.
     */
    @Test
    void anAlgorithmHasTheSameColourInEveryFigure() {
        List<double[]> pts = List.of(new double[] {1, 2, 3}, new double[] {3, 2, 1});
        Map<String, List<double[]>> fronts = new LinkedHashMap<>();
        fronts.put("moead@moea", pts);
        fronts.put("nsga2@jmetal", pts);
        ScatterMatrix matrix = new ScatterMatrix("t", List.of("f1", "f2", "f3"), fronts, "composite",
                List.of(new double[] {2, 2, 2}));
        Map<String, List<double[]>> reversed = new LinkedHashMap<>();
        reversed.put("nsga2@jmetal", pts);
        reversed.put("moead@moea", pts);
        CategoryChart parallel = ParallelCoordinates.of("t", List.of("f1", "f2", "f3"), reversed, 500, 300);
        XYChart convergence = ConvergenceChart.of("t", "hv", List.of(band("composite"), band("nsga2@jmetal"),
                band("moead@moea")), 600, 400);
        Map<String, double[]> v = new LinkedHashMap<>();
        v.put("composite", new double[] {1, 2, 3});
        v.put("moead@moea", new double[] {2, 3, 4});
        BoxChart box = BoxPlots.of("t", "hv", v, 400, 300);
        for (String a : List.of("moead@moea", "nsga2@jmetal")) {
            int rgb = Palette.of(a).getRGB() & 0xFFFFFF;
            XYSeries panel = matrix.panelChart(0, 1, 100).getSeriesMap().get(a);
            assertEquals(rgb, panel.getMarkerColor().getRGB() & 0xFFFFFF, a + " in the scatter matrix");
            assertEquals(rgb, parallel.getSeriesMap().get(a).getLineColor().getRGB() & 0xFFFFFF, a + " parallel");
            assertEquals(rgb, convergence.getSeriesMap().get(a).getLineColor().getRGB() & 0xFFFFFF, a + " median");
        }
        assertEquals(Palette.of("moead@moea"), box.getSeriesMap().get("moead@moea").getMarkerColor());
        assertEquals(Palette.BASELINE, convergence.getSeriesMap().get("composite").getLineColor());
        // the legend dot of the first algorithm in the rendered matrix (x 10..20, centre row of the legend strip)
        BufferedImage img = matrix.toImage(100);
        assertEquals(Palette.of("moead@moea").getRGB() & 0xFFFFFF, img.getRGB(15, 36 + 300 + 18) & 0xFFFFFF);
        assertTrue(!Palette.of("moead@moea").equals(Palette.of("nsga2@jmetal")));
        assertEquals("#0072b2", Palette.hex("nsga2"));
        assertEquals(Palette.of("foo-variant"), Palette.of("foo-variant@moea"));
    }
}
