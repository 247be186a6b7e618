package org.bomoco.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bomoco.model.InputException;

/**
 * A CSV file read whole, with its header checked against the expected columns and typed, validated access to
 * cells. Every error is an {@link InputException} naming the file, the line and the column.
 *
 * <p>Parsing is done by Apache Commons CSV (RFC 4180 quoting; {@code #} comment lines; blank lines skipped).
 */
public final class CsvTable {
    /** Longest line accepted (characters): longer lines are refused before parsing. */
    public static final int MAX_LINE = 65_536;
    /**
     * How far a too-long line is read to report its length: beyond this the reader stops at once (a file without
     * line ends, such as {@code /dev/zero}, is refused instead of being read until memory runs out).
     */
    public static final int MAX_SCAN = 16 * MAX_LINE;
    /** Longest cell accepted (characters). */
    public static final int MAX_CELL = 4_096;
    /** Longest number accepted (characters): enough for any double written in full. */
    public static final int MAX_NUMBER = 64;

    private final String file;
    private final Map<String, Integer> index;
    private final List<CSVRecord> rows;
    private final long[] rowLines;

    private CsvTable(String file, Map<String, Integer> index, List<CSVRecord> rows, long[] rowLines) {
        this.file = file;
        this.index = index;
        this.rows = rows;
        this.rowLines = rowLines;
    }

    /**
     * Reads {@code path}, requiring exactly the {@code columns} (in any order) in its header.
     *
     * @param allowEmpty whether a file with a header and no data rows is acceptable
     */
    public static CsvTable read(Path path, List<String> columns, boolean allowEmpty) {
        String name = path.toString();
        try {
            return parse(name, readBounded(path, name), columns, allowEmpty);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(name, 0, null, "file is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, null, "file not found; expected a CSV with columns "
                    + String.join(",", columns));
        } catch (IOException e) {
            throw new InputException(name, 0, null, unreadable(path, e));
        }
    }

