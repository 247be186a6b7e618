package org.bomoco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of the server without a browser: a port in use, a directory that is no results, unknown URLs. */
class WebServerTest {
    private static WebConfig config(int port, List<Path> results) {
        return new WebConfig("127.0.0.1", port, Path.of("datasets"), results, List.of());
    }

    @Test
    void portInUseIsAUserError() throws Exception {
        try (WebServer first = WebServer.start(config(0, List.of()))) {
            InputException e = assertThrows(InputException.class,
                    () -> WebServer.start(config(first.port(), List.of())));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
    }

    @Test
    void aDirectoryThatIsNoResultsIsRefused(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> WebServer.start(config(0, List.of(dir))));
        assertTrue(e.getMessage().contains("not a results directory"), e.getMessage());
    }

    @Test
    void unknownPagesAndApisAreErrorsNotTraces() throws Exception {
        try (WebServer s = WebServer.start(config(0, List.of()))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(s.url() + "explore?exp=3"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, page.statusCode());
            assertTrue(page.body().contains("no experiment '3'") && !page.body().contains("Exception"), page.body());
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(s.url()
                    + "api/dashboard/forecast?instance=x")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, api.statusCode());
            assertTrue(api.body().contains("no instance 'x'"), api.body());
            for (String f : WebServer.PLOTLY_FILES) {
                assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(s.url() + "vendor/plotly/" + f))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            }
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(s.url() + "vendor/plotly/LICENSE"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }

    /** A large API body is gzipped for a client that accepts gzip and is the same JSON once inflated. */
    @Test
    void largeJsonIsGzippedWhenAccepted(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("experiment.yaml"), "name: gz\nseed: 3\nreplicates: 1\n"
                + "instances:\n  - benchmark: {problem: DTLZ2, objectives: 3}\nalgorithms:\n  - id: nsga2@moea\n"
                + "budget:\n  evaluations: 100\n");
        var spec = org.bomoco.experiment.SpecReader.read(dir.resolve("experiment.yaml"));
        java.util.SplittableRandom rng = new java.util.SplittableRandom(5);
        List<double[]> pts = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            pts.add(new double[] {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()});
        }
        var key = org.bomoco.experiment.Runner.keys(spec).get(0);
        new org.bomoco.experiment.RunStore(dir).save(new org.bomoco.experiment.RunRecord(key, 1, "nsga2@moea", "x",
                100, 0, List.of(), pts, List.of(), List.of()));
        try (WebServer s = WebServer.start(config(0, List.of(dir)))) {
            HttpClient http = HttpClient.newHttpClient();
            URI front = URI.create(s.url() + "api/front?exp=0&instance=DTLZ2-m3");
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(front).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gz = http.send(HttpRequest.newBuilder(front).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
            assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
            assertTrue(gz.body().length < plain.body().length * 0.7,
                    gz.body().length + " of " + plain.body().length);
            byte[] inflated = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))
                    .readAllBytes();
            assertEquals(new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8),
                    new String(inflated, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * Plotly is served gzipped only to a client that accepts it (the same bytes once inflated), with an ETag that
     * a revalidation answers with 304 and no body, and with the vendored file's bytes.
     */
    @Test
    void vendoredPlotlyIsCachedByETag() throws Exception {
        byte[] vendored;
        try (var in = WebServer.class.getResourceAsStream(WebServer.PLOTLY + "plotly-chunk.js")) {
            vendored = in.readAllBytes();
        }
        try (WebServer s = WebServer.start(config(0, List.of()))) {
            HttpClient http = HttpClient.newHttpClient();
            URI plotly = URI.create(s.url() + "vendor/plotly/plotly-chunk.js");
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(plotly).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gz = http.send(HttpRequest.newBuilder(plotly).header("Accept-Encoding", "gzip")
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
            assertEquals(vendored.length, plain.body().length);
            assertTrue(java.util.Arrays.equals(vendored, plain.body()));
            assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""));
            assertTrue(java.util.Arrays.equals(vendored, new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(gz.body())).readAllBytes()));
            String etag = gz.headers().firstValue("ETag").orElseThrow();
            assertTrue(!etag.equals(plain.headers().firstValue("ETag").orElseThrow()), etag);
            assertTrue(gz.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(plotly).header("Accept-Encoding", "gzip")
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode());
            assertEquals(0, again.body().length);
            HttpResponse<byte[]> stale = http.send(HttpRequest.newBuilder(plotly).header("If-None-Match",
                    "\"0123\"").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, stale.statusCode());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(s.url() + "static/explore.js"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    @Test
    void bestWindowMatchesBruteForce() {
        java.util.Random rnd = new java.util.Random(3);
        for (int t = 0; t < 200; t++) {
            double[] s = rnd.doubles(48, 100, 600).toArray();
            int d = 1 + rnd.nextInt(48);
            int best = 0;
            double bestMean = Double.MAX_VALUE;
            for (int a = 0; a + d <= 48; a++) {
                double m = java.util.Arrays.stream(s, a, a + d).average().orElseThrow();
                if (m < bestMean) {
                    bestMean = m;
                    best = a;
                }
            }
            assertEquals(best, DashboardApi.bestWindow(s, d));
        }
    }
}
