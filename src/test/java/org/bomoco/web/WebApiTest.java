package org.bomoco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bomoco.cli.Main;
import org.junit.jupiter.api.Test;

/** The JSON API over a real experiment, without a browser: footprint and ESG figures, concurrent viewers. */
class WebApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WebServer start() throws Exception {
        return WebServer.start(new WebConfig("127.0.0.1", 0, Path.of("datasets"), List.of(TinyExperiment.results()),
                List.of(Path.of("datasets/instances/demo"))));
    }

    private static HttpResponse<String> get(WebServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code bomoco evaluate --json} of the demo's current state, in process. */
    private static JsonNode evaluateCurrent() throws Exception {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("evaluate", "--instance", "datasets/instances/demo", "--json"));
        return JSON.readTree(out.toString()).get("objectives");
    }

    /** The total row of {@code state} in an ESG CSV: column name → value. */
    private static Map<String, Double> total(String csv, String state) {
        String[] lines = csv.split("\n");
        String[] head = lines[0].split(",");
        for (String l : lines) {
            String[] f = l.split(",");
            if (f[0].equals("total") && f[4].equals(state)) {
                Map<String, Double> m = new ConcurrentHashMap<>();
                for (int k = 5; k < head.length - 1; k++) {
                    m.put(head[k], Double.parseDouble(f[k]));
                }
                assertEquals("GHG Protocol Scope 2 location-based", f[f.length - 1]);
                return m;
            }
        }
        throw new AssertionError("no total row for " + state + " in " + csv);
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void esgTotalsAreTheObjectivesOfTheCurrentStateAndOfThePlan() throws Exception {
        try (WebServer s = start()) {
            JsonNode instances = JSON.readTree(get(s, "api/dashboard/instances").body());
            assertEquals(List.of("demo", "0/gen30", "0/demo"), JSON.convertValue(instances, List.class));
            JsonNode front = JSON.readTree(get(s, "api/front?exp=0&instance=demo").body());
            int knee = JSON.readTree(get(s, "api/picks?exp=0&instance=demo").body()).get("knee").asInt();
            HttpResponse<String> csv = get(s, "api/dashboard/esg.csv?instance=0/demo&plan=knee");
            assertEquals(200, csv.statusCode(), csv.body());
            JsonNode now = evaluateCurrent();
            Map<String, Double> cur = total(csv.body(), "current");
            close(now.get("cost").get("value").asDouble(), cur.get("cost_usd"), "current cost");
            close(now.get("carbon").get("value").asDouble(), cur.get("scope2_location_kgco2e")
                    + cur.get("embodied_kgco2e"), "current carbon = scope 2 + embodied");
            close(now.get("water").get("value").asDouble(), cur.get("water_l"), "current water");
            close(cur.get("water_l"), cur.get("water_onsite_l") + cur.get("water_offsite_l"), "water split");
            Map<String, Double> plan = total(csv.body(), "plan");
            close(front.get("obj").get(0).get(knee).asDouble(), plan.get("cost_usd"), "knee cost");
            close(front.get("obj").get(1).get(knee).asDouble(), plan.get("scope2_location_kgco2e")
                    + plan.get("embodied_kgco2e"), "knee carbon");
            close(front.get("obj").get(2).get(knee).asDouble(), plan.get("water_l"), "knee water");
            String page = get(s, "esg?instance=0/demo&plan=knee").body();
            assertTrue(page.contains("Scope 2") && page.contains("location-based") && page.contains("esg-regions"),
                    page);
            assertEquals(404, get(s, "esg?instance=demo&plan=knee").statusCode(), "an --instance dir has no picks");
        }
    }

    /** The union front is the feasible points no other feasible point dominates (first of equal copies), naively. */
    @Test
    void unionIsTheNonDominatedFeasibleSet() throws Exception {
        try (WebServer s = start()) {
            JsonNode front = JSON.readTree(get(s, "api/front?exp=0&instance=gen30").body());
            JsonNode union = JSON.readTree(get(s, "api/union?exp=0&instance=gen30").body());
            int n = front.get("alg").size();
            int m = front.get("obj").size();
            int kept = 0;
            for (int i = 0; i < n; i++) {
                boolean in = front.get("feasible").get(i).asBoolean();
                for (int j = 0; j < n && in; j++) {
                    if (j == i || !front.get("feasible").get(j).asBoolean()) {
                        continue;
                    }
                    boolean noWorse = true;
                    boolean better = false;
                    for (int k = 0; k < m; k++) {
                        double a = front.get("obj").get(k).get(j).asDouble();
                        double b = front.get("obj").get(k).get(i).asDouble();
                        noWorse &= a <= b;
                        better |= a < b;
                    }
                    in = !(noWorse && (better || j < i));
                }
                assertEquals(in, union.get(i).asBoolean(), "point " + i);
                kept += in ? 1 : 0;
            }
            assertTrue(kept > 0);
        }
    }

    /** Eight clients at once on a cold server get byte-identical answers to those of a warm one, asked alone. */
    @Test
    void concurrentViewersAllGetCorrectAnswers() throws Exception {
        List<String> paths = new ArrayList<>();
        for (String inst : List.of("gen30", "demo")) {
            paths.add("api/front?exp=0&instance=" + inst);
            paths.add("api/picks?exp=0&instance=" + inst);
            paths.add("api/union?exp=0&instance=" + inst);
            paths.add("api/convergence?exp=0&instance=" + inst + "&indicator=hypervolume");
            for (int p = 0; p < 6; p++) {
                paths.add("api/solution?exp=0&instance=" + inst + "&point=" + p);
                paths.add("api/decision.csv?exp=0&instance=" + inst + "&point=" + p);
            }
            paths.add("api/dashboard/footprint?instance=0/" + inst + "&plan=compromise");
        }
        paths.add("api/tables?exp=0");
        paths.add("api/dashboard/regions?instance=demo");
        Map<String, String> expected = new ConcurrentHashMap<>();
        try (WebServer warm = start()) {
            for (String p : paths) {
                HttpResponse<String> r = get(warm, p);
                assertEquals(200, r.statusCode(), p + ": " + r.body());
                expected.put(p, r.body());
            }
        }
        try (WebServer cold = start()) {
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    final int offset = c;
                    done.add(clients.submit(() -> {
                        int checked = 0;
                        for (int i = 0; i < paths.size(); i++) {
                            String p = paths.get((i + offset * 5) % paths.size());
                            HttpResponse<String> r = get(cold, p);
                            assertEquals(200, r.statusCode(), p);
                            assertEquals(expected.get(p), r.body(), p);
                            checked++;
                        }
                        return checked;
                    }));
                }
                for (Future<Integer> f : done) {
                    assertEquals(paths.size(), f.get());
                }
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
