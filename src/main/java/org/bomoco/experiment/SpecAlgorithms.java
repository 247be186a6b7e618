package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.config.Target;
import org.bomoco.model.InputException;

/**
 * The {@code algorithms:} list of an experiment ({@code experiments/README.md}). Ids are resolved against the
 * {@link AlgorithmRegistry} now; parameter values must be scalars or lists of scalars; parameters are read now into
 * the algorithm's typed configuration ({@link Optimizer#configure}: names, types and ranges, for the kinds of
 * instance the experiment has), and each algorithm must apply to every benchmark instance
 * ({@link Optimizer#checkBenchmark}) and pass the checks of each kind of run it will make ({@link Optimizer#check});
 * every error names the file, the line and the key.
 */
final class SpecAlgorithms {
    static final List<String> KEYS = List.of("id", "label", "population", "parameters");
    /** Longest label (labels name directories and figure legends). */
    static final int MAX_LABEL = 60;
    private static final String EXAMPLE = "[{id: nsga2@moea}, {id: random}]";

    private SpecAlgorithms() {
    }

    /**
     * The algorithms of the {@code algorithms} node. Labels are unique, also after {@link RunKey#path()} turns them
     * into directory names and ignoring case; a population larger than {@code budget} is an error.
     */
    static List<AlgorithmSpec> read(SpecNode node, AlgorithmRegistry registry, long budget,
                                    List<InstanceSpec> instances) {
        List<SpecNode> items = node.list(EXAMPLE);
        if (items.isEmpty()) {
            throw node.error("the list is empty; give at least one algorithm, e.g. " + EXAMPLE);
        }
        List<AlgorithmSpec> out = new ArrayList<>();
        Map<String, SpecNode> seen = new HashMap<>();
        for (SpecNode item : items) {
            AlgorithmSpec a = algorithm(item, registry, budget, instances);
            SpecNode previous = seen.put(RunKey.safe(a.label()).toLowerCase(Locale.ROOT), item);
            if (previous != null) {
                throw item.error("label '" + a.label() + "' is already used by " + previous.path() + " (line "
                        + previous.line() + "); give each configuration a distinct 'label:'");
            }
            out.add(a);
        }
        return out;
    }

    private static AlgorithmSpec algorithm(SpecNode item, AlgorithmRegistry registry, long budget,
                                           List<InstanceSpec> instances) {
        Map<String, SpecNode> m = item.mapping(List.of("id"), KEYS.subList(1, 4), "{id: nsga2@moea, population: 100}");
        SpecNode idNode = m.get("id");
        String id = idNode.text();
        Optimizer optimizer;
        try {
            optimizer = registry.get(id);
        } catch (InputException e) {
            throw SpecReader.at(idNode, e);
        }
        String label = m.containsKey("label") ? label(m.get("label")) : id;
        int population = 0;
        if (m.containsKey("population")) {
            SpecNode p = m.get("population");
            population = (int) p.integer(0, Integer.MAX_VALUE);
            if (population > budget) {
                throw p.error("population " + population + " is larger than the budget of " + budget
                        + " evaluations, so not even one generation fits; lower it or raise budget.evaluations");
            }
        }
        checkApplicable(optimizer, idNode, instances);
        Map<String, Object> parameters = m.containsKey("parameters") ? parameters(m.get("parameters")) : Map.of();
        SpecNode at = m.containsKey("parameters") ? m.get("parameters") : item;
        configure(optimizer, at, parameters, instances);
        checkRuns(optimizer, new RunNodes(item, at, m.get("population")), parameters, population, budget, instances);
        return new AlgorithmSpec(label, id, population, parameters);
    }

    /** Where {@link #checkRuns} reports: the algorithm, its parameters (or the algorithm) and its population. */
    private record RunNodes(SpecNode item, SpecNode parameters, SpecNode population) {
        /** The node of the key an exception names: a parameter, the population, else the algorithm. */
        SpecNode of(InputException e) {
            if (e.field() != null && parameters.isMap() && parameters.anyMapping("").containsKey(e.field())) {
                return parameters.anyMapping("").get(e.field());
            }
            return "population".equals(e.file()) && population != null ? population : item;
        }
    }

