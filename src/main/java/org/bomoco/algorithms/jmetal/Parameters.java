package org.bomoco.algorithms.jmetal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bomoco.model.InputException;

/**
 * Typed access to {@code SolveSpec.parameters()} for one optimizer: unknown keys, wrong types and out-of-range
 * values are {@link InputException}s (file {@code "parameters"}, field = the key) that name the valid keys or
 * range. Numbers may be given as any {@link Number} or as a numeric string.
 */
final class Parameters {
    private static final String FILE = "parameters";
    private final String algorithm;
    private final Map<String, Object> values;

    private Parameters(String algorithm, Map<String, Object> values) {
        this.algorithm = algorithm;
        this.values = values;
    }

    /** Checks that every key of {@code values} is in {@code valid}. */
    static Parameters of(String algorithm, Map<String, Object> values, Set<String> valid) {
        for (String key : values.keySet()) {
            if (!valid.contains(key)) {
                throw new InputException(FILE, 0, key, "unknown parameter for " + algorithm + "; valid keys: "
                        + String.join(", ", new TreeSet<>(valid)));
            }
        }
        return new Parameters(algorithm, values);
    }

    /** A real in {@code [lo, hi]}, or {@code fallback} when absent. */
    double real(String key, double fallback, double lo, double hi) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        double d = number(key, v);
        if (!(d >= lo && d <= hi)) {
            throw new InputException(FILE, 0, key, algorithm + ": " + key + " = " + v + " is outside [" + lo + ", "
                    + hi + "]");
        }
        return d;
    }

    /** An integer in {@code [lo, hi]}, or {@code fallback} when absent. */
    int integer(String key, int fallback, int lo, int hi) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        double d = number(key, v);
        if (d != Math.rint(d)) {
            throw new InputException(FILE, 0, key, algorithm + ": " + key + " = " + v + " is not a whole number");
        }
        if (d < lo || d > hi) {
            throw new InputException(FILE, 0, key, algorithm + ": " + key + " = " + v + " is outside " + lo + ".."
                    + hi);
        }
        return (int) d;
    }

    private double number(String key, Object v) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new InputException(FILE, 0, key, algorithm + ": " + key + " must be a number, got '" + v + "'");
    }
}
