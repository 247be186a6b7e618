package org.bomoco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bomoco.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives the workbench in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): a small
 * experiment made here, the server on a free loopback port, each page checked against values computed here
 * independently of the page. Skips loudly when Chromium is not installed (CI installs it).
 */
class WorkbenchBrowserTest {
    @TempDir
    static Path tmp;
    private static BrowserFixture web;
    private static ChromeDriver browser;
    private static Path results;

    @BeforeAll
    static void start() throws Exception {
        web = BrowserFixture.start(tmp, "browser tests", () -> {
            results = TinyExperiment.results();
            List<Path> served = new ArrayList<>(TinyExperiment.studies());
            served.add(results);
            return new WebConfig("127.0.0.1", 0, Path.of("datasets"), served,
                    List.of(Path.of("datasets/instances/demo")));
        });
        browser = web == null ? null : web.browser();
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

    private static void open(String path, String shot) throws Exception {
        web.open(path, shot);
    }

    private static void screenshot(String name) throws Exception {
        web.screenshot(name);
    }

    private static void noConsoleErrors() {
        web.noConsoleErrors();
    }

    /** Points of the front traces drawn as SVG markers in the 2-D scatter. */
    private static long frontPointsDrawn() {
        return (Long) js("const gd=document.getElementById('scatter');"
                + "const tr=[...gd.querySelectorAll('.scatterlayer .trace')]; let n=0;"
                + "tr.forEach(el=>{ const t=el.__data__ && el.__data__[0] && el.__data__[0].trace;"
                + " if (t && t.meta==='front') n+=el.querySelectorAll('.point').length;});"
                + "return n;");
    }

    /** Every stored final solution's cost, read from the run files here. */
    private static List<Double> storedCosts() throws Exception {
        List<Double> costs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.walk(results.resolve("runs"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")
                    && f.getParent().getParent().getFileName().toString().equals("gen30")).toList()) {
                for (JsonNode o : json.readTree(p.toFile()).get("objectives")) {
                    costs.add(o.get(0).asDouble());
                }
            }
        }
        return costs;
    }