    /**
     * Checks, now, each kind of run the algorithm will make ({@link Optimizer#check}: on placement problems, and at
     * each benchmark's number of objectives, with each instance's budget), so that SPEA2's {@code k} against the
     * population, an ε vector against the objectives, a lattice too large or a budget below one generation fail
     * at load, at the key's line, naming the instance.
     */
    private static void checkRuns(Optimizer optimizer, RunNodes nodes, Map<String, Object> parameters,
                                  int population, long budget, List<InstanceSpec> instances) {
        Set<RunShape> seen = new HashSet<>();
        for (InstanceSpec i : instances) {
            long evaluations = i.budget(budget);
            RunShape shape = i.placement() ? RunShape.placement(population, evaluations)
                    : RunShape.benchmark(BenchmarkExecutor.problem(i).objectives(), population, evaluations);
            if (!seen.add(shape)) {
                continue;
            }
            try {
                optimizer.check(optimizer.configure(forTarget(optimizer, parameters, shape.target()),
                        Set.of(shape.target())), shape);
            } catch (InputException e) {
                throw nodes.of(e).error("instance '" + i.name() + "': " + problem(e));
            }
        }
    }

    /**
     * The parameters of {@code optimizer} for its runs on {@code target}: in an experiment that mixes placement and
     * benchmark instances, the keys valid only on the other kind (accepted on load, {@link #targets}) are left out;
     * every other key is kept, so that an unknown one still fails (a spec not read from a file).
     */
    static Map<String, Object> forTarget(Optimizer optimizer, Map<String, Object> parameters, Target target) {
        java.util.Optional<List<String>> here = optimizer.configSchema().keys(Set.of(target));
        java.util.Optional<List<String>> all = optimizer.configSchema().keys(Target.BOTH);
        if (here.isEmpty() || all.isEmpty()) {
            return parameters;
        }
        Map<String, Object> out = new LinkedHashMap<>(parameters);
        out.keySet().removeIf(k -> all.get().contains(k) && !here.get().contains(k));
        return out;
    }

    /** The kinds of problem the experiment's instances are. */
    static Set<Target> targets(List<InstanceSpec> instances) {
        Set<Target> out = EnumSet.noneOf(Target.class);
        for (InstanceSpec i : instances) {
            out.add(i.placement() ? Target.PLACEMENT : Target.BENCHMARK);
        }
        return out.isEmpty() ? Target.PLACEMENT_ONLY : out;
    }

    /**
     * Reads the parameters into the optimizer's typed configuration ({@link Optimizer#configure}), so that an
     * unknown key, an ill-typed or an out-of-range value fails now, at the key's own line.
     */
    private static void configure(Optimizer optimizer, SpecNode node, Map<String, Object> parameters,
                                  List<InstanceSpec> instances) {
        try {
            optimizer.configure(parameters, targets(instances));
        } catch (InputException e) {
            SpecNode at = e.field() == null || !node.isMap() ? node
                    : node.anyMapping("").getOrDefault(e.field(), node);
            throw at.error(problem(e));
        }
    }

    /** Refuses, at the algorithm's id, an algorithm that cannot solve one of the benchmark instances. */
    private static void checkApplicable(Optimizer optimizer, SpecNode idNode, List<InstanceSpec> instances) {
        for (InstanceSpec i : instances) {
            if (!i.placement()) {
                try {
                    optimizer.checkBenchmark(BenchmarkExecutor.problem(i));
                } catch (InputException e) {
                    throw idNode.error("instance '" + i.name() + "': " + problem(e));
                }
            }
        }
    }

    /** The problem part of an exception's message (without its file, line and field). */
    static String problem(InputException e) {
        String prefix = new InputException(e.file(), e.line(), e.field(), "").getMessage();
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String label(SpecNode node) {
        String label = node.text();
        if (label.length() > MAX_LABEL || label.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
            throw node.error("label '" + label + "' must be at most " + MAX_LABEL + " characters without '/', '\\' "
                    + "or control characters; shorten it");
        }
        return label;
    }

    private static Map<String, Object> parameters(SpecNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, SpecNode> e : node.anyMapping("{crossoverRate: 0.9}").entrySet()) {
            out.put(e.getKey(), e.getValue().parameterValue(true));
        }
        return out;
    }
}
