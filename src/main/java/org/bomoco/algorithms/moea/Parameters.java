package org.bomoco.algorithms.moea;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bomoco.model.InputException;

/**
 * The algorithm-specific parameters of one {@code SolveSpec}, checked against the keys an algorithm accepts.
 * Values may be numbers or strings that parse as numbers (as they arrive from YAML or the command line); anything
 * else, or a value out of range, is an {@link InputException} naming the key (file {@code parameters}).
 */
final class Parameters {
    /** Probability that two parents are recombined (workload-uniform crossover). */
    static final String CROSSOVER_RATE = "crossoverRate";
    /** Per-variable mutation probability; 0 means 1/n for n variables. */
    static final String MUTATION_RATE = "mutationRate";
    /** Keys every algorithm of this package accepts. */
    static final List<String> COMMON = List.of(CROSSOVER_RATE, MUTATION_RATE);

    private static final String FILE = "parameters";

    private final String algorithm;
    private final Map<String, Object> values;

    private Parameters(String algorithm, Map<String, Object> values) {
        this.algorithm = algorithm;
        this.values = values;
    }

    /**
     * Checks that every key of {@code given} is one of {@link #COMMON} or {@code specific}.
     *
     * @throws InputException listing the valid keys when one is unknown
     */
    static Parameters of(String algorithm, Map<String, Object> given, List<String> specific) {
        TreeSet<String> valid = new TreeSet<>(COMMON);
        valid.addAll(specific);
        for (String key : new TreeSet<>(given.keySet())) {
            if (!valid.contains(key)) {
                throw new InputException(FILE, 0, key, "unknown parameter '" + key + "' for " + algorithm
                        + "; valid parameters: " + String.join(", ", valid));
            }
        }
        return new Parameters(algorithm, given);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** An integer in {@code [min, max]}, or {@code fallback} when absent. */
    int integer(String key, int fallback, int min, int max) {
        if (!has(key)) {
            return fallback;
        }
        double v = number(key, values.get(key));
        if (v != Math.rint(v) || v < min || v > max) {
            throw error(key, "must be an integer between " + min + " and " + max + ", got " + values.get(key));
        }
        return (int) v;
    }

    /** A number in {@code [min, max]}, or {@code fallback} when absent. */
    double real(String key, double fallback, double min, double max) {
        return has(key) ? checked(key, number(key, values.get(key)), min, max) : fallback;
    }

    /**
     * {@code length} numbers in {@code [min, max]}: one number (used for every position) or a list of
     * {@code length} numbers; {@code fallback} for every position when absent.
     */
    double[] reals(String key, double fallback, int length, double min, double max) {
        double[] out = new double[length];
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            if (list.size() != length) {
                throw error(key, "must be one number or a list of " + length + ", got " + list.size() + " values");
            }
            for (int k = 0; k < length; k++) {
                out[k] = checked(key, number(key, list.get(k)), min, max);
            }
        } else {
            java.util.Arrays.fill(out, real(key, fallback, min, max));
        }
        return out;
    }

    /** One of {@code allowed} (case-insensitive), or {@code fallback} when absent. */
    String choice(String key, String fallback, List<String> allowed) {
        if (!has(key)) {
            return fallback;
        }
        String v = String.valueOf(values.get(key)).trim();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> error(key, "must be one of " + String.join(", ", allowed) + ", got '" + v + "'"));
    }

    private double checked(String key, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw error(key, "must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    private double number(String key, Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw error(key, "must be a number, got '" + s + "'");
            }
        }
        throw error(key, "must be a number, got " + (v == null ? "nothing" : v.getClass().getSimpleName()));
    }

    private InputException error(String key, String problem) {
        return new InputException(FILE, 0, key, "parameter '" + key + "' of " + algorithm + " " + problem);
    }
}
