package org.bomoco.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bomoco.experiment.FrontFiles;
import org.bomoco.experiment.IndicatorTable;
import org.bomoco.experiment.ReferenceSet;
import org.bomoco.experiment.RunRecord;
import org.bomoco.problem.Objective;

/**
 * A results directory, read into the types {@code bomoco run} wrote it with: indicator values
 * ({@link IndicatorTable.Row}), run records with their final fronts ({@link RunRecord}), reference sets
 * ({@link ReferenceSet}) and environment facts. {@link #open} is the entry point (report, notebooks, browser app);
 * {@link Frames} gives the same data as Tablesaw tables.
 * Orders
 * (instances, algorithms, indicators) are those of first appearance in {@code indicators.csv}, then in the runs.
 *
 * @param name experiment name ({@code experiment.yaml}'s {@code name}, else the directory name)
 * @param environment {@code environment.json} flattened to key → text
 * @param indicators every row of {@code indicators.csv}
 * @param runs every stored run record (final front, trace, decisions)
 * @param references reference sets by instance
 */
public record Results(String name, Map<String, String> environment, List<IndicatorTable.Row> indicators,
                      List<RunRecord> runs, Map<String, ReferenceSet> references) {
    public Results {
        Objects.requireNonNull(name, "name");
        environment = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        indicators = List.copyOf(indicators);
        runs = List.copyOf(runs);
        references = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(references));
    }

    /**
     * Reads {@code output} (the results directory); run records of earlier versions are read too (unknown
     * properties ignored, missing lists empty).
     *
     * @throws org.bomoco.model.InputException when {@code indicators.csv} is missing or a file is malformed
     */
    public static Results open(Path output) {
        String fallback = output.toAbsolutePath().normalize().getFileName() == null ? "experiment"
                : output.toAbsolutePath().normalize().getFileName().toString();
        return new Results(ResultsReader.experimentName(output.resolve("experiment.yaml"), fallback),
                ResultsReader.environment(output.resolve("environment.json")),
                ResultsReader.indicators(output.resolve("indicators.csv")),
                ResultsReader.runs(output.resolve("runs")),
                ResultsReader.references(output));
    }

    /** Instances in order of first appearance. */
    public List<String> instances() {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        indicators.forEach(v -> s.add(v.instance()));
        runs.forEach(r -> s.add(r.key().instance()));
        return List.copyOf(s);
    }

    /** Algorithm labels that ran on {@code instance}, in order of first appearance. */
    public List<String> algorithms(String instance) {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        indicators.stream().filter(v -> v.instance().equals(instance)).forEach(v -> s.add(v.algorithm()));
        runs.stream().filter(r -> r.key().instance().equals(instance)).forEach(r -> s.add(r.key().algorithm()));
        return List.copyOf(s);
    }

    /** Algorithm labels over all instances, in order of first appearance. */
    public List<String> algorithms() {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        instances().forEach(i -> s.addAll(algorithms(i)));
        return List.copyOf(s);
    }

    /** Indicator ids present, in order of first appearance. */
    public List<String> indicatorIds() {
        LinkedHashSet<String> s = new LinkedHashSet<>();
        indicators.forEach(v -> s.add(v.indicator()));
        return List.copyOf(s);
    }

    /** Whether {@code label} is the composite baseline (its label or a run's algorithm id starts with composite). */
    public boolean baseline(String label) {
        return RunRecord.isBaseline(label) || runs.stream()
                .anyMatch(r -> r.key().algorithm().equals(label) && r.baseline());
    }

    /**
     * Each run's trace of {@code indicator} on {@code instance}: per algorithm, per replicate (ascending), the
     * values ordered by evaluations. NaN values are kept (callers skip them).
     */
    public Map<String, List<List<IndicatorTable.Row>>> traces(String instance, String indicator) {
        Map<String, Map<Integer, List<IndicatorTable.Row>>> byRun = new LinkedHashMap<>();
        for (String a : algorithms(instance)) {
            byRun.put(a, new java.util.TreeMap<>());
        }
        for (IndicatorTable.Row v : indicators) {
            if (v.instance().equals(instance) && v.indicator().equals(indicator)) {
                byRun.get(v.algorithm()).computeIfAbsent(v.replicate(), k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, List<List<IndicatorTable.Row>>> out = new LinkedHashMap<>();
        byRun.forEach((a, runsOf) -> {
            List<List<IndicatorTable.Row>> list = new ArrayList<>();
            runsOf.values().forEach(t -> {
                t.sort(Comparator.comparingLong(IndicatorTable.Row::evaluations));
                list.add(List.copyOf(t));
            });
            if (!list.isEmpty()) {
                out.put(a, list);
            }
        });
        return out;
    }

    /** Per algorithm, the final (last-checkpoint) finite values of {@code indicator}, one per run. */
    public Map<String, double[]> finalValues(String instance, String indicator) {
        Map<String, double[]> out = new LinkedHashMap<>();
        traces(instance, indicator).forEach((a, runsOf) -> out.put(a, runsOf.stream()
                .mapToDouble(t -> t.get(t.size() - 1).value()).filter(Double::isFinite).toArray()));
        return out;
    }

    /** Per algorithm, the stored final fronts of its runs on {@code instance} (replicate order). */
    public Map<String, List<RunRecord>> fronts(String instance) {
        Map<String, List<RunRecord>> out = new LinkedHashMap<>();
        runs.stream().filter(r -> r.key().instance().equals(instance))
                .sorted(Comparator.comparingInt(r -> r.key().replicate()))
                .forEach(r -> out.computeIfAbsent(r.key().algorithm(), k -> new ArrayList<>()).add(r));
        return out;
    }

    /** Objective column names of {@code instance}: the reference header, else {@code f1..fm} from its fronts. */
    public List<String> objectiveColumns(String instance) {
        ReferenceSet ref = references.get(instance);
        if (ref != null) {
            return ref.columns();
        }
        int m = runs.stream().filter(r -> r.key().instance().equals(instance) && !r.objectives().isEmpty())
                .mapToInt(r -> r.objectives().get(0).length).findFirst().orElse(0);
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= m; k++) {
            names.add("f" + k);
        }
        return names;
    }

    /** Whether {@code instance} is a placement instance (its objective columns are the front file's). */
    public boolean placement(String instance) {
        List<String> placementColumns = new ArrayList<>();
        for (Objective o : Objective.values()) {
            placementColumns.add(FrontFiles.column(o));
        }
        return objectiveColumns(instance).equals(placementColumns);
    }

    /** Axis labels with units: placement objectives as {@code cost (USD/month)}, benchmarks as {@code f1}. */
    public List<String> axisLabels(String instance) {
        List<String> labels = new ArrayList<>();
        boolean placement = placement(instance);
        List<String> columns = objectiveColumns(instance);
        for (int k = 0; k < columns.size(); k++) {
            labels.add(placement ? Objective.values()[k].id() + " (" + Objective.values()[k].unit() + ")"
                    : columns.get(k));
        }
        return labels;
    }
}
