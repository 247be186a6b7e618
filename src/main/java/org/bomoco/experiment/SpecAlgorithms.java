package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.SpecParameters;
import org.bomoco.model.InputException;

/**
 * The {@code algorithms:} list of an experiment ({@code experiments/README.md}). Ids are resolved against the
 * {@link AlgorithmRegistry} now; parameter values must be scalars or lists of scalars; parameter <em>names</em> are
 * checked now against {@link Optimizer#parameterKeys()}; value ranges by the algorithm when its first run starts.
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
    static List<AlgorithmSpec> read(SpecNode node, AlgorithmRegistry registry, long budget) {
        List<SpecNode> items = node.list(EXAMPLE);
        if (items.isEmpty()) {
            throw node.error("the list is empty; give at least one algorithm, e.g. " + EXAMPLE);
        }
        List<AlgorithmSpec> out = new ArrayList<>();
        Map<String, SpecNode> seen = new HashMap<>();
        for (SpecNode item : items) {
            AlgorithmSpec a = algorithm(item, registry, budget);
            SpecNode previous = seen.put(RunKey.safe(a.label()).toLowerCase(Locale.ROOT), item);
            if (previous != null) {
                throw item.error("label '" + a.label() + "' is already used by " + previous.path() + " (line "
                        + previous.line() + "); give each configuration a distinct 'label:'");
            }
            out.add(a);
        }
        return out;
    }

    private static AlgorithmSpec algorithm(SpecNode item, AlgorithmRegistry registry, long budget) {
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
        Map<String, Object> parameters = m.containsKey("parameters") ? parameters(m.get("parameters")) : Map.of();
        if (m.containsKey("parameters")) {
            checkKeys(optimizer, m.get("parameters"), parameters);
        }
        return new AlgorithmSpec(label, id, population, parameters);
    }

    /** Rejects an unknown parameter key at its own line ({@link Optimizer#checkParameterKeys}). */
    private static void checkKeys(Optimizer optimizer, SpecNode node, Map<String, Object> parameters) {
        try {
            Optional<List<String>> bench = optimizer.benchmarkParameterKeys();
            if (optimizer.parameterKeys().isPresent() && bench.isPresent()) {
                Set<String> either = new TreeSet<>(optimizer.parameterKeys().get());
                either.addAll(bench.get());
                SpecParameters.checkKeys(optimizer.id(), parameters.keySet(), either);
            } else if (!optimizer.supportsBenchmarks()) {
                optimizer.checkParameterKeys(parameters);
            }
        } catch (InputException e) {
            SpecNode at = e.field() == null ? node : node.anyMapping("").getOrDefault(e.field(), node);
            String message = e.getMessage();
            throw at.error(message.substring(message.indexOf("': ") + 3));
        }
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
