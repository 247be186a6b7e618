package org.bomoco.experiment;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.bomoco.model.InputException;
import org.bomoco.model.Provider;
import org.bomoco.problem.RegionScope;

/**
 * The {@code instances:} list of an experiment ({@code experiments/README.md}): each entry is exactly one of
 * {@code path}, {@code generate} or {@code benchmark}, with an optional unique {@code name} and an optional
 * {@code evaluations} (this instance's budget per run, replacing {@code budget.evaluations}); placement instances may
 * also set {@code scope}, {@code egress_price} and {@code max_migrations} ({@link InstanceModifiers}). Instance
 * directories are
 * checked to exist (with their {@code instance.yaml}); their contents are validated when the runner loads them.
 */
final class SpecInstances {
    static final List<String> KEYS = List.of("name", "path", "generate", "benchmark", "evaluations", "scope",
            "egress_price", "max_migrations");
    /** Keys that only placement instances take ({@link InstanceModifiers}). */
    static final List<String> MODIFIER_KEYS = KEYS.subList(5, 8);
    /** Largest {@code egress_price} multiplier accepted (a typo guard, 1000 × today's prices). */
    static final double MAX_EGRESS_PRICE = 1000;
    static final List<String> GENERATE_KEYS = List.of("workloads", "seed", "providers", "regions", "start");
    static final List<String> BENCHMARK_KEYS = List.of("problem", "objectives", "variables");
    /** Default {@code generate.start}: the window of {@code ./bomoco generate}. */
    static final Instant DEFAULT_START = Instant.parse("2023-06-01T00:00:00Z");
    /** Largest generated instance, as {@code org.bomoco.data.GeneratorSpec.MAX_WORKLOADS}. */
    static final int MAX_WORKLOADS = 1_000_000;
    /** Objective counts accepted for DTLZ and WFG. */
    static final int MAX_OBJECTIVES = 20;
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Pattern BENCHMARK = Pattern.compile("(DTLZ[1-7]|WFG[1-9]|ZDT[1-6])");
    private static final String EXAMPLE = "[{path: datasets/instances/demo}, {generate: {workloads: 200, seed: 1}}, "
            + "{benchmark: {problem: DTLZ2, objectives: 3}}]";

    private SpecInstances() {
    }

    /** The instances of the {@code instances} node, names unique (ignoring case, as file names). */
    static List<InstanceSpec> read(SpecNode node) {
        List<SpecNode> items = node.list(EXAMPLE);
        if (items.isEmpty()) {
            throw node.error("the list is empty; give at least one instance, e.g. " + EXAMPLE);
        }
        List<InstanceSpec> out = new ArrayList<>();
        Map<String, SpecNode> seen = new HashMap<>();
        for (SpecNode item : items) {
            InstanceSpec spec = instance(item);
            SpecNode previous = seen.put(spec.name().toLowerCase(Locale.ROOT), item);
            if (previous != null) {
                throw item.error("instance name '" + spec.name() + "' is already used by " + previous.path()
                        + " (line " + previous.line() + "); give each instance a distinct 'name:'");
            }
            out.add(spec);
        }
        return out;
    }

    private static InstanceSpec instance(SpecNode item) {
        Map<String, SpecNode> m = item.mapping(List.of(), KEYS, "{path: datasets/instances/demo}");
        List<String> sources = KEYS.subList(1, 4).stream().filter(m::containsKey).toList();
        if (sources.size() != 1) {
            throw item.error("give exactly one of path, generate, benchmark (found "
                    + (sources.isEmpty() ? "none" : String.join(" and ", sources)) + ")");
        }
        Path path = m.containsKey("path") ? path(m.get("path")) : null;
        GenerateSpec generate = m.containsKey("generate") ? generate(m.get("generate")) : null;
        BenchmarkSpec benchmark = m.containsKey("benchmark") ? benchmark(m.get("benchmark")) : null;
        String name;
        if (m.containsKey("name")) {
            name = name(m.get("name"), m.get("name").text());
        } else {
            name = name(m.get(sources.get(0)), derivedName(path, generate, benchmark));
        }
        long evaluations = m.containsKey("evaluations")
                ? m.get("evaluations").integer(1, SpecReader.MAX_BUDGET) : 0;
        return new InstanceSpec(name, path, generate, benchmark, evaluations, modifiers(m, benchmark != null));
    }

