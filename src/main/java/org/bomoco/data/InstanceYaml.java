package org.bomoco.data;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.bomoco.model.InputException;

/**
 * The parsed {@code instance.yaml} of an instance directory ({@code docs/formats.md}). Read with Jackson's YAML
 * streaming parser so that every error names the 1-based line of the key at fault (from Jackson's
 * {@link JsonLocation}); unknown and repeated keys are errors.
 *
 * @param name instance name
 * @param maxMigrations migration budget, ≥ 0
 * @param forecastStart UTC start of hour 0 of the 48-hour window (on the hour)
 * @param description free text, or {@code ""} when absent
 */
record InstanceYaml(String name, int maxMigrations, Instant forecastStart, String description) {
    static final List<String> REQUIRED = List.of("name", "max_migrations", "forecast_start");
    static final List<String> OPTIONAL = List.of("description", "generator");

    /** A key's value and the line it sits on. */
    private record Entry(JsonNode value, long line) {
    }

    /** Reads and validates {@code path}. */
    static InstanceYaml read(Path path) {
        String file = path.toString();
        String text;
        try {
            text = CsvTable.readBounded(path, file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, null, "file not found; an instance directory needs an "
                    + InstanceFiles.INSTANCE_YAML + " with keys " + String.join(", ", REQUIRED));
        } catch (IOException e) {
            throw new InputException(file, 0, null, CsvTable.unreadable(path, e));
        }
        return parse(file, text);
    }

    /** Parses YAML {@code text}; {@code file} names it in error messages. */
    static InstanceYaml parse(String file, String text) {
        Map<String, Entry> entries = entries(file, text);
        for (String key : REQUIRED) {
            if (!entries.containsKey(key)) {
                throw new InputException(file, 0, key, "missing required key; add '" + key + ": ...' (required keys: "
                        + String.join(", ", REQUIRED) + ")");
            }
        }
        Entry description = entries.get("description");
        Entry generator = entries.get("generator");
        if (generator != null && !generator.value().isObject()) {
            throw new InputException(file, generator.line(), "generator",
                    "expected a mapping such as {seed: 7, workloads: 200}");
        }
        return new InstanceYaml(name(file, entries.get("name")), maxMigrations(file, entries.get("max_migrations")),
                start(file, entries.get("forecast_start")),
                description == null ? "" : text(file, "description", description));
    }

    private static Map<String, Entry> entries(String file, String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (JsonParser p = new YAMLMapper().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new InputException(file, 0, null, "file is empty; write the keys "
                        + String.join(", ", REQUIRED));
            }
            if (t != JsonToken.START_OBJECT) {
                throw new InputException(file, line(p.currentTokenLocation()), null,
                        "expected a mapping of keys (key: value), one per line");
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                long line = line(p.currentTokenLocation());
                if (!REQUIRED.contains(key) && !OPTIONAL.contains(key)) {
                    throw new InputException(file, line, key, "unknown key; the allowed keys are "
                            + String.join(", ", REQUIRED) + ", " + String.join(", ", OPTIONAL));
                }
                p.nextToken();
                YamlProblems.requireFinite(p, file, key);
                Entry previous = entries.put(key, new Entry(p.readValueAsTree(), line));
                if (previous != null) {
                    throw new InputException(file, line, key, "key given twice (first on line " + previous.line()
                            + "); keep one");
                }
            }
        } catch (JsonProcessingException e) {
            InputException nonFinite = YamlProblems.nonFinite(e, file);
            if (nonFinite != null) {
                throw nonFinite;
            }
            throw new InputException(file, YamlProblems.line(e), null, "invalid YAML ("
                    + YamlProblems.gist(e.getOriginalMessage()) + "); check indentation and quoting");
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot parse YAML (" + CsvTable.oneLine(e.getMessage()) + ")");
        }
        return entries;
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String text(String file, String key, Entry e) {
        if (!e.value().isTextual()) {
            throw new InputException(file, e.line(), key, "expected text but found " + show(e.value())
                    + "; quote the value");
        }
        return e.value().textValue();
    }

    private static String name(String file, Entry e) {
        String name = text(file, "name", e);
        if (name.isBlank()) {
            throw new InputException(file, e.line(), "name", "the name is empty; write a short name such as demo");
        }
        return name;
    }

    private static int maxMigrations(String file, Entry e) {
        JsonNode v = e.value();
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InputException(file, e.line(), "max_migrations", "expected a whole number ≥ 0 but found "
                    + show(v));
        }
        if (v.intValue() < 0) {
            throw new InputException(file, e.line(), "max_migrations", "value " + v.intValue()
                    + " is negative; write a whole number ≥ 0");
        }
        return v.intValue();
    }

    private static Instant start(String file, Entry e) {
        String s = text(file, "forecast_start", e);
        Instant start;
        try {
            start = Instant.parse(s);
        } catch (DateTimeParseException ex) {
            throw new InputException(file, e.line(), "forecast_start", "'" + CsvTable.oneLine(s)
                    + "' is not a UTC timestamp; write e.g. 2023-06-01T00:00:00Z");
        }
        if (!start.truncatedTo(ChronoUnit.HOURS).equals(start)) {
            throw new InputException(file, e.line(), "forecast_start", "'" + s
                    + "' is not on the hour; the window starts at a whole UTC hour, e.g. 2023-06-01T00:00:00Z");
        }
        return start;
    }

    private static String show(JsonNode v) {
        String kind = v.isTextual() ? "text" : v.isNumber() ? "number" : v.isBoolean() ? "boolean"
                : v.isObject() ? "a mapping" : v.isArray() ? "a list" : v.isNull() ? "nothing" : "a value";
        return v.isValueNode() && !v.isNull() ? kind + " '" + CsvTable.oneLine(v.asText()) + "'" : kind;
    }
}
