package org.bomoco.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.bomoco.data.AtomicFiles;
import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.data.CsvTable;
import org.bomoco.indicators.NonDominated;
import org.bomoco.indicators.Normalization;
import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * Builds, writes and reads per-instance reference sets ({@link ReferenceSet}). Sources ({@code reference.set}):
 * {@code union} — the non-dominated union of all runs' final fronts, feasible points only when any run found one;
 * {@code exact} — the front of the {@code exact} algorithm (run once; reused while {@code reference/} holds it);
 * {@code file} — a CSV with the objective columns ({@code {instance}} in its path is replaced by the instance name);
 * {@code analytic} — points on a benchmark's true front ({@link AnalyticFronts}; benchmark instances only, with
 * {@code reference.divisions}). Benchmark sets have the columns {@code f1..fm}. Points are de-duplicated, filtered to the non-dominated ones
 * (O(n²·m)) and sorted lexicographically, so the stored set does not depend on run order.
 */
public final class ReferenceSets {
    private ReferenceSets() {
    }

    /** The objective names of a placement instance (front-file columns). */
    public static List<String> placementColumns() {
        return Arrays.stream(Objective.values()).map(FrontFiles::column).toList();
    }

    /** The objective columns of {@code instance}: {@link #placementColumns()}, or {@code f1..fm} for a benchmark. */
    public static List<String> columns(InstanceSpec instance) {
        if (instance.placement()) {
            return placementColumns();
        }
        return java.util.stream.IntStream.rangeClosed(1, instance.benchmark().objectives()).mapToObj(k -> "f" + k)
                .toList();
    }

    /**
     * The reference CSV of {@code instance} under {@code reference.file}: {@code <file>/<instance>.csv} when the
     * file is a directory (the documented layout for several instances), else the file itself.
     */
    static Path referenceCsv(Path file, String instance) {
        if (java.nio.file.Files.isDirectory(file)) {
            return file.resolve(instance + ".csv");
        }
        return Path.of(file.toString().replace("{instance}", instance));
    }

    /** {@code reference/<instance>.csv}. */
    public static Path csv(Path output, String instance) {
        return output.resolve("reference").resolve(RunKey.safe(instance) + ".csv");
    }

    /** {@code reference/<instance>.json}. */
    public static Path json(Path output, String instance) {
        return output.resolve("reference").resolve(RunKey.safe(instance) + ".json");
    }

    /** The reference points of {@code instance} under {@code policy} (before normalisation). */
    static List<double[]> points(ReferenceSpec policy, InstanceSpec instance, List<RunRecord> runs,
                                 Path output, InstanceLoader loader) throws IOException {
        String field = "reference.set";
        return switch (policy.set()) {
            case "union" -> union(runs);
            case "exact" -> exact(output, instance, loader);
            case "file" -> {
                if (policy.file() == null) {
                    throw new InputException("experiment", 0, "reference.file", "set: file needs a file: give "
                            + "the CSV of reference points");
                }
                yield nonDominated(readPoints(referenceCsv(policy.file(), instance.name()), columns(instance)));
            }
            case "analytic" -> {
                if (instance.placement()) {
                    throw new InputException("experiment", 0, field, "analytic reference sets are for benchmark "
                            + "problems, but '" + instance.name() + "' is a placement instance; use union, exact or "
                            + "file");
                }
                yield nonDominated(AnalyticFronts.points(BenchmarkExecutor.problem(instance), policy.divisions()));
            }
            default -> throw new InputException("experiment", 0, field, "unknown reference set '" + policy.set()
                    + "'; use union, exact, file or analytic");
        };
    }

    /** Builds the reference set: points, bounds ({@code reference} or {@code none}) and reference point. */
    public static ReferenceSet build(ReferenceSpec policy, InstanceSpec instance, List<RunRecord> runs, Path output,
                                     InstanceLoader loader) throws IOException {
        List<double[]> pts = points(policy, instance, runs, output, loader);
        if (pts.isEmpty()) {
            throw new InputException("experiment", 0, "reference.set", "the reference set of instance '"
                    + instance.name() + "' is empty");
        }
        List<String> columns = columns(instance);
        int m = columns.size();
        double[] ideal = new double[m];
        double[] nadir = new double[m];
        switch (policy.normalization()) {
            case "reference" -> {
                Normalization n = Normalization.of(pts.toArray(double[][]::new));
                ideal = n.ideal();
                nadir = n.nadir();
            }
            case "none" -> Arrays.fill(nadir, 1.0);
            default -> throw new InputException("experiment", 0, "reference.normalization", "unknown normalization '"
                    + policy.normalization() + "'; use reference or none");
        }
        double[] ref = new double[m];
        Arrays.fill(ref, policy.point());
        return new ReferenceSet(policy.set(), columns, pts, ideal, nadir, ref);
    }

