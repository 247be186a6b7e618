package org.bomoco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.bomoco.model.InputException;
import org.bomoco.plot.FigureFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@link Reports#write} on {@link SyntheticResults}: the layout. */
class ReportsTest {
    /** Tolerance for R-7 quartiles of two-decimal data (a few ulps of interpolation). */
    private static final double EPS = 1e-12;

    @TempDir
    static Path dir;
    static Reports.Written written;

    @BeforeAll
    static void build() throws IOException {
        SyntheticResults.write(dir);
        written = Reports.write(dir, "nsga2@moea");
    }

    @Test
    void writesEveryExpectedFile() {
        for (String t : List.of("summary", "summary-long")) {
            for (String ext : List.of("csv", "md", "tex")) {
                assertTrue(Files.isRegularFile(dir.resolve("tables/" + t + "." + ext)), t + "." + ext);
            }
        }
        for (String f : List.of("convergence-place_1-hypervolume", "convergence-place_1-igd+", "box-place_1-igd+",
                "box-zdt1-hypervolume", "convergence-zdt1-igd+", "scatter-place_1", "parallel-place_1",
                "scatter-zdt1")) {
            assertTrue(Files.isRegularFile(dir.resolve("figures/" + f + ".png")), f + ".png");
            assertTrue(Files.isRegularFile(dir.resolve("figures/" + f + ".svg")), f + ".svg");
        }
        // zdt1 has two objectives: no parallel-coordinates plot
        assertFalse(Files.exists(dir.resolve("figures/parallel-zdt1.png")));
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
        // 2 instances × 2 indicators × (convergence + box) + 2 scatter + 1 parallel = 11 figures, PNG + SVG each
        assertEquals(22, written.figures().size());
    }

    @Test
    void pngsDecodeWithTheExpectedSize() throws IOException {
        Map<String, int[]> sizes = Map.of(
                "convergence-place_1-hypervolume", new int[] {ReportFigures.WIDTH, ReportFigures.HEIGHT},
                "box-zdt1-igd+", new int[] {ReportFigures.WIDTH, ReportFigures.HEIGHT},
                "parallel-place_1", new int[] {ReportFigures.WIDTH + 80, ReportFigures.HEIGHT},
                // 5 × 220 panels wide; 5 × 220 panels + title and legend strips of 36 px high
                "scatter-place_1", new int[] {1100, 1172},
                "scatter-zdt1", new int[] {440, 512});
        for (Map.Entry<String, int[]> e : sizes.entrySet()) {
            BufferedImage img = ImageIO.read(dir.resolve("figures/" + e.getKey() + ".png").toFile());
            assertNotNull(img, e.getKey());
            assertEquals(e.getValue()[0], img.getWidth(), e.getKey());
            assertEquals(e.getValue()[1], img.getHeight(), e.getKey());
        }
        assertEquals(FigureFiles.MATRIX_PANEL, 220);
    }