    /** {@code scope}, {@code egress_price}, {@code max_migrations}: refused on benchmark instances. */
    private static InstanceModifiers modifiers(Map<String, SpecNode> m, boolean benchmark) {
        for (String key : MODIFIER_KEYS) {
            if (benchmark && m.containsKey(key)) {
                throw m.get(key).error("'" + key + "' applies to placement instances (path or generate) only; "
                        + "remove it from this benchmark instance");
            }
        }
        RegionScope scope = null;
        if (m.containsKey("scope")) {
            SpecNode n = m.get("scope");
            scope = RegionScope.parse(n.text()).orElseThrow(() -> n.error("unknown scope '" + n.text()
                    + "'; use 'provider' (each workload stays with its current provider) or 'all' (any region)"));
        }
        double egress = 1;
        if (m.containsKey("egress_price")) {
            SpecNode n = m.get("egress_price");
            egress = n.number();
            if (egress < 0 || egress > MAX_EGRESS_PRICE) {
                throw n.error(egress + " is out of range; give a multiplier of the egress prices from 0 to "
                        + (int) MAX_EGRESS_PRICE + ", e.g. 2 (1 = the catalogue's prices)");
            }
        }
        int migrations = m.containsKey("max_migrations")
                ? (int) m.get("max_migrations").integer(0, Integer.MAX_VALUE) : -1;
        return new InstanceModifiers(scope, egress, migrations);
    }

    /** The default name: the directory's name, {@code gen-<workloads>-s<seed>}, or {@code <PROBLEM>-m<objectives>}. */
    static String derivedName(Path path, GenerateSpec generate, BenchmarkSpec benchmark) {
        if (path != null) {
            Path f = path.toAbsolutePath().normalize().getFileName();
            return f == null ? "" : f.toString();
        }
        if (generate != null) {
            return "gen-" + generate.workloads() + "-s" + generate.seed();
        }
        return benchmark.problem() + "-m" + benchmark.objectives()
                + (benchmark.variables() == 0 ? "" : "-n" + benchmark.variables());
    }

    private static String name(SpecNode node, String name) {
        if (!NAME.matcher(name).matches()) {
            throw node.error("instance name '" + name + "' is not usable as a file name; use letters, digits, "
                    + "'.', '_' and '-' (not starting with '.')" + (node.path().endsWith(".name") ? ""
                    : ", or give the instance a 'name:'"));
        }
        return name;
    }

    private static Path path(SpecNode node) {
        Path dir;
        try {
            dir = Path.of(node.text());
        } catch (InvalidPathException e) {
            throw node.error("'" + node.text() + "' is not a valid path (" + e.getReason() + ")");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw node.error(dir + " is a file, not an instance directory; give the directory holding its "
                    + "instance.yaml (e.g. datasets/instances/demo)");
        }
        if (!Files.isDirectory(dir)) {
            throw node.error("instance directory " + dir + " not found (relative paths start at the working "
                    + "directory " + Path.of("").toAbsolutePath() + "); fix the path or run from the repository root");
        }
        if (!Files.isRegularFile(dir.resolve("instance.yaml"))) {
            throw node.error(dir + " has no instance.yaml, so it is not an instance directory; point at one "
                    + "(e.g. datasets/instances/demo) or make one with ./bomoco generate");
        }
        return dir;
    }

