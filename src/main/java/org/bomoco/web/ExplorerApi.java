package org.bomoco.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.data.DecisionWriter;
import org.bomoco.model.InputException;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.recommend.FrontPicker;
import org.bomoco.recommend.Recommendation;
import org.bomoco.recommend.Recommender;
import org.bomoco.recommend.Weights;
import org.bomoco.web.ResultsSource.Point;

/**
 * The explorer's JSON API over the results directories: experiments, fronts (column-major arrays so 20,000 points
 * stay small), one solution's objectives, constraints and ranked recommendations ({@link Recommender}, the code of
 * {@code bomoco recommend}), knee and compromise picks ({@link FrontPicker}), convergence traces and tables.
 */
final class ExplorerApi {
    private static final int MAX_RECOMMENDATIONS = 20;
    private final List<ResultsSource> sources;
    /** Encoded {@code /api/front} bodies: the points behind them are loaded once per server too. */
    private final Map<FrontKey, WebServer.Json> fronts = new java.util.concurrent.ConcurrentHashMap<>();

    /** One instance of one results directory; whether it was scored is part of the key (the body says so). */
    private record FrontKey(ResultsSource source, String instance, boolean scored) {
    }

    ExplorerApi(List<ResultsSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The response body of {@code path}, or {@code null} when there is no such API. */
    Object get(String path, Map<String, String> q) {
        return switch (path) {
            case "/api/experiments" -> experiments();
            case "/api/front" -> front(source(q), instance(q));
            case "/api/union" -> source(q).union(instance(q));
            case "/api/solution" -> solution(source(q), instance(q), point(q), weights(q));
            case "/api/picks" -> picks(source(q), instance(q), weights(q));
            case "/api/decision.csv" -> decisionCsv(source(q), instance(q), point(q));
            case "/api/convergence" -> Fronts.convergence(source(q), instance(q), q.getOrDefault("indicator", ""));
            case "/api/tables" -> source(q).tables();
            default -> null;
        };
    }

    /**
     * Why the explorer page cannot show {@code q}'s experiment and instance, or {@code null} when it can (and then
     * the instance's data starts loading, {@link ResultsSource#warm}, and its front is encoded).
     */
    String checkPage(Map<String, String> q) {
        try {
            ResultsSource s = source(q);
            if (q.containsKey("instance")) {
                String instance = instance(q);
                s.warm(instance);
                java.util.concurrent.CompletableFuture.runAsync(() -> front(s, instance));
            }
            return s == null ? "no experiment" : null;
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    /** The front of {@code instance} ({@link Fronts#front}), encoded once. */
    private WebServer.Json front(ResultsSource s, String instance) {
        FrontKey key = new FrontKey(s, instance, Files.isRegularFile(s.dir().resolve("indicators.csv")));
        return fronts.computeIfAbsent(key, k -> WebServer.Json.of(Fronts.front(s, instance)));
    }

    /**
     * Loads every instance's front of every results directory, in experiment order, on one background thread of
     * low priority, so that the explorer's first page finds it ready (its points, union front, compiled problem and
     * reference set, all kept by {@link ResultsSource} anyway once a page asks). Failures are left for the page's
     * requests to report.
     */
    void warmAll() {
        Thread t = new Thread(() -> {
            for (ResultsSource s : sources) {
                for (String instance : s.instances()) {
                    try {
                        front(s, instance);
                        s.union(instance);
                    } catch (RuntimeException e) {
                        // reported when a page requests it
                    }
                }
            }
        }, "bomoco-web-warm");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private List<Map<String, Object>> experiments() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            ResultsSource s = sources.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i);
            m.put("name", s.name());
            m.put("dir", s.dir().toString());
            m.put("instances", s.instances());
            m.put("missing", s.missing());
            m.put("indicators", s.indicators());
            out.add(m);
        }
        return out;
    }

    private ResultsSource source(Map<String, String> q) {
        String exp = q.getOrDefault("exp", "0");
        try {
            int k = Integer.parseInt(exp);
            if (k >= 0 && k < sources.size()) {
                return sources.get(k);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("exp", 0, null, "no experiment '" + exp + "'; " + sources.size()
                + " results directories are served (0.." + (sources.size() - 1) + ")");
    }

    private String instance(Map<String, String> q) {
        ResultsSource s = source(q);
        String name = q.getOrDefault("instance", "");
        if (!s.hasInstance(name)) {
            throw new InputException("instance", 0, null, "experiment '" + s.name() + "' has no instance '" + name
                    + "'; it has " + String.join(", ", s.instances()));
        }
        return name;
    }

    private static int point(Map<String, String> q) {
        try {
            return Integer.parseInt(q.getOrDefault("point", ""));
        } catch (NumberFormatException e) {
            throw new InputException("point", 0, null, "'" + q.get("point") + "' is not a point number");
        }
    }

    private static Weights weights(Map<String, String> q) {
        String w = q.get("weights");
        return w == null || w.isBlank() ? Weights.DEFAULT : Weights.parse(w);
    }

    private static Point at(ResultsSource s, String instance, int point) {
        List<Point> pts = s.points(instance);
        if (point < 0 || point >= pts.size()) {
            throw new InputException("point", 0, null, "no point " + point + "; instance '" + instance + "' has "
                    + pts.size());
        }
        return pts.get(point);
    }

    private static PlacementProblem placement(ResultsSource s, String instance) {
        return s.problem(instance).orElseThrow(() -> new InputException("instance", 0, null, "'" + instance
                + "' is a benchmark problem: it has no placement, constraints or recommendations"));
    }

    /** One solution: objectives beside the current state's, constraint status, ranked recommendations. */
    private static Map<String, Object> solution(ResultsSource s, String instance, int point, Weights weights) {
        Point p = at(s, instance, point);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("point", point);
        m.put("algorithm", p.algorithm());
        m.put("replicate", p.replicate());
        m.put("objectives", p.objectives());
        m.put("feasible", p.feasible());
        if (s.problem(instance).isEmpty()) {
            return m;
        }
        PlacementProblem problem = placement(s, instance);
        int[] x = s.decision(instance, p);
        Evaluation ev = problem.evaluate(x);
        m.put("objectives", ev.objectives());
        m.put("current", problem.evaluate(problem.currentDecision()).objectives());
        Map<String, Object> cons = new LinkedHashMap<>();
        for (Constraint c : Constraint.values()) {
            cons.put(c.id(), Map.of("violation", ev.constraints()[c.ordinal()], "unit", c.unit()));
        }
        m.put("constraints", cons);
        List<Map<String, Object>> recs = new ArrayList<>();
        for (Recommendation r : new Recommender(problem, weights).recommend(x).top(MAX_RECOMMENDATIONS)) {
            recs.add(r.toJson());
        }
        m.put("recommendations", recs);
        return m;
    }

    /** Knee, weights and compromise picks over the feasible union front ({@link FrontPicker#pick}). */
    static Map<String, Object> picks(ResultsSource s, String instance, Weights weights) {
        List<Point> pts = s.points(instance);
        boolean[] union = s.union(instance);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            if (union[i]) {
                ids.add(i);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        double[][] front = ids.stream().map(i -> pts.get(i).objectives()).toArray(double[][]::new);
        double[] w = weights.normalized().toArray();
        if (front[0].length != w.length) {
            return m;
        }
        for (FrontPicker.Method method : FrontPicker.Method.values()) {
            m.put(method.id(), ids.get(FrontPicker.pick(method, front, w)));
        }
        return m;
    }

    /** The chosen solution as a decision CSV that {@code bomoco evaluate --decision} reads back. */
    private static WebServer.Download decisionCsv(ResultsSource s, String instance, int point) {
        Point p = at(s, instance, point);
        PlacementProblem problem = placement(s, instance);
        try {
            Path tmp = Files.createTempFile("bomoco-decision", ".csv");
            try {
                DecisionWriter.write(problem.decode(s.decision(instance, p)), tmp);
                String name = "decision-" + instance + "-" + p.algorithm().replaceAll("[^A-Za-z0-9._-]", "_") + "-r"
                        + p.replicate() + "-" + p.index() + ".csv";
                return new WebServer.Download(name, "text/csv; charset=utf-8", Files.readString(tmp));
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
