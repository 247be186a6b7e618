package org.bomoco.algorithms;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.bomoco.model.InputException;

/**
 * The one reader of {@link SolveSpec#parameters()}, used by every optimizer (the baselines here and both library
 * adapters), with one clear {@link InputException} per user error (file {@value #SOURCE}, field = the key):
 * {@link #of} rejects unknown keys and lists the valid ones; the typed getters take a default for an absent key and
 * a range. Values may be numbers (from YAML) or strings (from the command line) and are rejected when they do not
 * parse, are not whole where a whole number is needed, or are out of range. Also home of the budget check
 * {@link #requireBudget}.
 */
public final class SpecParameters {
    /** The {@code file} of the exceptions about parameters. */
    public static final String SOURCE = "parameters";

    private final String algorithm;
    private final Map<String, Object> values;

    private SpecParameters(String algorithm, Map<String, Object> values) {
        this.algorithm = algorithm;
        this.values = values;
    }

    /**
     * The parameters of {@code spec}, after checking that every key is in {@code valid} or is
     * {@link ParallelEvaluation#KEY} (accepted by every optimizer).
     *
     * @throws InputException naming the first unknown key (alphabetically) and listing the valid keys
     */
    public static SpecParameters of(SolveSpec spec, Collection<String> valid) {
        checkKeys(spec.algorithm(), spec.parameters().keySet(), valid);
        return new SpecParameters(spec.algorithm(), spec.parameters());
    }

    /**
     * Rejects the first key of {@code given} (alphabetically) that is not in {@code valid}.
     *
     * @throws InputException naming the key and listing the valid keys
     */
    public static void checkKeys(String algorithm, Collection<String> given, Collection<String> valid) {
        for (String key : new TreeSet<>(given)) {
            if (!valid.contains(key) && !key.equals(ParallelEvaluation.KEY)) {
                throw new InputException(SOURCE, 0, key, "unknown parameter for " + algorithm
                        + "; valid keys: " + (valid.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(valid))));
            }
        }
    }

    /**
     * Rejects a budget below one generation (file {@code evaluations}).
     *
     * @param evaluations the budget
     * @param oneGeneration the evaluations of one generation (the smallest budget accepted)
     * @param what the algorithm, as the message names it
     */
    public static void requireBudget(long evaluations, long oneGeneration, String what) {
        if (evaluations < oneGeneration) {
            throw new InputException("evaluations", 0, null, "a budget of " + evaluations + " evaluations is below "
                    + "one generation of " + what + " (" + oneGeneration + " evaluations); give at least "
                    + oneGeneration + " or a smaller population");
        }
    }

    /** {@link #requireBudget(long, long, String)} for {@code spec}'s budget and algorithm. */
    public static void requireBudget(SolveSpec spec, long oneGeneration) {
        requireBudget(spec.evaluations(), oneGeneration, spec.algorithm());
    }

    /** Whether {@code key} is given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** An integral parameter in {@code [min, max]}, or {@code fallback} when absent. */
    public long longValue(String key, long fallback, long min, long max) {
        Object v = values.get(key);
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
                throw error(key, "'" + s + "' is not a whole number");
            }
        } else {
            throw error(key, "expected a whole number, got " + v);
        }
        if (value < min || value > max) {
            throw error(key, value + " is outside " + min + ".." + max);
        }
        return value;
    }

    /** An {@code int} parameter in {@code [min, max]}, or {@code fallback} when absent. */
    public int intValue(String key, int fallback, int min, int max) {
        return (int) longValue(key, fallback, min, max);
    }

    /** A real parameter in {@code [min, max]} (so finite when the range is), or {@code fallback} when absent. */
    public double doubleValue(String key, double fallback, double min, double max) {
        Object v = values.get(key);
        return v == null ? fallback : inRange(key, number(v, key), min, max);
    }

    /**
     * {@code length} reals in {@code [min, max]}: one number (used for every position) or a list of {@code length}
     * numbers; {@code fallback} for every position when absent.
     */
    public double[] doubleValues(String key, double fallback, int length, double min, double max) {
        double[] out = new double[length];
        if (values.get(key) instanceof List<?> list) {
            if (list.size() != length) {
                throw error(key, "expected one number or a list of " + length + ", got " + list.size() + " values");
            }
            for (int k = 0; k < length; k++) {
                out[k] = inRange(key, number(list.get(k), key), min, max);
            }
        } else {
            Arrays.fill(out, doubleValue(key, fallback, min, max));
        }
        return out;
    }

    /** One of {@code allowed} (matched case-insensitively, returned as spelled there), or {@code fallback}. */
    public String choice(String key, String fallback, List<String> allowed) {
        if (!has(key)) {
            return fallback;
        }
        String v = String.valueOf(values.get(key)).trim();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> error(key, "'" + v + "' is not one of " + String.join(", ", allowed)));
    }

    private double inRange(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw error(key, value + " is outside [" + min + ", " + max + "]");
        }
        return value;
    }

    private InputException error(String key, String problem) {
        return new InputException(SOURCE, 0, key, algorithm + ": " + problem);
    }

    /** A number or a string holding one (for parameters with a structure of their own, such as weight lists). */
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