    @Test
    void explorerShowsBrushesAndRecommends() throws Exception {
        assumeTrue(browser != null, "Chromium not installed");
        open("explore?exp=0&instance=gen30", "explorer");
        List<Double> costs = storedCosts();
        assertEquals(costs.size(), frontPointsDrawn());
        double lo = costs.stream().sorted().toList().get(costs.size() / 4);
        double hi = costs.stream().sorted().toList().get(costs.size() / 2);
        long inside = costs.stream().filter(c -> c >= lo && c <= hi).count();
        js("Plotly.restyle('parcoords', {'dimensions[0].constraintrange': [[arguments[0], arguments[1]]]});", lo, hi);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> frontPointsDrawn() == inside);
        assertEquals(inside, frontPointsDrawn());
        screenshot("explorer-brushed");
        WebElement point = (WebElement) js("return [...document.querySelectorAll('#scatter .scatterlayer .trace')]"
                + ".filter(el => el.__data__[0].trace.meta === 'front')[0].querySelector('.point');");
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(point).pause(Duration.ofMillis(300))
                .click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("chosen")).isEmpty());
        screenshot("explorer-clicked");
        String html = browser.findElement(By.id("detail")).getText();
        assertTrue(html.contains("Constraints"), html);
        assertTrue(!browser.findElements(By.cssSelector("#recommendations tr.rec")).isEmpty()
                || html.contains("No change"), html);
        System.out.println("explorer redraw timings (ms, Performance API): " + js(
                "return JSON.stringify(window.bomoco.perf)"));
        noConsoleErrors();
    }

    /** Clicks the first front point of the 2-D scatter with the mouse and waits for its detail panel. */
    private static int clickFirstPoint() {
        WebElement point = (WebElement) js("return [...document.querySelectorAll('#scatter .scatterlayer .trace')]"
                + ".filter(el => el.__data__[0].trace.meta === 'front')[0].querySelector('.point');");
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(point).pause(Duration.ofMillis(300))
                .click().perform();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("chosen")).isEmpty());
        return Integer.parseInt(browser.findElement(By.id("chosen")).getAttribute("data-point"));
    }

    /** The statistics tables of the report: one per tables/*.csv that has rows for the instance. */
    @Test
    void explorerShowsTheReportTables() throws Exception {
        assumeTrue(browser != null, "Chromium not installed");
        open("explore?exp=0&instance=gen30", "explorer-tables");
        int expected = 0;
        try (var files = Files.list(results.resolve("tables"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<String> lines = Files.readAllLines(p);
                if (!lines.get(0).startsWith("instance,") || lines.stream().anyMatch(l -> l.startsWith("gen30,"))) {
                    expected++;
                }
            }
        }
        assertTrue(expected > 0, "the run wrote no tables");
        assertEquals((long) expected, js("return document.querySelectorAll('#tables details.table').length"));
        String text = (String) js("return document.getElementById('tables').textContent");
        assertTrue(text.contains("nsga2@moea"), text);
        JsonNode union = new ObjectMapper().readTree(java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.url("")
                        + "api/union?exp=0&instance=gen30")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        long kept = 0;
        for (JsonNode b : union) {
            kept += b.asBoolean() ? 1 : 0;
        }
        final String expectedShown = String.valueOf(kept);
        js("const e=document.getElementById('replicate'); e.value='union'; e.dispatchEvent(new Event('change'));");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> expectedShown.equals(js(
                "return document.getElementById('count').dataset.shown")));
        assertEquals(kept, frontPointsDrawn(), "the union front drawn");
        noConsoleErrors();
    }

    /** The plan downloaded from the explorer, read back by {@code bomoco evaluate}, has the stored objectives. */
    @Test
    void decisionCsvRoundTripsThroughEvaluate() throws Exception {
        assumeTrue(browser != null, "Chromium not installed");
        open("explore?exp=0&instance=demo", "explorer-demo");
        int point = clickFirstPoint();
        String href = browser.findElement(By.id("download")).getAttribute("href");
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        Path csv = tmp.resolve("downloaded-decision.csv");
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofFile(csv));
        JsonNode front = new ObjectMapper().readTree(http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(web.url("") + "api/front?exp=0&instance=demo")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        java.io.StringWriter out = new java.io.StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        assertEquals(0, cl.execute("evaluate", "--instance", "datasets/instances/demo", "--decision", csv.toString(),
                "--json"));
        JsonNode evaluated = new ObjectMapper().readTree(out.toString()).get("objectives");
        String[] ids = {"cost", "carbon", "water", "performance", "kpi"};
        for (int k = 0; k < ids.length; k++) {
            double stored = front.get("obj").get(k).get(point).asDouble();
            double back = evaluated.get(ids[k]).get("value").asDouble();
            assertEquals(stored, back, 1e-9 * Math.max(1, Math.abs(stored)), ids[k] + " of point " + point);
        }
        noConsoleErrors();
    }

    /** The footprint of an experiment's instance against its knee pick, and the printable ESG summary. */
    @Test
    void footprintAndEsgSummary() throws Exception {
        assumeTrue(browser != null, "Chromium not installed");
        open("dashboard?instance=0%2Fdemo&plan=knee#footprint", "dashboard-footprint");
        java.io.StringWriter out = new java.io.StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new java.io.PrintWriter(out));
        assertEquals(0, cl.execute("evaluate", "--instance", "datasets/instances/demo", "--json"));
        double water = new ObjectMapper().readTree(out.toString()).get("objectives").get("water").get("value")
                .asDouble();
        double shown = Double.parseDouble((String) js("return document.getElementById('waterMonth').dataset.total"));
        assertEquals(water, shown, 1e-9 * water, "water per month of the current state");
        assertEquals("knee", js("return document.getElementById('plan').value"));
        assertTrue((Long) js("return document.querySelectorAll('#fp-regions tr').length") > 5);
        assertTrue(browser.findElement(By.id("fpMethod")).getText().contains("location-based"));
        noConsoleErrors();
        browser.get(browser.findElement(By.id("esgPage")).getAttribute("href"));
        String text = browser.findElement(By.id("esg")).getText();
        assertTrue(text.contains("GHG Protocol Scope 2") && text.contains("location-based"), text);
        assertTrue(text.contains("Per region") && text.contains("knee pick"), text);
        screenshot("esg-summary");
        noConsoleErrors();
    }

    /** Data rows of {@code dir/tables/name.csv} whose {@code column} is a number. */
    private static long numericRows(Path dir, String name, String column) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("tables").resolve(name + ".csv"));
        int k = List.of(lines.get(0).split(",")).indexOf(column);
        assertTrue(k >= 0, column + " in " + lines.get(0));
        return lines.stream().skip(1).map(l -> l.split(",")[k].replace("−", "-"))
                .filter(v -> v.matches("[+-]?[0-9.]+(e[+-]?[0-9]+)?")).count();
    }

    private static long csvFiles(Path dir) throws Exception {
        try (var files = Files.list(dir.resolve("tables"))) {
            return files.filter(f -> f.toString().endsWith(".csv")).count();
        }
    }

    /** Picks table, x, y and series on the study page and returns the number of plotted points. */
    private static long chart(String table, String x, String y, String group) {
        js("const set=(id,v)=>{const e=document.getElementById(id);"
                + "e.value=[...e.options].find(o=>o.text===v).value;e.dispatchEvent(new Event('change'));};"
                + "set('table',arguments[0]);set('x',arguments[1]);set('y',arguments[2]);"
                + "if(arguments[3]) set('group',arguments[3]);", table, x, y, group);
        return Long.parseLong((String) js("return document.getElementById('chart').dataset.points"));
    }

    /** The attribution, adaptation and arbitrage reports: every table, and a chart of as many points as rows. */
    @Test
    void studyReportsShowTheirTablesAndCharts() throws Exception {
        assumeTrue(browser != null, "Chromium not installed");
        open("", "index");
        assertEquals(3L, js("return document.querySelectorAll('a.study').length"));
        Path attr = TinyExperiment.studies().get(0);
        Path adapt = TinyExperiment.studies().get(1);
        open("study?id=0", "study-attribution");
        assertEquals(csvFiles(attr), js("return document.querySelectorAll('#tables details.table').length"));
        assertEquals(numericRows(attr, "power", "rejection_rate"), chart("power", "effect_size", "rejection_rate",
                "method"));
        screenshot("study-attribution-power");
        noConsoleErrors();
        open("study?id=1", "study-adaptation");
        assertEquals(csvFiles(adapt), js("return document.querySelectorAll('#tables details.table').length"));
        assertEquals(3L, chart("adaptation", "strategy", "carbon_kg", null));
        assertEquals(numericRows(adapt, "adaptation", "carbon_kg"), 3L);
        noConsoleErrors();
        open("study?id=2", "study-arbitrage");
        assertEquals("arbitrage: tiny", browser.findElement(By.id("title")).getText());
        assertEquals(csvFiles(results), js("return document.querySelectorAll('#tables details.table').length"));
        assertEquals(numericRows(results, "arbitrage-sensitivity", "carbon_reduction_pct"),
                chart("arbitrage-sensitivity", "instance", "carbon_reduction_pct", null));
        screenshot("study-arbitrage-chart");
        noConsoleErrors();
    }

    @Test
    void unknownInstanceIsAnErrorPage() {
        assumeTrue(browser != null, "Chromium not installed");
        browser.get(web.url("") + "explore?exp=0&instance=nope");
        assertTrue(browser.getPageSource().contains("has no instance 'nope'"));
    }

    @Test
    void dashboardMapsEveryRegionAndTheLowestCarbonWindow() throws Exception {
        assumeTrue(browser != null, "Chromium not installed");
        open("dashboard?instance=demo", "dashboard");
        long regions = Files.readAllLines(Path.of("datasets/regions.csv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).count() - 1;
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> (Long) js(
                "return document.querySelectorAll('#map .scattergeo .point').length") == regions);
        String region = (String) js("return document.getElementById('region').value");
        int duration = 5;
        js("const e=document.getElementById('duration'); e.value=arguments[0]; e.dispatchEvent(new Event('change'));",
                duration);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> String.valueOf(duration).equals(js(
                "return document.getElementById('forecast').dataset.duration")));
        double[] series = new double[48];
        for (String l : Files.readAllLines(Path.of("datasets/instances/demo/carbon.csv"))) {
            String[] f = l.split(",");
            if (f[0].equals(region)) {
                series[Integer.parseInt(f[1])] = Double.parseDouble(f[2]);
            }
        }
        int best = 0;
        double bestMean = Double.MAX_VALUE;
        for (int s = 0; s + duration <= 48; s++) {
            double sum = 0;
            for (int h = s; h < s + duration; h++) {
                sum += series[h];
            }
            if (sum / duration < bestMean - 1e-9) {
                bestMean = sum / duration;
                best = s;
            }
        }
        assertEquals(String.valueOf(best), js("return document.getElementById('forecast').dataset.bestStart"));
        screenshot("dashboard-forecast");
        noConsoleErrors();
    }
}
