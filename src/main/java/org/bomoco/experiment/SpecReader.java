package org.bomoco.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.Plugins;
import org.bomoco.indicators.Indicator;
import org.bomoco.model.InputException;

/**
 * Reads an experiment YAML ({@code experiments/README.md} documents every key) into an {@link ExperimentSpec}, with
 * strict validation: unknown keys, wrong types, missing required keys, out-of-range values, unknown algorithm ids
 * and indicators, and missing instance directories are each one {@link InputException} naming the file, the line
 * and the key path (e.g. {@code algorithms[2].population}) and saying the fix. {@link #write} stores the resolved
 * spec (defaults filled in) as YAML that reads back to an equal spec.
 *
 * <p>Relative paths ({@code output}, {@code instances[i].path}, {@code reference.file}) resolve against the working
 * directory, not the YAML file's folder: the launcher is run from the repository root.
 */
public final class SpecReader {
    /**
     * Experiment-level default of the algorithm parameter of the same name
     * ({@link org.bomoco.algorithms.ParallelEvaluation#KEY}): applies to every algorithm that does not set its own.
     */
    public static final String PARALLEL_EVALUATION = "parallel_evaluation";
    /** Required top-level keys. */
    public static final List<String> REQUIRED = List.of("name", "seed", "instances", "algorithms", "budget");
    /** Optional top-level keys. */
    public static final List<String> OPTIONAL = List.of("kind", "replicates", "output", "threads", "checkpoints",
            "indicators", "reference", "control", "engine", "master", PluginSpec.KEY, PARALLEL_EVALUATION);
    /** Indicators computed when {@code indicators} is absent ({@link Indicator#DEFAULTS}). */
    public static final List<String> DEFAULT_INDICATORS = Indicator.defaultIds();
    /** Replicates when {@code replicates} is absent. */
    public static final int DEFAULT_REPLICATES = 10;
    /** Number of evenly spaced checkpoints when {@code checkpoints} is absent. */
    public static final int DEFAULT_CHECKPOINTS = 20;
    /** Largest budget accepted (evaluations per run). */
    public static final long MAX_BUDGET = 1_000_000_000_000L;
    static final int MAX_THREADS = 4096;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private SpecReader() {
    }

    /**
     * Reads {@code yaml}, resolving algorithm ids against {@link AlgorithmRegistry#standard()} plus the plug-ins of
     * its {@code plugins} key ({@link PluginSpec}).
     */
    public static ExperimentSpec read(Path yaml) {
        return read(yaml, AlgorithmRegistry.withPlugins(PluginSpec.read(yaml)));
    }

    /** Reads {@code yaml}, resolving algorithm ids against {@code registry} (generator regions unchecked). */
    public static ExperimentSpec read(Path yaml, AlgorithmRegistry registry) {
        return read(yaml, registry, null);
    }

    /**
     * Reads {@code yaml} as {@code validate} and {@code run} do: also checks the {@code generate.regions} ids
     * against the catalogue directory {@code catalogue} ({@link SpecRegions}; null skips that check).
     */
    public static ExperimentSpec read(Path yaml, AlgorithmRegistry registry, Path catalogue) {
        return read(SpecYaml.read(yaml), registry, catalogue);
    }

    /**
     * As {@link #read(Path, AlgorithmRegistry, Path)}, for a file already parsed ({@link SpecYaml#read}), so that
     * {@code run} and {@code validate} read the YAML once; messages keep the file's name and lines.
     */
    public static ExperimentSpec read(SpecNode root, AlgorithmRegistry registry, Path catalogue) {
        if (root.isMap() && root.anyMapping("").containsKey("evaluations")) {
            throw root.anyMapping("").get("evaluations").error("unknown key 'evaluations'; the budget is written "
                    + "as 'budget: {evaluations: N}'");
        }
        Map<String, SpecNode> m = root.mapping(REQUIRED, OPTIONAL, "name: quickstart (one key per line)");
        if (m.containsKey("kind") && !m.get("kind").text().equals("experiment")) {
            throw m.get("kind").error("this reader takes 'kind: experiment' (or no kind); other kinds are read by "
                    + "the evaluation studies");
        }
        String name = name(m.get("name"));
        long seed = m.get("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE);
        int replicates = m.containsKey("replicates")
                ? (int) m.get("replicates").integer(1, Integer.MAX_VALUE) : DEFAULT_REPLICATES;
        Path output = m.containsKey("output") ? output(m.get("output")) : Path.of("results", name);
        int threads = m.containsKey("threads") ? (int) m.get("threads").integer(0, MAX_THREADS) : 0;
        List<InstanceSpec> instances = SpecInstances.read(m.get("instances"));
        SpecRegions.check(m.get("instances"), instances, catalogue);
        long budget = budget(m.get("budget"));
        List<AlgorithmSpec> algorithms = SpecAlgorithms.read(m.get("algorithms"), registry, budget, instances);
        if (m.containsKey(PARALLEL_EVALUATION)) {
            algorithms = parallelEvaluation(m.get(PARALLEL_EVALUATION), algorithms);
        }
        List<Long> checkpoints = m.containsKey("checkpoints") ? checkpoints(m.get("checkpoints"), budget)
                : evenly(budget, DEFAULT_CHECKPOINTS);
        List<String> indicators = m.containsKey("indicators") ? indicators(m.get("indicators")) : DEFAULT_INDICATORS;
        ReferenceSpec reference = SpecReference.read(m.get("reference"), instances);
        String control = m.containsKey("control") ? control(m.get("control"), algorithms) : null;
        return new ExperimentSpec(name, seed, replicates, output, threads, instances, algorithms, budget,
                checkpoints, indicators, reference, control);
    }

    /**
     * Writes {@code spec} to {@code file} as YAML with every default filled in, atomically (temp file, then rename).
     * {@link #read} of the file gives an equal spec.
     */
    public static void write(ExperimentSpec spec, Path file) throws IOException {
        SpecWriter.write(spec, List.of(), file);
    }

    /**
     * As {@link #write(ExperimentSpec, Path)}, with key {@code plugins} listing the absolute paths of
     * {@code plugins} (none: no key), so that {@link #read} of the file finds the plug-in algorithms again.
     */
    public static void write(ExperimentSpec spec, List<Plugins.Entry> plugins, Path file) throws IOException {
        SpecWriter.write(spec, plugins, file);
    }

    /** The YAML text {@link #write} stores. */
    public static String toYaml(ExperimentSpec spec) {
        return SpecWriter.toYaml(spec);
    }

    /** {@code k·budget/count} rounded up, for k = 1..count, without repeats (fewer when the budget is small). */
    public static List<Long> evenly(long budget, int count) {
        Set<Long> out = new LinkedHashSet<>();
        for (int k = 1; k <= count; k++) {
            out.add(Math.max(1, (long) Math.ceil((double) budget * k / count)));
        }
        return List.copyOf(out);
    }

    /** An experiment name: letters, digits, '_' and '-' (it names the results directory). */
    public static String name(SpecNode node) {
        String name = node.text();
        if (!NAME.matcher(name).matches()) {
            throw node.error("name '" + name + "' may only hold letters, digits, '_' and '-' (it names the results "
                    + "directory); write e.g. quickstart");
        }
        return name;
    }

    /** An output directory path (it may not exist yet, but must not be a file). */
    public static Path output(SpecNode node) {
        Path p;
        try {
            p = Path.of(node.text());
        } catch (InvalidPathException e) {
            throw node.error("'" + node.text() + "' is not a valid path (" + e.getReason() + ")");
        }
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw node.error(p + " exists and is not a directory; choose a directory for the results");
        }
        return p;
    }

