package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.bomoco.model.InputException;

/**
 * One node of a YAML document with where it came from: the file, the 1-based line (of its key when it is a mapping
 * value, else of its first token) and its key path ({@code algorithms[2].population}; list indices count from 0).
 * Jackson's {@link JsonNode} tree forgets locations, so {@link SpecYaml} builds this tree from the streaming parser.
 * The typed accessors ({@link #text()}, {@link #integer}, {@link #mapping}, ...) throw one {@link InputException}
 * naming file, line and key path, and say what to write instead.
 */
public final class SpecNode {
    private final String file;
    private final long line;
    private final String path;
    private final JsonNode scalar;
    private final Map<String, SpecNode> entries;
    private final List<SpecNode> items;

    private SpecNode(String file, long line, String path, JsonNode scalar, Map<String, SpecNode> entries,
                     List<SpecNode> items) {
        this.file = file;
        this.line = line;
        this.path = path;
        this.scalar = scalar;
        this.entries = entries;
        this.items = items;
    }

    static SpecNode scalar(String file, long line, String path, JsonNode value) {
        return new SpecNode(file, line, path, value, null, null);
    }

    static SpecNode map(String file, long line, String path, Map<String, SpecNode> entries) {
        return new SpecNode(file, line, path, null, Collections.unmodifiableMap(entries), null);
    }

    static SpecNode list(String file, long line, String path, List<SpecNode> items) {
        return new SpecNode(file, line, path, null, null, List.copyOf(items));
    }

    /** The key path of {@code key} under {@code parent} ({@code ""} for the document root). */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    public long line() {
        return line;
    }

    public String path() {
        return path;
    }

    public String file() {
        return file;
    }

    public boolean isMap() {
        return entries != null;
    }

    public boolean isList() {
        return items != null;
    }

    /** An error at this node: file, line, key path and {@code problem} (which should say the fix). */
    public InputException error(String problem) {
        return new InputException(file, line, path.isEmpty() ? null : path, problem);
    }

    /**
     * This node as a mapping whose keys are all in {@code required} or {@code optional}, with every required key
     * present. Unknown keys are reported at their own line, listing the valid keys.
     */
    public Map<String, SpecNode> mapping(List<String> required, List<String> optional, String example) {
        if (!isMap()) {
            throw error("expected a mapping (key: value lines) but found " + describe() + "; write e.g. "
                    + example);
        }
        List<String> valid = new ArrayList<>(required);
        valid.addAll(optional);
        for (Map.Entry<String, SpecNode> e : entries.entrySet()) {
            String key = e.getKey();
            if (!valid.contains(key)) {
                throw e.getValue().error("unknown key '" + key + "'; valid keys here: " + String.join(", ", valid));
            }
        }
        for (String key : required) {
            if (!entries.containsKey(key)) {
                throw new InputException(file, line, child(path, key), "missing required key '" + key
                        + "'; add '" + key + ": ...'" + (path.isEmpty() ? "" : " under '" + path + "'"));
            }
        }
        return entries;
    }

    /** This node as a mapping with any keys (e.g. algorithm parameters). */
    public Map<String, SpecNode> anyMapping(String example) {
        return mapping(List.of(), List.copyOf(isMap() ? entries.keySet() : List.of()), example);
    }

    /** This node as a list. */
    public List<SpecNode> list(String example) {
        if (!isList()) {
            throw error("expected a list but found " + describe() + "; write e.g. " + example);
        }
        return items;
    }

    /** A non-empty text value; numbers are accepted as their text, booleans, lists and mappings are not. */
    public String text() {
        JsonNode v = present();
        if (!v.isTextual() && !v.isNumber()) {
            throw error("expected text but found " + describe() + "; quote the value");
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            throw error("the value is empty; give a value or remove the key");
        }
        return s;
    }

    /** A whole number in {@code [min, max]}. */
    public long integer(long min, long max) {
        JsonNode v = present();
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw error("expected a whole number but found " + describe() + "; write digits only, e.g. "
                    + Math.max(min, Math.min(max, 10)));
        }
        long x = v.longValue();
        if (x < min || x > max) {
            throw error("value " + x + " is out of range; use " + range(min, max));
        }
        return x;
    }

    /** A finite number. */
    public double number() {
        JsonNode v = present();
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw error("expected a number but found " + describe() + "; write e.g. 1.1");
        }
        return v.doubleValue();
    }

    /** A YAML boolean: {@code true} or {@code false} (not quoted, not yes/no). */
    public boolean bool() {
        JsonNode v = present();
        if (!v.isBoolean()) {
            throw error("expected true or false but found " + describe() + "; write e.g. " + path.substring(
                    path.lastIndexOf('.') + 1) + ": true");
        }
        return v.booleanValue();
    }

    /**
     * A parameter value as plain Java data: {@code Integer}, {@code Long}, {@code Double}, {@code Boolean},
     * {@code String}, or a list of those. Mappings, nested lists and empty values are rejected.
     */
    Object parameterValue(boolean allowList) {
        if (isList() && allowList) {
            List<Object> out = new ArrayList<>();
            for (SpecNode item : items) {
                out.add(item.parameterValue(false));
            }
            return List.copyOf(out);
        }
        if (isMap() || isList()) {
            throw error("expected a number, text, true/false" + (allowList ? " or a list of those" : "")
                    + " but found " + describe());
        }
        JsonNode v = present();
        if (v.isIntegralNumber()) {
            if (v.canConvertToInt()) {
                return v.intValue();
            }
            return integer(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (v.isNumber()) {
            return number();
        }
        return v.isBoolean() ? (Object) v.booleanValue() : text();
    }

    private JsonNode present() {
        if (isMap() || isList()) {
            throw error("expected a single value but found " + describe());
        }
        if (scalar == null || scalar.isNull()) {
            throw error("the key has no value; give a value or remove the key");
        }
        return scalar;
    }

    /** What this node holds, for messages: {@code text 'abc'}, {@code a list}, ... */
    public String describe() {
        if (isMap()) {
            return "a mapping";
        }
        if (isList()) {
            return "a list";
        }
        if (scalar == null || scalar.isNull()) {
            return "nothing";
        }
        String kind = scalar.isTextual() ? "text" : scalar.isNumber() ? "number" : scalar.isBoolean() ? "boolean"
                : "a value";
        String s = scalar.asText().replace("\n", "\\n");
        return kind + " '" + (s.length() > 40 ? s.substring(0, 37) + "..." : s) + "'";
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE || max == Integer.MAX_VALUE) {
            return "a whole number ≥ " + min;
        }
        return min + ".." + max;
    }

    /** A mutable map for {@link SpecYaml} to fill in document order. */
    static Map<String, SpecNode> newEntries() {
        return new LinkedHashMap<>();
    }
}
