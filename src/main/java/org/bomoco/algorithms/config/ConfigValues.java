package org.bomoco.algorithms.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bomoco.model.InputException;

/**
 * The raw {@code parameters:} of one algorithm while {@link ConfigSchema#read} turns them into a record: typed
 * getters that take the default for an absent key and check type and range. Values may be numbers (YAML, the
 * API) or strings (the command line); a whole number is required where the record holds one ({@code 2.5} and
 * {@code ten} are refused, {@code 2.0} is accepted). Each error is one {@link InputException} (file
 * {@value ConfigSchema#SOURCE}, field = the key) saying what was given and what is expected.
 */
public final class ConfigValues {
    private final String algorithm;
    private final Map<String, ?> values;
    private final Set<Target> targets;
    /** Where each getter notes the key it reads, with type and default ({@link ConfigSchema#parameters}); or null. */
    private final Map<String, Parameter> notes;

    ConfigValues(String algorithm, Map<String, ?> values, Set<Target> targets) {
        this(algorithm, values, targets, null);
    }

    ConfigValues(String algorithm, Map<String, ?> values, Set<Target> targets, Map<String, Parameter> notes) {
        this.algorithm = algorithm;
        this.values = values;
        this.targets = targets;
        this.notes = notes;
    }

    private void note(String key, String type, String fallback) {
        if (notes != null) {
            notes.putIfAbsent(key, new Parameter(key, type, fallback));
        }
    }

    /** Whether {@code key} is given. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Every given value, keyed as given. */
    public Map<String, Object> values() {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(values));
    }

    /** Whether the configuration may be used on placement problems (ranges are then the placement ones). */
    public boolean placement() {
        return targets.contains(Target.PLACEMENT);
    }

    /** The raw value of {@code key} (null when absent), for values with a structure of their own. */
    public Object raw(String key) {
        note(key, "list", "none");
        return values.get(key);
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    public long whole(String key, long fallback, long min, long max) {
        note(key, "whole in " + range(min, max), format(fallback));
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
        } else if (v instanceof String s && s.trim().replace("_", "").matches("[+-]?\\d{1,18}")) {
            value = Long.parseLong(s.trim().replace("_", ""));
        } else {
            throw error(key, describe(v) + " is not a whole number; expected a whole number in " + range(min, max));
        }
        if (value < min || value > max) {
            throw error(key, value + " is out of range; expected a whole number in " + range(min, max));
        }
        return value;
    }

    /** An {@code int} in {@code [min, max]}, or {@code fallback} when absent. */
    public int integer(String key, int fallback, int min, int max) {
        return (int) whole(key, fallback, min, max);
    }

    /** A real number in {@code [min, max]} (finite), or {@code fallback} when absent. */
    public double real(String key, double fallback, double min, double max) {
        note(key, "number in " + range(min, max), format(fallback));
        Object v = values.get(key);
        return v == null ? fallback : inRange(key, number(key, v, min, max), min, max);
    }

    /**
     * One real number or a list of them, each in {@code [min, max]}; a list must have {@code length} entries when
     * {@code length > 0}. {@code fallback} (one entry) when absent.
     */
    public List<Double> reals(String key, double fallback, int length, double min, double max) {
        note(key, "number, or a list of " + (length > 0 ? Integer.toString(length) : "one per objective") + ", in "
                + range(min, max), format(fallback));
        Object v = values.get(key);
        if (v == null) {
            return List.of(fallback);
        }
        if (!(v instanceof List<?> list)) {
            return List.of(real(key, fallback, min, max));
        }
        if (list.isEmpty() || (length > 0 && list.size() != length && list.size() != 1)) {
            throw error(key, "a list of " + list.size() + " numbers; expected one number or a list of "
                    + (length > 0 ? length : "one per objective") + " in " + range(min, max));
        }
        List<Double> out = new ArrayList<>();
        for (Object item : list) {
            out.add(inRange(key, number(key, item, min, max), min, max));
        }
        return List.copyOf(out);
    }

    /** One of {@code allowed} (matched ignoring case), or {@code fallback} when absent. */
    public <E extends Enum<E>> E choice(String key, E fallback, Class<E> type) {
        note(key, String.join("|", java.util.Arrays.stream(type.getEnumConstants()).map(ConfigValues::id).toList()),
                id(fallback));
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        String s = String.valueOf(v).trim();
        for (E e : type.getEnumConstants()) {
            if (id(e).equalsIgnoreCase(s)) {
                return e;
            }
        }
        List<String> ids = java.util.Arrays.stream(type.getEnumConstants()).map(ConfigValues::id).toList();
        throw error(key, "'" + s + "' is not a valid choice; expected one of " + String.join(", ", ids));
    }

    /** The id of an enum constant as users write it: lower case. */
    static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** An error about {@code key}: file {@value ConfigSchema#SOURCE}, the algorithm, the problem. */
    public InputException error(String key, String problem) {
        return new InputException(ConfigSchema.SOURCE, 0, key, algorithm + ": " + problem);
    }

    private double number(String key, Object v, double min, double max) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw error(key, describe(v) + " is not a number; expected a number in " + range(min, max));
    }

    private double inRange(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw error(key, value + " is out of range; expected a number in " + range(min, max));
        }
        return value;
    }

    private static String describe(Object v) {
        return v instanceof String s ? "'" + s + "'" : v instanceof List<?> ? "a list" : String.valueOf(v);
    }

    private static String range(double min, double max) {
        if (max >= Integer.MAX_VALUE) {
            return "[" + format(min) + ", ∞)";
        }
        return "[" + format(min) + ", " + format(max) + "]";
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
