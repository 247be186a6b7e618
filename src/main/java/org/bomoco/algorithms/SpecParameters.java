package org.bomoco.algorithms;

import java.util.Collection;
import java.util.TreeSet;

import org.bomoco.model.InputException;

/**
 * Typed reading of {@link SolveSpec#parameters()} with one clear {@link InputException} per user error (file
 * {@code parameters}, field = the key): unknown keys list the valid ones; values may be numbers (from YAML) or
 * strings (from the command line) and are rejected when they do not parse or are out of range.
 */
public final class SpecParameters {
    /** The {@code file} of the exceptions about parameters. */
    public static final String SOURCE = "parameters";

    private SpecParameters() {
    }

    /** Rejects any key of {@code spec.parameters()} not in {@code valid}. */
    public static void requireKnown(SolveSpec spec, Collection<String> valid) {
        for (String key : new TreeSet<>(spec.parameters().keySet())) {
            if (!valid.contains(key)) {
                throw new InputException(SOURCE, 0, key, "unknown parameter for " + spec.algorithm()
                        + "; valid keys: " + (valid.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(valid))));
            }
        }
    }

    /** Rejects a budget below {@code oneGeneration} evaluations (file {@code evaluations}). */
    public static void requireBudget(SolveSpec spec, long oneGeneration) {
        if (spec.evaluations() < oneGeneration) {
            throw new InputException("evaluations", 0, null, "budget " + spec.evaluations() + " is below one "
                    + "generation of " + spec.algorithm() + " (" + oneGeneration + " evaluations); raise it");
        }
    }

    /** An integral parameter in {@code [min, max]}, or {@code fallback} when absent. */
    public static long longValue(SolveSpec spec, String key, long fallback, long min, long max) {
        Object v = spec.parameters().get(key);
        if (v == null) {
            return fallback;
        }
        long value;
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            value = ((Number) v).longValue();
        } else if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) < 9e18) {
            value = (long) n.doubleValue();
        } else if (v instanceof String s) {
            try {
                value = Long.parseLong(s.trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new InputException(SOURCE, 0, key, "'" + s + "' is not a whole number");
            }
        } else {
            throw new InputException(SOURCE, 0, key, "expected a whole number, got " + v);
        }
        if (value < min || value > max) {
            throw new InputException(SOURCE, 0, key, value + " is outside " + min + ".." + max);
        }
        return value;
    }

    /** An {@code int} parameter in {@code [min, max]}, or {@code fallback} when absent. */
    public static int intValue(SolveSpec spec, String key, int fallback, int min, int max) {
        return (int) longValue(spec, key, fallback, min, max);
    }

    /** A finite real parameter in {@code [min, max]}, or {@code fallback} when absent. */
    public static double doubleValue(SolveSpec spec, String key, double fallback, double min, double max) {
        Object v = spec.parameters().get(key);
        if (v == null) {
            return fallback;
        }
        double value = number(v, key);
        if (!(value >= min && value <= max)) {
            throw new InputException(SOURCE, 0, key, value + " is outside [" + min + ", " + max + "]");
        }
        return value;
    }

    /** A number or a string holding one. */
    static double number(Object v, String key) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw new InputException(SOURCE, 0, key, "'" + s + "' is not a number");
            }
        }
        throw new InputException(SOURCE, 0, key, "expected a number, got " + v);
    }
}