    private static long budget(SpecNode node) {
        Map<String, SpecNode> m = node.mapping(List.of("evaluations"), List.of(), "{evaluations: 10000}");
        return m.get("evaluations").integer(1, MAX_BUDGET);
    }

    /**
     * The top-level {@code parallel_evaluation: N} (0..{@value ParallelEvaluation#MAX_THREADS}, 0 = all cores) as the
     * parameter of every algorithm that has none of its own; the resolved spec then holds it per algorithm.
     */
    private static List<AlgorithmSpec> parallelEvaluation(SpecNode node, List<AlgorithmSpec> algorithms) {
        int n = (int) node.integer(0, ParallelEvaluation.MAX_THREADS);
        List<AlgorithmSpec> out = new ArrayList<>();
        for (AlgorithmSpec a : algorithms) {
            Map<String, Object> p = new LinkedHashMap<>(a.parameters());
            p.putIfAbsent(ParallelEvaluation.KEY, n);
            out.add(new AlgorithmSpec(a.label(), a.id(), a.population(), p));
        }
        return out;
    }

    private static List<Long> checkpoints(SpecNode node, long budget) {
        if (node.isMap()) {
            Map<String, SpecNode> m = node.mapping(List.of("every"), List.of(), "{every: 500}");
            long every = m.get("every").integer(1, budget);
            List<Long> out = new ArrayList<>();
            for (long c = every; c <= budget; c += every) {
                out.add(c);
            }
            return out;
        }
        if (!node.isList()) {
            throw node.error("expected '{every: N}' or a list of evaluation counts but found " + node.describe()
                    + "; write e.g. {every: 500} or [1000, 5000, 10000]");
        }
        List<Long> out = new ArrayList<>();
        for (SpecNode item : node.list("")) {
            long c = item.integer(1, Long.MAX_VALUE);
            if (c > budget) {
                throw item.error("checkpoint " + c + " is beyond the budget of " + budget + " evaluations; remove "
                        + "it or raise budget.evaluations");
            }
            if (!out.isEmpty() && c <= out.get(out.size() - 1)) {
                throw item.error("checkpoint " + c + " does not come after " + out.get(out.size() - 1)
                        + "; list checkpoints in strictly ascending order");
            }
            out.add(c);
        }
        return out;
    }

    private static List<String> indicators(SpecNode node) {
        List<String> out = new ArrayList<>();
        for (SpecNode item : node.list("[hypervolume, igd+]")) {
            Indicator indicator = Indicator.byId(item.text()).orElseThrow(() -> item.error("unknown indicator '"
                    + item.text() + "'; valid: " + String.join(", ", Indicator.ids())));
            String id = indicator.id();
            if (out.contains(id)) {
                throw item.error("indicator '" + id + "' is listed twice; list each once");
            }
            out.add(id);
        }
        if (out.isEmpty()) {
            throw node.error("the list is empty; name at least one of " + String.join(", ", Indicator.ids())
                    + " (or remove the key for the default " + DEFAULT_INDICATORS + ")");
        }
        return out;
    }

    private static String control(SpecNode node, List<AlgorithmSpec> algorithms) {
        String label = node.text();
        List<String> labels = algorithms.stream().map(AlgorithmSpec::label).toList();
        if (!labels.contains(label)) {
            throw node.error("'" + label + "' is not the label of any algorithm; use one of "
                    + String.join(", ", labels));
        }
        return label;
    }

    /** Rethrows {@code e} as if raised at {@code node} (for errors from other components). */
    static InputException at(SpecNode node, InputException e) {
        String prefix = e.file() + ": ";
        String message = e.getMessage();
        return node.error(message.startsWith(prefix) ? message.substring(prefix.length()) : message);
    }
}
