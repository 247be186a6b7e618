package org.bomoco.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests share: the workbench server on a free loopback port and headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}) with its console log kept, page loads that wait for the page's
 * {@code data-ready}, screenshots in {@link #SHOTS}, the console-error check and the Performance API figures with
 * the machine's load. A test class starts one in {@code @BeforeAll} ({@code null} when Chromium is not installed:
 * the tests then skip, loudly) and closes it in {@code @AfterAll}.
 */
final class BrowserFixture implements AutoCloseable {
    static final File DRIVER = new File("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    private final WebServer server;
    private final ChromeDriver browser;
    private final long serverStarted;
    private long navigated;

    private BrowserFixture(WebServer server, ChromeDriver browser, long serverStarted) {
        this.server = server;
        this.browser = browser;
        this.serverStarted = serverStarted;
    }

    /**
     * Makes the served results ({@code config}, called only when Chromium is there; it returns {@code null} for no
     * server: the test opens an URL of its own), starts the server and Chromium, whose profile goes under
     * {@code tmp}; {@code null}, after printing that {@code what} is skipped, when there is no chromedriver.
     */
    static BrowserFixture start(Path tmp, String what, java.util.concurrent.Callable<WebConfig> config)
            throws Exception {
        if (!DRIVER.canExecute()) {
            System.err.println("=== SKIPPED " + what + ": no /usr/bin/chromedriver (apt-get install chromium "
                    + "chromium-driver) ===");
            return null;
        }
        WebConfig c = config.call();
        long started = System.nanoTime();
        WebServer server = c == null ? null : WebServer.start(c);
        try {
            return new BrowserFixture(server, chromium(tmp), started);
        } catch (RuntimeException | IOException e) {
            if (server != null) {
                server.close();
            }
            throw e;
        }
    }

    /** Headless Chromium with its console log kept; software WebGL (SwiftShader). */
    private static ChromeDriver chromium(Path tmp) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--enable-unsafe-swiftshader", "--window-size=1400,2200",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chrome"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        Files.createDirectories(SHOTS);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build(), options);
        // a page drawing 20,000 points with software WebGL on a loaded machine can keep its thread busy a while
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return driver;
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    ChromeDriver browser() {
        return browser;
    }

    WebServer server() {
        return server;
    }

    /** The server's URL of {@code path} (no leading slash). */
    String url(String path) {
        return server.url() + path;
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /**
     * Opens {@code url}, drops what earlier pages logged, waits up to {@code timeout} for the page's
     * {@code data-ready} and checks that it is {@code true} (not {@code error}).
     */
    void load(String url, Duration timeout) {
        browser.manage().logs().get(LogType.BROWSER);
        navigated = System.nanoTime();
        browser.get(url);
        new WebDriverWait(browser, timeout).until(d -> js("return document.body.dataset.ready") != null);
        assertEquals("true", js("return document.body.dataset.ready"), "page " + url + " failed to load");
    }

    /**
     * Milliseconds from the server's start to the last {@link #load}'s navigation: the time the server had to load
     * the fronts in the background ({@code ExplorerApi.warmAll}) before the page asked.
     */
    long serverHeadStartMs() {
        return (navigated - serverStarted) / 1_000_000;
    }

    /** {@link #load} of the server's {@code path}, then a screenshot {@code shot}. */
    void open(String path, String shot) throws IOException {
        load(url(path), Duration.ofSeconds(30));
        screenshot(shot);
    }

    void screenshot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Fails with the messages when the page logged a console error since the last {@link #load}. */
    void noConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        assertTrue(errors.isEmpty(), "JavaScript console errors: " + errors);
    }

    /**
     * The machine the figures were taken on: the load averages over 1, 5 and 15 minutes ({@code /proc/loadavg})
     * and the processors, e.g. {@code "load average 3.10 2.05 1.20 on 2 cores"}.
     */
    static String machine() {
        String load;
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            load = "load average " + f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            load = "load average unknown (no /proc/loadavg)";
        }
        return load + " on " + Runtime.getRuntime().availableProcessors() + " cores";
    }

    /**
     * The Performance API figures of the page: marks (ms since navigation start), the measures of each view,
     * every {@code /api/} response's duration and size (decoded bytes; transfer bytes when compressed) and Plotly's
     * (its transfer size is 0 when it came from the browser's cache).
     */
    String figures() {
        return String.valueOf(js("const r = x => Math.round(x);"
                + "const marks = performance.getEntriesByType('mark').map(m => m.name + ' ' + r(m.startTime));"
                + "const views = performance.getEntriesByType('measure').map(m => m.name + ' ' + r(m.duration));"
                + "const size = e => r(e.duration) + ' ms ' + r(e.decodedBodySize / 1024) + ' kB ('"
                + " + r(e.transferSize / 1024) + ' kB sent)';"
                + "const res = performance.getEntriesByType('resource');"
                + "const api = res.filter(e => e.name.includes('/api/'))"
                + ".map(e => e.name.split('?')[0].replace(/.*\\/api\\//, '') + ' ' + size(e));"
                + "const plotly = res.filter(e => e.name.includes('/vendor/plotly'))"
                + ".map(e => e.name.replace(/.*\\//, '') + ' ' + size(e));"
                + "return 'marks (ms after navigation start): ' + marks.join(', ') + '\\n  views (ms): '"
                + " + views.join(', ') + '\\n  API: ' + api.join(', ') + '\\n  Plotly: ' + plotly.join(', ')"
                + " + '\\n  redraws: ' + JSON.stringify(window.bomoco.perf.map(p => [p.what, p.points, r(p.ms)]));"));
    }
}
