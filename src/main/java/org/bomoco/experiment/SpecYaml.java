package org.bomoco.experiment;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.bomoco.data.YamlProblems;
import org.bomoco.model.InputException;

/**
 * Reads a YAML file into a {@link SpecNode} tree with Jackson's YAML streaming parser, keeping each node's line
 * (Jackson's {@link JsonLocation}) and key path. Repeated keys are errors; malformed YAML becomes one
 * {@link InputException} line with SnakeYAML's message condensed and the line it points at.
 */
public final class SpecYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpecYaml() {
    }

    /** Reads and parses {@code path}; errors name {@code path} as given. */
    public static SpecNode read(Path path) {
        String file = path.toString();
        String text;
        try {
            text = org.bomoco.data.CsvTable.readBounded(path, file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, null, "file not found; check the path (relative paths start at the "
                    + "working directory)");
        } catch (IOException e) {
            throw new InputException(file, 0, null, org.bomoco.data.CsvTable.unreadable(path, e));
        }
        return parse(file, text);
    }

    /** Parses YAML {@code text}; {@code file} names it in error messages. */
    public static SpecNode parse(String file, String text) {
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            if (p.nextToken() == null) {
                throw new InputException(file, 0, null, "file is empty; see experiments/README.md for the keys");
            }
            SpecNode root = node(p, file, "", line(p.currentTokenLocation()));
            if (p.nextToken() != null) {
                throw new InputException(file, line(p.currentTokenLocation()), null,
                        "a second YAML document starts here; keep one document (remove the extra '---')");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InputException(file, problemLine(e), null, "malformed YAML ("
                    + condense(e.getOriginalMessage()) + "); check indentation, colons and quoting");
        } catch (IOException e) {
            throw new InputException(file, 0, null, "cannot parse YAML (" + condense(e.getMessage()) + ")");
        }
    }

    /** The node whose first token is the parser's current token; {@code line} is its key's line, if any. */
    private static SpecNode node(JsonParser p, String file, String path, long line) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, SpecNode> entries = SpecNode.newEntries();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                long keyLine = line(p.currentTokenLocation());
                String keyPath = SpecNode.child(path, key);
                p.nextToken();
                SpecNode previous = entries.put(key, node(p, file, keyPath, keyLine));
                if (previous != null) {
                    throw new InputException(file, keyLine, keyPath, "key given twice (first on line "
                            + previous.line() + "); keep one");
                }
            }
            return SpecNode.map(file, line, path, entries);
        }
        if (t == JsonToken.START_ARRAY) {
            List<SpecNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, file, path + "[" + items.size() + "]", line(p.currentTokenLocation())));
            }
            return SpecNode.list(file, line, path, items);
        }
        YamlProblems.requireFinite(p, file, path);
        return SpecNode.scalar(file, line, path, scalar(p, t));
    }

    private static JsonNode scalar(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            default -> NODES.nullNode();
        };
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    /** The gist of a SnakeYAML message on one line ({@link YamlProblems#gist}). */
    static String condense(String message) {
        return YamlProblems.gist(message);
    }

    /** The line of a YAML syntax error ({@link YamlProblems#line}). */
    static long problemLine(JsonProcessingException e) {
        return YamlProblems.line(e);
    }
}
