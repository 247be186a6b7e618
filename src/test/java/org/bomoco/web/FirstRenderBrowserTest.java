package org.bomoco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.bomoco.experiment.Scoring;
import org.bomoco.experiment.SpecReader;
import org.bomoco.experiment.TracePoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's figure: the explorer's first page on results shaped like {@code experiments/policy-synthesis.yaml}'s
 * 5,000-workload instance (the generated instance {@code gen5000}, its eight algorithms, 20 replicates, front sizes
 * per run as in {@link #FRONT_SIZES}, ten checkpoints, scored), built here from seeded random objective vectors in
 * seconds instead of the study's minutes. Prints the Performance API figures ({@link BrowserFixture#figures}):
 * navigation start to the data, to the first view ({@code bomoco-first-view}: the scatter above the fold) and to
 * every view drawn ({@code bomoco-ready}), each view's drawing time and each API response's size and duration, on the first visit
 * and on a second one (browser cache warm), with the machine's load average. No timed assertion (the machine is
 * shared); the checks are that the scatter counts every stored point and that the console shows no error.
 *
 * <p>{@code -Dbomoco.render.url=URL} measures an explorer page already served instead (e.g. {@code ./bomoco serve}
 * on a real study's results): the figures of a real results directory, measured by hand.
 */
class FirstRenderBrowserTest {
    /**
     * Final-front points per run, per algorithm (the order of {@link #ALGORITHMS}): the largest front of each in a
     * real 5-replicate run of the study's gen5000 at 3,000 evaluations (the report of issue 11).
     */
    static final int[] FRONT_SIZES = {46, 38, 2, 10, 26, 25, 2, 4};
    private static final String[] ALGORITHMS = {"nsga2@moea", "nsga2@jmetal", "nsga3@moea", "nsga3@jmetal",
        "moead@moea", "moead@jmetal", "weighted-sum", "composite"};
    private static final int REPLICATES = 20;
    private static BrowserFixture web;
    private static int stored;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(Path.of("target"));
        Path tmp = Files.createTempDirectory(Path.of("target"), "first-render");
        web = BrowserFixture.start(tmp, "first-render browser test", () -> System.getProperty("bomoco.render.url")
                != null ? null : new WebConfig("127.0.0.1", 0, Path.of("datasets"),
                        List.of(policySynthesisShape(tmp.resolve("policy-synthesis-shape"))), List.of()));
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    /** A scored results directory of {@link #ALGORITHMS} × {@link #REPLICATES} runs on {@code gen5000}. */
    static Path policySynthesisShape(Path dir) throws Exception {
        Files.createDirectories(dir);
        StringBuilder yaml = new StringBuilder("name: policy-synthesis-shape\nseed: 20240605\nreplicates: "
                + REPLICATES + "\ninstances:\n  - name: gen5000\n    generate: {workloads: 5000, seed: 43}\n"
                + "algorithms:\n");
        for (String a : ALGORITHMS) {
            yaml.append("  - id: ").append(a).append('\n');
        }
        yaml.append("budget:\n  evaluations: 15000\ncheckpoints: {every: 1500}\nindicators: [igd+]\n"
                + "reference:\n  set: union\n  point: 1.1\n  normalization: reference\ncontrol: composite\n");
        Files.writeString(dir.resolve("experiment.yaml"), yaml);
        ExperimentSpec spec = SpecReader.read(dir.resolve("experiment.yaml"));
        RunStore store = new RunStore(dir);
        SplittableRandom rng = new SplittableRandom(11);
        for (RunKey k : Runner.keys(spec)) {
            int n = FRONT_SIZES[List.of(ALGORITHMS).indexOf(k.algorithm())];
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pts.add(placementObjectives(rng));
            }
            List<TracePoint> trace = new ArrayList<>();
            for (int c = 1; c <= 10; c++) {
                trace.add(new TracePoint(1500L * c, c, pts.subList(0, Math.max(1, n * c / 10))));
            }
            List<Boolean> feasible = pts.stream().map(p -> Boolean.TRUE).toList();
            store.save(new RunRecord(k, 1, k.algorithm(), "synthetic", 15_000, 0, trace, pts, feasible,
                    List.of()));
            stored += n;
        }
        Scoring.score(dir, Path.of("datasets"));
        return dir;
    }

    /** Five objectives near the scale of gen5000's (cost, carbon, water, performance, KPI), trading off. */
    private static double[] placementObjectives(SplittableRandom rng) {
        double t = rng.nextDouble();
        double u = rng.nextDouble();
        return new double[] {2.6e6 + 4e5 * t, 7e4 + 1.5e4 * (1 - t) * u, 2.3e5 + 4e4 * (1 - u), 9.5e5 + 9e4 * u * t,
            rng.nextDouble() * 1e3};
    }

    @Test
    void policySynthesisShapedFirstPage() throws Exception {
        assumeTrue(web != null, "Chromium not installed");
        String url = System.getProperty("bomoco.render.url");
        String page = url != null ? url : web.url("explore?exp=0&instance=gen5000");
        String what = url != null ? url : "policy-synthesis shape (" + stored + " points, " + ALGORITHMS.length
                + " algorithms x " + REPLICATES + " replicates, gen5000)";
        // first visit (empty browser cache, server cold), then the same page again: Plotly from the HTTP cache,
        // compiled code from V8's code cache, the front already encoded on the server
        for (String visit : List.of("first visit", "second visit")) {
            web.load(page, Duration.ofSeconds(300));
            if (url == null) {
                assertEquals(String.valueOf(stored), web.js(
                        "return document.getElementById('count').dataset.shown"));
            }
            web.noConsoleErrors();
            System.out.println(what + ", " + visit + " (" + web.serverHeadStartMs() + " ms after the server started); "
                    + BrowserFixture.machine() + ", headless Chromium with SwiftShader WebGL:\n  " + web.figures());
        }
        web.screenshot("explorer-first-render");
    }
}