    /** The non-dominated union of the runs' final fronts (feasible points only when any is feasible). */
    static List<double[]> union(List<RunRecord> runs) {
        boolean anyFeasible = runs.stream().anyMatch(r -> r.feasible().contains(Boolean.TRUE));
        List<double[]> all = new ArrayList<>();
        for (RunRecord r : runs) {
            for (int i = 0; i < r.objectives().size(); i++) {
                if (!anyFeasible || r.feasible().get(i)) {
                    all.add(r.objectives().get(i));
                }
            }
        }
        return nonDominated(all);
    }

    private static List<double[]> exact(Path output, InstanceSpec instance, InstanceLoader loader)
            throws IOException {
        if (!instance.placement()) {
            throw new InputException("experiment", 0, "reference.set", "'exact' reference sets are for small "
                    + "placement instances, but '" + instance.name() + "' is a benchmark; use analytic or union");
        }
        Path json = json(output, instance.name());
        if (Files.isRegularFile(json) && Files.isRegularFile(csv(output, instance.name()))
                && "exact".equals(RunStore.JSON.readTree(json.toFile()).path("source").asText())) {
            return read(output, instance.name()).points();
        }
        PlacementProblem problem = loader.problem(instance);
        List<Candidate> front;
        try {
            front = AlgorithmRegistry.standard().get("exact")
                    .solve(problem, SolveSpec.of("exact", 1, 0), ProgressListener.NONE).front();
        } catch (InputException e) {
            throw new InputException("experiment", 0, "reference.set", "the exact reference set of instance '"
                    + instance.name() + "' cannot be computed (" + e.getMessage() + "); use set: union or file");
        }
        return nonDominated(front.stream().map(Candidate::objectives).toList());
    }

    /**
     * De-duplicated non-dominated points (minimisation), sorted lexicographically: {@link NonDominated#mask}, O(n log n)
     * in 2 and 3 objectives.
     */
    public static List<double[]> nonDominated(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort(Arrays::compare);
        List<double[]> unique = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || !Arrays.equals(sorted.get(i), sorted.get(i - 1))) {
                unique.add(sorted.get(i));
            }
        }
        boolean[] keep = NonDominated.mask(unique.toArray(double[][]::new));
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out.add(unique.get(i).clone());
            }
        }
        return out;
    }

    /** Writes {@code reference/<instance>.csv} and {@code .json} atomically. */
    public static void write(Path output, String instance, ReferenceSet set) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", set.columns())).append('\n');
        for (double[] p : set.points()) {
            for (int k = 0; k < p.length; k++) {
                sb.append(k == 0 ? "" : ",").append(p[k]);
            }
            sb.append('\n');
        }
        AtomicFiles.write(csv(output, instance), sb);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("source", set.source());
        meta.put("ideal", set.ideal());
        meta.put("nadir", set.nadir());
        meta.put("referencePoint", set.referencePoint());
        meta.put("points", set.points().size());
        AtomicFiles.write(json(output, instance), RunStore.JSON.writeValueAsBytes(meta));
    }

    /** Reads a stored reference set (the bounds exactly as stored). */
    public static ReferenceSet read(Path output, String instance) throws IOException {
        Path json = json(output, instance);
        Path csv = csv(output, instance);
        if (!Files.isRegularFile(json) || !Files.isRegularFile(csv)) {
            throw new IOException("the reference set of instance '" + instance + "' is missing (" + json + "); "
                    + "run the experiment again to score it");
        }
        JsonNode meta = RunStore.JSON.readTree(json.toFile());
        List<String> columns = header(csv);
        return new ReferenceSet(meta.path("source").asText(), columns, readPoints(csv, columns),
                vector(meta, "ideal", json), vector(meta, "nadir", json), vector(meta, "referencePoint", json));
    }

    private static double[] vector(JsonNode meta, String field, Path file) throws IOException {
        JsonNode a = meta.get(field);
        if (a == null || !a.isArray()) {
            throw new IOException(file + ": field '" + field + "' is missing or not an array");
        }
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).asDouble();
        }
        return v;
    }

    private static List<String> header(Path csv) throws IOException {
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            }
        }
        throw new IOException(csv + " has no header row");
    }

    /** Reads objective vectors from a CSV with exactly {@code columns} (errors name the file, line and column). */
    static List<double[]> readPoints(Path csv, List<String> columns) {
        List<double[]> out = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(csv, columns, false).rows()) {
            double[] p = new double[columns.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = row.number(columns.get(k), -Double.MAX_VALUE, Double.MAX_VALUE);
            }
            out.add(p);
        }
        return out;
    }
}
