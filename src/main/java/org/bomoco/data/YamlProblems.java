package org.bomoco.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import org.bomoco.model.InputException;

/**
 * What a YAML syntax error (SnakeYAML's, through Jackson) says, for the one-line message of every YAML reader
 * ({@code instance.yaml}, experiment files): the line of the fault and its gist, in words.
 */
public final class YamlProblems {
    /** SnakeYAML's position line: {@code  in 'reader', line 3, column 1:}. */
    private static final Pattern MARK = Pattern.compile("\\s+in '[^']*', line (\\d+), column \\d+:?\\s*");
    private static final int MAX = 200;
    /** YAML 1.1's spellings of NaN and infinity, which Jackson types as floats but cannot convert. */
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");

    private YamlProblems() {
    }

    /**
     * The line SnakeYAML's problem mark names (the last {@code line N} mark of the message), else Jackson's location:
     * Jackson reports where its last token started, often lines before the fault.
     */
    public static long line(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        long line = location == null ? 0 : Math.max(0, location.getLineNr());
        for (String l : String.valueOf(e.getOriginalMessage()).split("\\R")) {
            Matcher mark = MARK.matcher(l);
            if (mark.matches()) {
                line = Long.parseLong(mark.group(1));
            }
        }
        return line;
    }

    /**
     * Refuses a float scalar that is not a finite number: YAML's {@code .nan}, {@code .inf}, {@code -.inf} (which
     * Jackson cannot convert, and would report as a malformed number) and a literal beyond the range of a double
     * such as {@code 1e400} (which would become infinity). Call with the parser on a {@link JsonToken#VALUE_NUMBER_FLOAT}
     * before reading its value.
     *
     * @param field the key path, named in the message
     * @throws InputException naming {@code file}, the value's line and {@code field}
     */
    public static void requireFinite(JsonParser p, String file, String field) throws java.io.IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            return;
        }
        String text = p.getText().strip();
        JsonLocation at = p.currentTokenLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        if (NON_FINITE.matcher(text).matches()) {
            throw new InputException(file, line, field, "'" + text + "' is " + (text.toLowerCase(java.util.Locale.ROOT)
                    .contains("nan") ? "NaN (not a number)" : "infinity") + ", which is not allowed; write a finite "
                    + "number");
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(file, line, field, "'" + text + "' is not a number; write e.g. 1.5");
        }
        if (!Double.isFinite(v)) {
            throw new InputException(file, line, field, "'" + text + "' is too large for a number (it would be "
                    + "infinity), which is not allowed; write a finite number");
        }
    }

    /**
     * For a failure of Jackson while converting a float deeper in a value read as a tree (e.g. {@code .nan} inside a
     * mapping), the {@link #requireFinite} error naming the key Jackson was at; {@code null} for any other failure.
     */
    public static InputException nonFinite(JsonProcessingException e, String file) {
        if (e.getProcessor() instanceof JsonParser p && p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            try {
                requireFinite(p, file, p.currentName());
            } catch (InputException found) {
                return found;
            } catch (java.io.IOException | RuntimeException ignored) {
                return null;
            }
        }
        return null;
    }

    /**
     * The gist of a SnakeYAML message on one line: its unindented lines, each followed by the line its
     * {@code in 'reader', line N, column C:} mark names, without the source excerpts; a tab used for indentation is
     * said in words.
     */
    public static String gist(String message) {
        String m = String.valueOf(message);
        if (m.contains("\\t(TAB)")) {
            return "a TAB character where YAML expects spaces; indent with spaces only";
        }
        StringBuilder sb = new StringBuilder();
        for (String l : m.split("\\R")) {
            Matcher mark = MARK.matcher(l);
            if (mark.matches()) {
                sb.append(" (line ").append(mark.group(1)).append(')');
            } else if (!l.isBlank() && !Character.isWhitespace(l.charAt(0))) {
                sb.append(sb.length() == 0 ? "" : ", ").append(l.strip());
            }
        }
        String s = sb.toString();
        return s.length() > MAX ? s.substring(0, MAX - 3) + "..." : s;
    }
}
