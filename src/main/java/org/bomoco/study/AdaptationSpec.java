package org.bomoco.study;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.experiment.GenerateSpec;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.experiment.SpecNode;
import org.bomoco.model.InputException;
import org.bomoco.recommend.FrontPicker;

/**
 * A {@code kind: adaptation} study file, read strictly (unknown keys, wrong types and out-of-range values are
 * {@link InputException}s naming file, line and key). Keys and defaults: {@code experiments/README.md}, section
 * "Adaptation over a week".
 *
 * @param name study name
 * @param seed master seed (weather, arrivals and every optimiser run derive from it)
 * @param output results directory
 * @param threads worker threads (0 = all processors)
 * @param instance the instance ({@code path} or {@code generate})
 * @param hours decision epochs (hours) simulated
 * @param replicates independent weeks (different actual paths and forecast errors)
 * @param algorithm resolved algorithm id
 * @param evaluations evaluations per from-scratch optimisation
 * @param warmEvaluations evaluations per warm-started optimisation of {@code warmstart}
 * @param pick the rule choosing the deployed plan from each front
 * @param strategies the strategies compared, in order
 * @param switchThreshold {@code warmstart-sticky} keeps the deployed plan unless the new pick's weighted,
 *                        range-normalised objective sum is lower by more than this (0..1)
 */
