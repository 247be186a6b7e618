package org.bomoco.data;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What a YAML syntax error (SnakeYAML's, through Jackson) says, for the one-line message of every YAML reader
 * ({@code instance.yaml}, experiment files): the line of the fault and its gist, in words.
 */
public final class YamlProblems {
    /** SnakeYAML's position line: {@code  in 'reader', line 3, column 1:}. */
    private static final Pattern MARK = Pattern.compile("\\s+in '[^']*', line (\\d+), column \\d+:?\\s*");
    private static final int MAX = 200;

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
