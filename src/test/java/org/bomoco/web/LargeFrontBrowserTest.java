package org.bomoco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.experiment.SpecReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The figure: the explorer with 20,000 points. A synthetic results directory (a 5-objective DTLZ2
 * experiment whose two runs hold 10,000 seeded random points of the unit sphere each, written with
 * {@link RunStore}); first render (navigation start to the page's {@code bomoco-ready} mark) and brushing redraw
 * ({@code performance.now()} around the redraw, in the page) are measured with the Performance API and printed.
 * Not timed assertions: the machine is shared; the check is that brushing shows exactly the points in range.
 */
class LargeFrontBrowserTest {
    private static final int PER_RUN = 10_000;

    @TempDir
    static Path tmp;
    private static BrowserFixture web;
    private static final List<Double> FIRST = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        web = BrowserFixture.start(tmp, "20,000-point browser test", LargeFrontBrowserTest::largeResults);
    }

    /** Two runs of 10,000 seeded points of the unit sphere each; {@link #FIRST} gets every first objective. */
    private static WebConfig largeResults() throws Exception {
        Path dir = tmp.resolve("large");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("experiment.yaml"), "name: large\nseed: 3\nreplicates: 1\ninstances:\n"
                + "  - benchmark: {problem: DTLZ2, objectives: 5}\nalgorithms:\n  - id: nsga2@moea\n"
                + "  - id: nsga3@moea\nbudget:\n  evaluations: 1000\n");
        ExperimentSpec spec = SpecReader.read(dir.resolve("experiment.yaml"));
        RunStore store = new RunStore(dir);
        SplittableRandom rng = new SplittableRandom(20_000);
        for (RunKey k : Runner.keys(spec)) {
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < PER_RUN; i++) {
                double[] p = new double[5];
                double norm = 0;
                for (int j = 0; j < 5; j++) {
                    p[j] = Math.abs(rng.nextGaussian());
                    norm += p[j] * p[j];
                }
                for (int j = 0; j < 5; j++) {
                    p[j] /= Math.sqrt(norm);
                }
                FIRST.add(p[0]);
                pts.add(p);
            }
            store.save(new RunRecord(k, 1, k.algorithm(), "synthetic", 1000, 0, List.of(), pts, List.of(),
                    List.of()));
        }
        return new WebConfig("127.0.0.1", 0, Path.of("datasets"), List.of(dir), List.of());
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    private static Object js(String script, Object... args) {
        return web.js(script, args);
    }

    @Test
    void twentyThousandPointsRenderAndBrush() throws Exception {
        assumeTrue(web != null, "Chromium not installed");
        web.load(web.url("explore?exp=0&instance=DTLZ2-m5"), Duration.ofSeconds(120));
        assertEquals("20000", js("return document.getElementById('count').dataset.shown"));
        double first = ((Number) js("return performance.getEntriesByName('bomoco-ready')[0].startTime"))
                .doubleValue();
        List<Double> brushes = new ArrayList<>();
        double[][] ranges = {{0.1, 0.3}, {0.2, 0.5}, {0.0, 0.15}, {0.4, 0.9}, {0.25, 0.35}};
        for (double[] r : ranges) {
            long inside = FIRST.stream().filter(v -> v >= r[0] && v <= r[1]).count();
            int before = ((Number) js("return window.bomoco.perf.length")).intValue();
            js("Plotly.restyle('parcoords', {'dimensions[0].constraintrange': [[arguments[0], arguments[1]]]});",
                    r[0], r[1]);
            new WebDriverWait(web.browser(), Duration.ofSeconds(60)).until(d -> ((Number) js(
                    "return window.bomoco.perf.length")).intValue() > before
                    && String.valueOf(inside).equals(js("return document.getElementById('count').dataset.shown")));
            brushes.add(((Number) js("return window.bomoco.perf[window.bomoco.perf.length - 1].ms")).doubleValue());
        }
        web.screenshot("explorer-20000");
        web.noConsoleErrors();
        System.out.println("20,000 points (" + BrowserFixture.machine() + "; headless Chromium, SwiftShader WebGL): "
                + "first render " + Math.round(first) + " ms after navigation start; brushing redraws (ms) "
                + brushes.stream().map(b -> String.valueOf(Math.round(b))).toList());
        System.out.println("20,000 points: redraw parts " + js("return JSON.stringify(window.bomoco.perf)")
                + "\n  " + web.figures());
        assertTrue(brushes.size() == ranges.length);
    }
}