    /** Parses CSV {@code text}; {@code name} is used in error messages. */
    public static CsvTable parse(String name, String text, List<String> columns, boolean allowEmpty) {
        Lines lines = new Lines(text);
        lines.requireShort(name);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            records = parser.getRecords();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw malformed(name, e);
        }
        if (records.isEmpty()) {
            throw new InputException(name, 0, null, "file is empty; expected a header row with columns "
                    + String.join(",", columns));
        }
        CSVRecord header = records.get(0);
        requireCommaSeparated(name, header, lines.of(header), columns);
        Map<String, Integer> index = headerIndex(name, header, lines.of(header), columns);
        List<CSVRecord> rows = records.subList(1, records.size());
        long[] rowLines = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord r = rows.get(i);
            rowLines[i] = lines.of(r);
            requireShortCells(name, r, rowLines[i], header);
            if (r.size() != header.size()) {
                throw new InputException(name, rowLines[i], null, "row has " + r.size()
                        + " cells but the header has " + header.size() + "; write one cell per column");
            }
        }
        if (rows.isEmpty() && !allowEmpty) {
            throw new InputException(name, 0, null, "file has a header but no data rows; add at least one row");
        }
        return new CsvTable(name, index, Collections.unmodifiableList(new ArrayList<>(rows)), rowLines);
    }

    /** A one-cell header holding ';' or a tab is a file written with another separator: name it. */
    private static void requireCommaSeparated(String name, CSVRecord header, long line, List<String> columns) {
        if (header.size() != 1 || columns.size() < 2) {
            return;
        }
        String h = header.get(0);
        String sep = h.contains(";") ? "';'" : h.contains("\t") ? "a tab" : null;
        if (sep != null) {
            throw new InputException(name, line, null, "the header is separated by " + sep + " (a spreadsheet "
                    + "export in another locale?); write ',' between columns " + String.join(",", columns)
                    + " and '.' as the decimal point");
        }
    }

    /**
     * The UTF-8 text of {@code path}, refusing a line longer than {@link #MAX_SCAN} characters as soon as it is read
     * (the exact length of shorter over-long lines is reported by {@link Lines#requireShort}); every text reader
     * (CSV, instance.yaml, experiment files) reads through it.
     */
    public static String readBounded(Path path, String name) throws IOException {
        try (java.io.Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1 << 16];
            long line = 1;
            int run = 0;
            for (int n; (n = in.read(buf)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line++;
                        run = 0;
                    } else if (++run > MAX_SCAN) {
                        throw new InputException(name, line, null, tooLong(MAX_SCAN));
                    }
                }
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    /** The message for a line of more than {@code scanned} characters, whose end was not read. */
    public static String tooLong(int scanned) {
        return String.format(java.util.Locale.ROOT, "line has more than %,d characters; at most %d are "
                + "allowed (a cell at most %d)", scanned, MAX_LINE, MAX_CELL);
    }

    /** Commons CSV's parse failure in words, at the line it names, without its class names. */
    static InputException malformed(String name, Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String msg = String.valueOf(t.getMessage()).replaceAll("^([a-z]\\w*\\.)+\\w*(Exception|Error): ", "");
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?:startline|line):? (\\d+)").matcher(msg);
        long line = at.find() ? Long.parseLong(at.group(1)) : 0;
        String why;
        if (msg.contains("EOF reached before encapsulated token finished")) {
            why = "a quoted cell opened here is never closed; close its quote (\") or remove it";
        } else if (msg.matches("(?s).*Invalid char(acter)? between encapsulated token and delimiter.*")) {
            why = "text follows a closing quote (\") in a cell; quote the whole cell and write a quote inside it "
                    + "as \"\"";
        } else {
            why = "malformed CSV (" + oneLine(msg.replaceAll("\\(?(?:startline|at line):? \\d+\\)?", "").strip())
                    + "); check the quoting of cells";
        }
        return new InputException(name, line, null, why);
    }

    private static void requireShortCells(String name, CSVRecord r, long line, CSVRecord header) {
        for (int c = 0; c < r.size(); c++) {
            if (r.get(c).length() > MAX_CELL) {
                String column = c < header.size() && !stripBom(header.get(c)).isBlank()
                        ? stripBom(header.get(c)).trim() : "column " + (c + 1);
                throw new InputException(name, line, column, "cell has " + r.get(c).length()
                        + " characters; at most " + MAX_CELL + " are allowed");
            }
        }
    }

    /** Maps each expected column to its position in {@code header}, rejecting extra, repeated and missing ones. */
    private static Map<String, Integer> headerIndex(String name, CSVRecord header, long line, List<String> columns) {
        Map<String, Integer> index = new HashMap<>();
        Set<String> extra = new LinkedHashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String col = stripBom(header.get(c)).trim();
            if (!columns.contains(col)) {
                extra.add(col);
            } else if (index.putIfAbsent(col, c) != null) {
                throw new InputException(name, line, col, "column appears twice in the header; keep one");
            }
        }
        if (!extra.isEmpty()) {
            throw new InputException(name, line, String.join(",", extra),
                    "unexpected column; the expected columns are " + String.join(",", columns));
        }
        for (String col : columns) {
            if (!index.containsKey(col)) {
                throw new InputException(name, line, col,
                        "missing column; the expected columns are " + String.join(",", columns));
            }
        }
        return index;
    }

    /**
     * Why {@code path} could not be read, in words and without repeating the path or naming a Java class (the
     * message of every reader's {@code cannot read file}): a directory where a file was expected, a path through a
     * file, permission denied, or the operating system's reason.
     */
    public static String unreadable(Path path, IOException e) {
        if (Files.isDirectory(path)) {
            return "is a directory, not a file; give the file";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "file is not UTF-8 text; save it as UTF-8";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied; make the file readable";
        }
        String why = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            return "cannot read file";
        }
        if (why.strip().equalsIgnoreCase("Not a directory")) {
            return "cannot read file: a part of the path before the file name is a file, not a directory";
        }
        return "cannot read file: " + oneLine(why.strip().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + why.strip().substring(1));
    }

    /** Makes {@code s} safe to show inside a one-line message (line breaks escaped, long values cut). */
    static String oneLine(String s) {
        String t = String.valueOf(s).replace("\r", "\\r").replace("\n", "\\n");
        return t.length() > 80 ? t.substring(0, 77) + "..." : t;
    }

    private static String stripBom(String s) {
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Line numbers of a text, for locating records. */
    private static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The 1-based line on which {@code r}'s data starts: the line of its character offset, moved past the
         * comment and blank lines that Commons CSV counts as part of the record.
         */
        long of(CSVRecord r) {
            int i = Arrays.binarySearch(starts, (int) r.getCharacterPosition());
            int line = i >= 0 ? i : -i - 2;
            while (line + 1 < starts.length && skippable(line)) {
                line++;
            }
            return line + 1L;
        }

        /** Refuses a line longer than {@link #MAX_LINE}, before the parser reads it. */
        void requireShort(String name) {
            for (int i = 0; i < starts.length; i++) {
                int end = i + 1 < starts.length ? starts[i + 1] : text.length();
                if (end - starts[i] > MAX_LINE + 2) {
                    throw new InputException(name, i + 1L, null, "line has " + (end - starts[i]) + " characters; at "
                            + "most " + MAX_LINE + " are allowed (a cell at most " + MAX_CELL + ")");
                }
            }
        }

        private boolean skippable(int line) {
            int end = line + 1 < starts.length ? starts[line + 1] : text.length();
            String s = text.substring(starts[line], end);
            return s.isBlank() || s.charAt(0) == '#';
        }
    }

    public String file() {
        return file;
    }

    public int size() {
        return rows.size();
    }

    /** One data row, with typed accessors. */
    public Row row(int i) {
        return new Row(rows.get(i), rowLines[i]);
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(new Row(rows.get(i), rowLines[i]));
        }
        return out;
    }

    /** A data row. Numbers are validated here: NaN and infinities are always rejected. */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        private Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        /** 1-based line in the file. */
        public long line() {
            return line;
        }

        public InputException error(String column, String problem) {
            return new InputException(file, line(), column, problem);
        }

        /** A non-empty text cell. */
        public String text(String column) {
            String v = record.get(index.get(column)).trim();
            if (v.isEmpty()) {
                throw error(column, "empty value; a value is required");
            }
            return v;
        }

        /** A text cell that may be empty. */
        public String optionalText(String column) {
            return record.get(index.get(column)).trim();
        }

        /** A finite number in {@code [min, max]}. */
        public double number(String column, double min, double max) {
            String v = text(column);
            if (v.length() > MAX_NUMBER) {
                throw error(column, "a number of " + v.length() + " characters; write at most " + MAX_NUMBER);
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + oneLine(v) + "' is not a number");
            }
            if (!Double.isFinite(d)) {
                throw error(column, "'" + oneLine(v) + "' is not a finite number; write a decimal number");
            }
            if (d < min || d > max) {
                throw error(column, "value " + oneLine(v) + " is outside the allowed range " + range(min, max));
            }
            return d;
        }

        /** A finite number strictly greater than 0. */
        public double positive(String column) {
            double d = number(column, -Double.MAX_VALUE, Double.MAX_VALUE);
            if (!(d > 0)) {
                throw error(column, "value " + oneLine(text(column)) + " must be greater than 0");
            }
            return d;
        }

        /** An integer in {@code [min, max]}. */
        public int integer(String column, int min, int max) {
            String v = text(column);
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                if (v.strip().matches("[-+]?\\d+")) {
                    throw error(column, "value " + oneLine(v) + " is outside the allowed range " + (min
                            == Integer.MIN_VALUE && max == Integer.MAX_VALUE ? "of a whole number, [-2147483648, "
                            + "2147483647]" : range(min, max)));
                }
                throw error(column, "'" + oneLine(v) + "' is not an integer; write a whole number");
            }
            if (n < min || n > max) {
                throw error(column, "value " + oneLine(v) + " is outside the allowed range " + range(min, max));
            }
            return n;
        }

        /** {@code true} or {@code false} (case-insensitive). */
        public boolean bool(String column) {
            String v = text(column);
            if (v.equalsIgnoreCase("true")) {
                return true;
            }
            if (v.equalsIgnoreCase("false")) {
                return false;
            }
            throw error(column, "'" + oneLine(v) + "' is not a boolean; write true or false");
        }

        /** A cell parsed by {@code parser}, which returns {@code null} for an invalid value. */
        public <T> T parsed(String column, Function<String, T> parser, String expected) {
            String v = text(column);
            T t = parser.apply(v);
            if (t == null) {
                throw error(column, "'" + oneLine(v) + "' is not valid; expected " + expected);
            }
            return t;
        }
    }

    private static String range(double min, double max) {
        return "[" + fmt(min) + ", " + fmt(max) + "]";
    }

    private static String fmt(double d) {
        if (d == Double.MAX_VALUE || d == Integer.MAX_VALUE) {
            return "∞";
        }
        if (d == -Double.MAX_VALUE || d == Integer.MIN_VALUE) {
            return "-∞";
        }
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