    private static GenerateSpec generate(SpecNode node) {
        Map<String, SpecNode> m = node.mapping(GENERATE_KEYS.subList(0, 2), GENERATE_KEYS.subList(2, 5),
                "{workloads: 200, seed: 1}");
        int workloads = (int) m.get("workloads").integer(1, MAX_WORKLOADS);
        long seed = m.get("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE);
        List<String> providers = m.containsKey("providers") ? providers(m.get("providers"))
                : List.of("aws", "azure", "gcp");
        List<String> regions = m.containsKey("regions") ? texts(m.get("regions"), "[eu-west-1, europe-west4]")
                : List.of();
        Instant start = m.containsKey("start") ? start(m.get("start")) : DEFAULT_START;
        return new GenerateSpec(workloads, seed, providers, regions, start);
    }

    private static List<String> providers(SpecNode node) {
        List<String> out = new ArrayList<>();
        for (SpecNode item : node.list("[aws, azure, gcp]")) {
            String id = item.text();
            out.add(Provider.parse(id).orElseThrow(() -> item.error("unknown provider '" + id
                    + "'; use aws, azure or gcp")).id());
        }
        if (out.isEmpty()) {
            throw node.error("the list is empty; name at least one of aws, azure, gcp (or remove the key for all)");
        }
        return unique(node, out);
    }

    /** A list of distinct texts (region ids are checked against the catalogue when the instance is generated). */
    static List<String> texts(SpecNode node, String example) {
        List<String> out = new ArrayList<>();
        for (SpecNode item : node.list(example)) {
            out.add(item.text());
        }
        return unique(node, out);
    }

    private static List<String> unique(SpecNode node, List<String> values) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw new InputException(node.file(), node.line(), node.path() + "[" + i + "]",
                        "'" + values.get(i) + "' appears twice; list each once");
            }
        }
        return values;
    }

    private static Instant start(SpecNode node) {
        String s = node.text();
        Instant start;
        try {
            start = Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw node.error("'" + s + "' is not a UTC timestamp; write e.g. 2023-06-01T00:00:00Z");
        }
        if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
            throw node.error("'" + s + "' is not on the hour; write a whole UTC hour, e.g. 2023-06-01T00:00:00Z");
        }
        return start;
    }

    private static BenchmarkSpec benchmark(SpecNode node) {
        Map<String, SpecNode> m = node.mapping(List.of("problem"), BENCHMARK_KEYS.subList(1, 3),
                "{problem: DTLZ2, objectives: 3}");
        SpecNode p = m.get("problem");
        String problem = p.text().toUpperCase(Locale.ROOT);
        if (!BENCHMARK.matcher(problem).matches()) {
            throw p.error("unknown benchmark '" + p.text() + "'; valid: DTLZ1..DTLZ7, WFG1..WFG9, ZDT1..ZDT6");
        }
        boolean zdt = problem.startsWith("ZDT");
        int objectives;
        if (zdt) {
            objectives = m.containsKey("objectives") ? (int) m.get("objectives").integer(2, 2) : 2;
        } else if (m.containsKey("objectives")) {
            objectives = (int) m.get("objectives").integer(2, MAX_OBJECTIVES);
        } else {
            throw new InputException(node.file(), node.line(), SpecNode.child(node.path(), "objectives"),
                    "missing 'objectives' for " + problem + "; add e.g. 'objectives: 3' (2.."
                    + MAX_OBJECTIVES + ")");
        }
        int variables = m.containsKey("variables") ? (int) m.get("variables").integer(0, 100_000) : 0;
        if (variables != 0) {
            checkVariables(m.get("variables"), problem, objectives, variables);
        }
        return new BenchmarkSpec(problem, objectives, variables);
    }

    /**
     * DTLZ needs {@code n ≥ m} (k = n − m + 1 ≥ 1); WFG uses k = 2(m − 1) position variables and needs l = n − k ≥ 1
     * distance variables, even for WFG2 and WFG3 (Huband et al. 2006); ZDT needs n ≥ 2.
     */
    private static void checkVariables(SpecNode node, String problem, int m, int n) {
        if (problem.startsWith("DTLZ") && n < m) {
            throw node.error(problem + " with " + m + " objectives needs at least " + m + " variables; use 0 for "
                    + "the usual count");
        }
        int k = 2 * (m - 1);
        if (problem.startsWith("WFG") && (n <= k || (problem.matches("WFG[23]") && (n - k) % 2 != 0))) {
            throw node.error(problem + " with " + m + " objectives uses k = " + k + " position variables and needs "
                    + "n − k ≥ 1 distance variables" + (problem.matches("WFG[23]") ? ", an even number" : "")
                    + "; use 0 for the usual count (k + 20)");
        }
        if (problem.startsWith("ZDT") && n < 2) {
            throw node.error(problem + " needs at least 2 variables; use 0 for the usual count");
        }
    }
}
