package org.bomoco.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.FrontFiles;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.experiment.SpecReader;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.experiment.IndicatorTable;
import org.bomoco.results.Results;

/**
 * The one adapter through which the web app reads a results directory of {@code bomoco run}: the experiment spec
 * ({@code experiment.yaml}), the finished runs ({@link RunStore}), indicators and reference sets ({@link Results}),
 * and the compiled problem of each placement instance ({@link InstanceLoader}). Read only; never writes. Loaded
 * lazily and cached; safe for concurrent requests. A half-finished experiment shows what exists and
 * {@link #missing()} says what does not.
 */
final class ResultsSource {
    /** Full run records kept for solution requests (each holds every solution's decision). */
    private static final int RECORDS_KEPT = 4;

    /**
     * One stored final solution.
     *
     * @param algorithm algorithm label
     * @param algorithmId resolved algorithm id (e.g. {@code nsga2@moea})
     * @param replicate replicate index
     * @param index position in the run's final front
     * @param objectives objective vector (minimised)
     * @param feasible whether the run reported it feasible
     */
    record Point(String algorithm, String algorithmId, int replicate, int index, double[] objectives,
                 boolean feasible) {
    }

    private final Path dir;
    private final ExperimentSpec spec;
    private final RunStore store;
    private final InstanceLoader loader;
    private final List<RunKey> finished;
    private final List<RunKey> unfinished;
    private volatile Results results;
    private final Map<String, List<Point>> points = new ConcurrentHashMap<>();
    private final Map<RunKey, RunRecord> records = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RunKey, RunRecord> eldest) {
            return size() > RECORDS_KEPT;
        }
    };
    private final Map<String, boolean[]> unions = new ConcurrentHashMap<>();

    private ResultsSource(Path dir, ExperimentSpec spec, Path catalogue) {
        this.dir = dir;
        this.spec = spec;
        this.store = new RunStore(dir);
        this.loader = new InstanceLoader(catalogue);
        List<RunKey> all = Runner.keys(spec);
        this.finished = store.finished(all);
        List<RunKey> rest = new ArrayList<>(all);
        rest.removeAll(finished);
        this.unfinished = List.copyOf(rest);
    }

    /**
     * Opens {@code dir}, a results directory of {@code bomoco run}.
     *
     * @throws InputException when it is not one (no readable {@code experiment.yaml})
     */
    static ResultsSource open(Path dir, Path catalogue) {
        Path yaml = dir.resolve("experiment.yaml");
        if (!Files.isDirectory(dir) || !Files.isRegularFile(yaml)) {
            throw new InputException(dir.toString(), 0, null, "not a results directory of 'bomoco run' (no "
                    + "experiment.yaml); give the output directory of a run, e.g. results/quickstart");
        }
        return new ResultsSource(dir, SpecReader.read(yaml), catalogue);
    }

    Path dir() {
        return dir;
    }

    String name() {
        return spec.name();
    }

    /** Instance names in experiment order. */
    List<String> instances() {
        return spec.instances().stream().map(InstanceSpec::name).toList();
    }

    /** Names of the placement instances (not benchmark problems), in experiment order. */
    List<String> placementInstances() {
        return spec.instances().stream().filter(InstanceSpec::placement).map(InstanceSpec::name).toList();
    }

    boolean hasInstance(String name) {
        return instances().contains(name);
    }

    /** Human-readable lines naming what is missing (unfinished runs, unscored results). */
    List<String> missing() {
        List<String> out = new ArrayList<>();
        if (!unfinished.isEmpty()) {
            out.add(unfinished.size() + " of " + (unfinished.size() + finished.size()) + " runs not finished (e.g. "
                    + unfinished.get(0).path() + "); run the experiment again to resume");
        }
        if (!Files.isRegularFile(dir.resolve("indicators.csv"))) {
            out.add("no indicators.csv (runs not scored): convergence and statistics need './bomoco report "
                    + dir + "'");
        }
        return out;
    }

    /** Algorithm labels in experiment order. */
    List<String> algorithms() {
        return spec.algorithms().stream().map(a -> a.label()).toList();
    }

    /** Whether {@code label} is the composite baseline. */
    boolean baseline(String label) {
        return label.startsWith("composite");
    }

    /** Every finished run's final solutions on {@code instance}: algorithm order, then replicate, then index. */
    List<Point> points(String instance) {
        return points.computeIfAbsent(instance, this::loadPoints);
    }

    /**
     * Starts loading in the background what the explorer's first requests of {@code instance} need: the points and
     * their union front (for the picks), the compiled problem (for the current state) and the reference set. Called
     * when the page itself is served, so that the page's requests, which come after the browser has parsed Plotly,
     * find the work done or under way. Failures are left for those requests to report.
     */
    void warm(String instance) {
        CompletableFuture.runAsync(() -> union(instance));
        CompletableFuture.runAsync(() -> {
            problem(instance);
            reference(instance);
        });
    }

    /** Whether each point of {@link #points} is in the feasible union front ({@link Fronts#union}; cached). */
    boolean[] union(String instance) {
        return unions.computeIfAbsent(instance, i -> Fronts.union(points(i))).clone();
    }

    /**
     * The points of every finished run of {@code instance}, read in parallel with {@link RunFronts#read} (objectives
     * and feasibility only: the decisions, most of a placement run file, are neither decoded nor kept).
     */
    private List<Point> loadPoints(String instance) {
        List<RunKey> keys = new ArrayList<>();
        for (String a : algorithms()) {
            for (RunKey k : finished) {
                if (k.instance().equals(instance) && k.algorithm().equals(a)) {
                    keys.add(k);
                }
            }
        }
        List<RunFronts.Front> fronts = keys.parallelStream().map(this::front).toList();
        List<Point> out = new ArrayList<>();
        for (int r = 0; r < keys.size(); r++) {
            RunKey k = keys.get(r);
            RunFronts.Front f = fronts.get(r);
            String id = f.algorithmId() == null ? k.algorithm() : f.algorithmId();
            for (int i = 0; i < f.objectives().size(); i++) {
                boolean ok = i >= f.feasible().size() || f.feasible().get(i);
                out.add(new Point(k.algorithm(), id, k.replicate(), i, f.objectives().get(i), ok));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private RunFronts.Front front(RunKey k) {
        try {
            return RunFronts.read(store.file(k));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The full record of {@code k} (decisions included); the last few are kept, they can be megabytes each. */
    private RunRecord record(RunKey k) {
        synchronized (records) {
            RunRecord r = records.get(k);
            if (r != null) {
                return r;
            }
        }
        try {
            RunRecord r = store.load(k);
            synchronized (records) {
                records.put(k, r);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Objective column names of {@code instance}'s fronts. */
    List<String> objectiveColumns(String instance) {
        Optional<PlacementProblem> p = problem(instance);
        if (p.isPresent()) {
            return java.util.Arrays.stream(org.bomoco.problem.Objective.values()).map(FrontFiles::column).toList();
        }
        int m = points(instance).stream().mapToInt(x -> x.objectives().length).findFirst().orElse(0);
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= m; k++) {
            names.add("f" + k);
        }
        return names;
    }

    /** The reference set of {@code instance} (empty when the runs are not scored). */
    List<double[]> reference(String instance) {
        Results r = results();
        if (r == null || !r.references().containsKey(instance)) {
            return List.of();
        }
        return r.references().get(instance).points();
    }

    /** The compiled placement problem of {@code instance}; empty for benchmark problems. */
    Optional<PlacementProblem> problem(String instance) {
        InstanceSpec s = spec.instances().stream().filter(i -> i.name().equals(instance)).findFirst()
                .orElseThrow(() -> new InputException("instance", 0, null, "unknown instance '" + instance + "'"));
        return s.placement() ? Optional.of(loader.problem(s)) : Optional.empty();
    }

    /** The decision vector of a stored solution (placement instances only). */
    int[] decision(String instance, Point p) {
        RunRecord r = record(new RunKey(instance, p.algorithm(), p.replicate()));
        return FrontFiles.parseDecision(problem(instance).orElseThrow(), r.decisions().get(p.index()));
    }

    /** Indicator ids scored ({@code indicators.csv}); empty when unscored. */
    List<String> indicators() {
        Results r = results();
        return r == null ? List.of() : r.indicatorIds();
    }

    /** Per algorithm, per replicate, the trace of {@code indicator} on {@code instance} as (evaluations, value). */
    Map<String, List<double[][]>> traces(String instance, String indicator) {
        Map<String, List<double[][]>> out = new LinkedHashMap<>();
        Results r = results();
        if (r == null) {
            return out;
        }
        r.traces(instance, indicator).forEach((a, runs) -> {
            List<double[][]> list = new ArrayList<>();
            for (List<IndicatorTable.Row> t : runs) {
                double[][] xy = new double[t.size()][];
                for (int i = 0; i < xy.length; i++) {
                    xy[i] = new double[] {t.get(i).evaluations(), t.get(i).value()};
                }
                list.add(xy);
            }
            out.put(a, list);
        });
        return out;
    }

    /** The statistics tables of the report ({@link ReportTables#read}). */
    List<Map<String, Object>> tables() {
        return ReportTables.read(dir);
    }

    private Results results() {
        if (results == null && Files.isRegularFile(dir.resolve("indicators.csv"))) {
            synchronized (this) {
                if (results == null) {
                    results = Results.open(dir);
                }
            }
        }
        return results;
    }
}
