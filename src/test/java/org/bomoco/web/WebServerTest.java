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
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(s.url() + "vendor/plotly.js")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
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