    @Test
    void svgFilesParseAsXml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path svg : written.figures().stream().filter(p -> p.toString().endsWith(".svg")).toList()) {
            Document doc = f.newDocumentBuilder().parse(svg.toFile());
            assertEquals("svg", doc.getDocumentElement().getLocalName(), svg.toString());
        }
    }

    @Test
    void latexHasBalancedBracesAndEscapes() throws IOException {
        String tex = Files.readString(dir.resolve("tables/summary.tex"));
        assertBalanced(tex);
        assertTrue(tex.contains("place\\_1") && tex.contains("moead\\_x"), tex);
        assertFalse(Pattern.compile("[^\\\\]_").matcher(tex).find(), "unescaped _ in\n" + tex);
        assertTrue(tex.contains("\\toprule") && tex.contains("\\midrule") && tex.contains("\\bottomrule"));
        assertBalanced(Files.readString(dir.resolve("tables/summary-long.tex")));
    }

    /** Counts { and } that are not escaped as \{ \}; the depth never drops below 0 and ends at 0. */
    static void assertBalanced(String tex) {
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            boolean escaped = i > 0 && tex.charAt(i - 1) == '\\';
            if (c == '{' && !escaped) {
                depth++;
            } else if (c == '}' && !escaped) {
                depth--;
                assertTrue(depth >= 0, "unbalanced } at " + i);
            }
        }
        assertEquals(0, depth, "unbalanced braces");
    }

    @Test
    void markdownTablesHaveTheRightColumnCounts() throws IOException {
        // summary: instance, indicator, nsga2@moea, moead_x, composite, KW p = 6 columns → 7 unescaped pipes per line
        checkMarkdown(Files.readString(dir.resolve("tables/summary.md")), 6);
        // summary-long: instance, indicator, algorithm, runs, median, q1, q3, iqr, kw_p, p_holm, a12, vs_control
        checkMarkdown(Files.readString(dir.resolve("tables/summary-long.md")), 12);
    }

    private static void checkMarkdown(String md, int columns) {
        List<String> lines = md.lines().filter(l -> l.startsWith("|")).toList();
        // header + separator + 2 instances × 2 indicators (summary) or more rows
        assertTrue(lines.size() >= 6, md);
        for (String l : lines) {
            assertEquals(columns + 1, l.replace("\\|", "").chars().filter(c -> c == '|').count(), l);
        }
    }

    @Test
    void htmlIsSelfContainedWithEmbeddedImages() throws IOException {
        String html = Files.readString(written.html());
        Matcher m = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            byte[] png = java.util.Base64.getDecoder().decode(m.group(1));
            assertNotNull(ImageIO.read(new java.io.ByteArrayInputStream(png)));
            images++;
        }
        assertEquals(11, images);
        for (String external : List.of("http://", "https://", "<link", "<script", "src=\"/", "url(")) {
            assertFalse(html.contains(external), "external reference " + external);
        }
        assertTrue(html.contains("synth-exp") && html.contains("moeaframework") && html.contains("6.6"));
        // place_1: 5 + 4 + 3 runs, zdt1: 5 + 4 runs
        assertTrue(html.contains("21 runs stored over 2 instances and 3 algorithms; 21 runs scored"),
                html.substring(0, 2000));
        // medians: nsga2 0.81, moead_x 0.675, composite 0.52 (SyntheticResults)
        assertTrue(html.contains("Median hypervolume: nsga2@moea 0.81, moead_x 0.675 vs composite 0.52."));
        assertTrue(html.contains("id=\"instance-place_1\"") && html.contains("id=\"instance-zdt1\""));
    }

    @Test
    void csvMediansAndIqrsEqualHandComputedValues() throws IOException {
        Map<String, double[]> rows = Files.readAllLines(dir.resolve("tables/summary-long.csv")).stream().skip(1)
                .map(l -> l.split(",")).filter(c -> c[1].equals("hypervolume") && c[0].equals("place_1"))
                .collect(Collectors.toMap(c -> c[2], c -> new double[] {Double.parseDouble(c[3]),
                        Double.parseDouble(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]),
                        Double.parseDouble(c[7])}));
        // runs, median, q1, q3, iqr — by hand in SyntheticResults' comments
        assertRow(new double[] {5, 0.81, 0.80, 0.82, 0.02}, rows.get("nsga2@moea"));
        assertRow(new double[] {4, 0.675, 0.6375, 0.7125, 0.075}, rows.get("moead_x"));
        assertRow(new double[] {3, 0.52, 0.52, 0.52, 0}, rows.get("composite"));
        String summary = Files.readString(dir.resolve("tables/summary.csv"));
        assertTrue(summary.contains("place_1,hypervolume,0.81 (0.02),0.675 (0.075) −,0.52 (0) −"), summary);
        // igd+ = 1 − hv: nsga2 median 0.19; the NaN at replicate 0's first checkpoint is not its final value
        assertTrue(summary.contains("place_1,igd+,0.19 (0.02),0.325 (0.075) −,0.48 (0) −"), summary);
    }

    private static void assertRow(double[] expected, double[] actual) {
        assertNotNull(actual);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], EPS, "column " + i);
        }
    }

    @Test
    void unknownControlAndMissingIndicatorsAreInputErrors(@TempDir Path empty) {
        InputException e = assertThrows(InputException.class, () -> Reports.write(dir, "nsga3"));
        assertTrue(e.getMessage().contains("nsga2@moea"), e.getMessage());
        InputException missing = assertThrows(InputException.class, () -> Reports.write(empty, null));
        assertTrue(missing.getMessage().contains("indicators.csv"), missing.getMessage());
    }
}