record AdaptationSpec(String name, long seed, Path output, int threads, InstanceSpec instance, int hours,
                      int replicates, String algorithm, long evaluations, long warmEvaluations,
                      FrontPicker.Method pick, List<AdaptationStrategy> strategies, double switchThreshold) {
    static final List<String> KEYS = List.of("name", "kind", "seed", "instance", "output", "threads", "hours",
            "replicates", "algorithm", "evaluations", "warm_evaluations", "pick", "strategies",
            "switch_threshold", "engine", "master");
    static final int MAX_HOURS = 24 * 366;
    /** Default {@code switch_threshold}: a new plan must be 5% of the front's ranges better to replace the old. */
    static final double DEFAULT_SWITCH_THRESHOLD = 0.05;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Instant DEFAULT_START = Instant.parse("2023-06-01T00:00:00Z");

    AdaptationSpec {
        strategies = List.copyOf(strategies);
    }

    /** Reads and validates the root of an adaptation study. */
    static AdaptationSpec read(SpecNode root) {
        Map<String, SpecNode> m = root.mapping(List.of("name", "kind", "seed", "instance"), KEYS.subList(4,
                KEYS.size()), "name: week\\nkind: adaptation\\nseed: 1\\ninstance: {generate: {workloads: 30, seed: 1}}");
        String name = m.get("name").text();
        if (!NAME.matcher(name).matches()) {
            throw m.get("name").error("name '" + name + "' may hold only letters, digits, '_' and '-'");
        }
        long seed = m.get("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE);
        Path output = m.containsKey("output") ? path(m.get("output")) : Path.of("results", name);
        int threads = m.containsKey("threads") ? (int) m.get("threads").integer(0, 4096) : 0;
        InstanceSpec instance = instance(m.get("instance"));
        int hours = m.containsKey("hours") ? (int) m.get("hours").integer(1, MAX_HOURS) : 168;
        int replicates = m.containsKey("replicates") ? (int) m.get("replicates").integer(1, 10_000) : 5;
        String algorithm = m.containsKey("algorithm") ? algorithm(m.get("algorithm")) : "nsga2@moea";
        long evaluations = m.containsKey("evaluations") ? m.get("evaluations").integer(1, 100_000_000) : 4000;
        long warm = m.containsKey("warm_evaluations") ? m.get("warm_evaluations").integer(1, 100_000_000)
                : Math.max(1, evaluations / 2);
        FrontPicker.Method pick = m.containsKey("pick") ? pick(m.get("pick")) : FrontPicker.Method.KNEE;
        List<AdaptationStrategy> strategies = m.containsKey("strategies") ? strategies(m.get("strategies"))
                : List.of(AdaptationStrategy.values());
        if (strategies.stream().anyMatch(AdaptationStrategy::warm)
                && !AlgorithmRegistry.standard().get(algorithm).supportsInitialPopulation()) {
            throw (m.containsKey("algorithm") ? m.get("algorithm") : root).error("algorithm " + algorithm
                    + " cannot start from a given population, which the warm-start strategies need; use an "
                    + "algorithm of MOEA Framework (e.g. nsga2@moea) or drop warmstart from 'strategies'");
        }
        double threshold = DEFAULT_SWITCH_THRESHOLD;
        if (m.containsKey("switch_threshold")) {
            threshold = m.get("switch_threshold").number();
            if (threshold < 0 || threshold > 1) {
                throw m.get("switch_threshold").error("must be in [0, 1]; write e.g. switch_threshold: 0.05");
            }
        }
        return new AdaptationSpec(name, seed, output, threads, instance, hours, replicates, algorithm, evaluations,
                warm, pick, strategies, threshold);
    }

    private static Path path(SpecNode node) {
        try {
            Path p = Path.of(node.text());
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw node.error(p + " is a file; give a directory for the results");
            }
            return p;
        } catch (InvalidPathException e) {
            throw node.error("'" + node.text() + "' is not a valid path (" + e.getReason() + ")");
        }
    }

    private static InstanceSpec instance(SpecNode node) {
        Map<String, SpecNode> m = node.mapping(List.of(), List.of("path", "generate"),
                "{generate: {workloads: 30, seed: 1}}");
        if (m.size() != 1) {
            throw node.error("give exactly one of path, generate");
        }
        if (m.containsKey("path")) {
            Path dir = path(m.get("path"));
            if (!Files.isRegularFile(dir.resolve("instance.yaml"))) {
                throw m.get("path").error(dir + " is not an instance directory (no instance.yaml); fix the path "
                        + "(relative to the working directory) or use generate");
            }
            return new InstanceSpec(dir.getFileName() == null ? "instance" : dir.getFileName().toString(), dir,
                    null, null);
        }
        SpecNode g = m.get("generate");
        Map<String, SpecNode> gm = g.mapping(List.of("workloads", "seed"), List.of("start"),
                "{workloads: 30, seed: 1}");
        int workloads = (int) gm.get("workloads").integer(1, 100_000);
        long seed = gm.get("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE);
        Instant start = gm.containsKey("start") ? start(gm.get("start")) : DEFAULT_START;
        return new InstanceSpec("gen-" + workloads + "-s" + seed, null,
                new GenerateSpec(workloads, seed, List.of(), List.of(), start), null);
    }

    private static Instant start(SpecNode node) {
        try {
            Instant t = Instant.parse(node.text());
            if (t.truncatedTo(ChronoUnit.HOURS).equals(t)) {
                return t;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw node.error("'" + node.text() + "' is not a whole UTC hour; write e.g. 2023-06-01T00:00:00Z");
    }

    private static String algorithm(SpecNode node) {
        try {
            Optimizer o = AlgorithmRegistry.standard().get(node.text());
            return o.id();
        } catch (InputException e) {
            throw node.error(e.getMessage().replaceFirst("^--algorithm: ", ""));
        }
    }

    private static FrontPicker.Method pick(SpecNode node) {
        return FrontPicker.Method.parse(node.text()).orElseThrow(() -> node.error("unknown pick rule '"
                + node.text() + "'; use knee, compromise or weights"));
    }

    private static List<AdaptationStrategy> strategies(SpecNode node) {
        List<AdaptationStrategy> out = new ArrayList<>();
        List<SpecNode> items = node.list("[static, reoptimise, warmstart]");
        for (SpecNode item : items) {
            AdaptationStrategy s = AdaptationStrategy.parse(item.text()).orElseThrow(() -> item.error(
                    "unknown strategy '" + item.text() + "'; use " + AdaptationStrategy.ids()));
            if (out.contains(s)) {
                throw item.error("strategy '" + s.id() + "' appears twice; list each once");
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            throw node.error("the list is empty; give at least one of " + AdaptationStrategy.ids());
        }
        return out;
    }

    /** The evaluations of one optimisation of {@code strategy} at epoch {@code hour}. */
    long budget(AdaptationStrategy strategy, int hour) {
        return (strategy == AdaptationStrategy.WARMSTART || strategy == AdaptationStrategy.WARMSTART_STICKY)
                && hour > 0 ? warmEvaluations : evaluations;
    }

    /**
     * The resolved configuration as YAML (every default spelled out); its hash guards the output directory.
     * {@code threads} is left out: it does not change any result.
     */
    String toYaml() {
        StringBuilder sb = new StringBuilder();
        sb.append("name: ").append(name).append('\n').append("kind: adaptation\n");
        sb.append("seed: ").append(seed).append('\n');
        sb.append("output: \"").append(output.toString().replace("\\", "/")).append("\"\n");
        if (instance.path() != null) {
            sb.append("instance: {path: \"").append(instance.path().toString().replace("\\", "/")).append("\"}\n");
        } else {
            GenerateSpec g = instance.generate();
            sb.append("instance: {generate: {workloads: ").append(g.workloads()).append(", seed: ")
                    .append(g.seed()).append(", start: \"").append(g.start()).append("\"}}\n");
        }
        sb.append("hours: ").append(hours).append('\n');
        sb.append("replicates: ").append(replicates).append('\n');
        sb.append("algorithm: ").append(algorithm).append('\n');
        sb.append("evaluations: ").append(evaluations).append('\n');
        sb.append("warm_evaluations: ").append(warmEvaluations).append('\n');
        sb.append("pick: ").append(pick.id()).append('\n');
        sb.append("strategies: [").append(String.join(", ", strategies.stream().map(AdaptationStrategy::id)
                .toList())).append("]\n");
        sb.append("switch_threshold: ").append(switchThreshold).append('\n');
        return sb.toString();
    }
}
