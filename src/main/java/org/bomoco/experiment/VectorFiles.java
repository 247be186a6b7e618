package org.bomoco.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bomoco.data.CsvTable;
import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;

/**
 * Reads a CSV of objective vectors (all minimised) written by any tool: comma-, tab- or space-separated numbers
 * with a decimal point, one vector per line, an optional header row (then every vector has one value per header
 * column), {@code #} comments, an optional UTF-8 byte-order
 * mark and {@code \r\n} line ends. A semicolon-separated file (a European-locale export, often with decimal commas)
 * is refused with a message naming the separator, since its commas would otherwise be read as separators. A BOMOCO
 * front file ({@code solve}'s output, with a {@code decision} column, whose cells hold {@code ;}s) contributes its
 * five objective columns. Every error names the file, the line and the column.
 *
 * <p>The file is streamed through one reused line buffer of at most {@link CsvTable#MAX_LINE} characters (a longer
 * line is refused without being held in memory) and each cell is cut out by index and given to
 * {@link Double#parseDouble}: no regular expression or split per line, O(file size) time, and memory for the
 * values only (a flat growing {@code double[]}).
 */
public final class VectorFiles {
    private static final int BOM = '\uFEFF';

    private VectorFiles() {
    }

    /** The vectors of {@code file}; all rows have the same length. */
    public static double[][] read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Parser(file.toString(), in).vectors();
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), 0, null, "file not found");
        } catch (MalformedInputException e) {
            throw new InputException(file.toString(), 0, null, "file is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, CsvTable.unreadable(file, e));
        }
    }

    /** One pass over the file: lines into {@link #line}, cells cut out between {@link #cellStart} and the separator. */
    private static final class Parser {
        private final String file;
        private final Reader in;
        private final char[] line = new char[CsvTable.MAX_LINE];
        private final char[] chunk = new char[1 << 16];
        private int chunkPos;
        private int chunkEnd;
        private int length;
        private long lineNo;
        /** Indices of a BOMOCO front file's objective columns; null: every column is a value. */
        private int[] columns;
        private boolean headerSeen;
        private int width = -1;
        /** The number of header cells of a file with a plain header (not a BOMOCO front); 0: none. */
        private int headerWidth;
        private double[] values = new double[1024];
        private int count;
        private final List<String> cells = new ArrayList<>();

        Parser(String file, Reader in) {
            this.file = file;
            this.in = in;
        }

        double[][] vectors() throws IOException {
            while (nextLine()) {
                int start = 0;
                int end = length;
                if (lineNo == 1 && end > 0 && line[0] == BOM) {
                    start = 1;
                }
                while (start < end && Character.isWhitespace(line[start])) {
                    start++;
                }
                while (end > start && Character.isWhitespace(line[end - 1])) {
                    end--;
                }
                if (start < end && line[start] != '#') {
                    row(start, end);
                }
            }
            if (width < 0) {
                throw new InputException(file, 0, null, "holds no objective vector");
            }
            double[][] out = new double[count / width][];
            for (int i = 0; i < out.length; i++) {
                out[i] = Arrays.copyOfRange(values, i * width, (i + 1) * width);
            }
            return out;
        }

        /** Reads the next line (without its end) into {@link #line}; false at the end of the file. */
        private boolean nextLine() throws IOException {
            length = 0;
            long total = 0;
            boolean any = false;
            while (true) {
                if (chunkPos == chunkEnd) {
                    chunkEnd = in.read(chunk, 0, chunk.length);
                    chunkPos = 0;
                    if (chunkEnd <= 0) {
                        chunkEnd = 0;
                        break;
                    }
                }
                char c = chunk[chunkPos++];
                any = true;
                if (c == '\n') {
                    break;
                }
                if (total < line.length) {
                    line[length++] = c;
                }
                if (++total > CsvTable.MAX_SCAN) {
                    throw new InputException(file, lineNo + 1, null, CsvTable.tooLong(CsvTable.MAX_SCAN));
                }
            }
            if (!any) {
                return false;
            }
            lineNo++;
            if (length > 0 && line[length - 1] == '\r') {
                length--;
                total--;
            }
            if (total > line.length) {
                throw new InputException(file, lineNo, null, "line has " + total + " characters; at most "
                        + CsvTable.MAX_LINE + " are allowed");
            }
            return true;
        }

        private void row(int start, int lineEnd) {
            char sep = ' ';
            for (int i = start; i < lineEnd; i++) {
                if (line[i] == ';' && columns == null) { // a front file's decision column holds ';'s
                    throw new InputException(file, lineNo, "separator", "';' separates the values "
                            + "(a European-locale CSV?); write ',' between values and '.' as the decimal point");
                }
                if (line[i] == ',') {
                    sep = ',';
                }
            }
            int end = lineEnd;
            while (sep == ',' && end > start && (line[end - 1] == ',' || Character.isWhitespace(line[end - 1]))) {
                end--; // trailing empty cells are ignored, as String.split does
            }
            if (!headerSeen) {
                headerSeen = true;
                int firstEnd = cellEnd(start, end, sep);
                if (!numeric(new String(line, start, firstEnd - start).strip())) {
                    List<String> names = split(start, end, sep);
                    columns = objectiveColumns(names);
                    headerWidth = columns == null ? names.size() : 0;
                    int unnamed = columns == null ? names.indexOf("") : -1;
                    if (unnamed >= 0) {
                        throw new InputException(file, lineNo, "column " + (unnamed + 1), "the header names no "
                                + "objective here (a row-number column, as pandas' to_csv writes by default?); "
                                + "remove that column (to_csv(index=False)) or name every column");
                    }
                    return;
                }
            }
            int n = columns == null ? parseAll(start, end, sep) : parseColumns(split(start, end, sep));
            if (headerWidth > 0 && n != headerWidth) {
                throw new InputException(file, lineNo, "column " + (Math.min(n, headerWidth) + 1), "has " + n
                        + (n == 1 ? " value" : " values") + " but the header names " + headerWidth + " columns; "
                        + "give one number in every column (an empty cell is not a number)");
            }
            if (width < 0) {
                width = n;
            } else if (n != width) {
                throw new InputException(file, lineNo, null, "has " + n + " values but the first vector has "
                        + width);
            }
        }

        /** Parses every cell of the line as one value; returns how many. */
        private int parseAll(int start, int end, char sep) {
            int n = 0;
            int pos = start;
            while (true) {
                int stop = cellEnd(pos, end, sep);
                add(cell(pos, stop), n++);
                if (stop >= end) {
                    return n;
                }
                pos = stop + 1;
                if (sep == ' ') {
                    while (pos < end && Character.isWhitespace(line[pos])) {
                        pos++;
                    }
                }
            }
        }

        private int parseColumns(List<String> row) {
            for (int k = 0; k < columns.length; k++) {
                int c = columns[k];
                add(c >= 0 && c < row.size() ? row.get(c) : "", c);
            }
            return columns.length;
        }

        /** The end of the cell starting at {@code pos}: the next separator (any whitespace when {@code sep} is ' '). */
        private int cellEnd(int pos, int end, char sep) {
            int i = pos;
            while (i < end && (sep == ' ' ? !Character.isWhitespace(line[i]) : line[i] != sep)) {
                i++;
            }
            return i;
        }

        private String cell(int from, int to) {
            int a = from;
            int b = to;
            while (a < b && Character.isWhitespace(line[a])) {
                a++;
            }
            while (b > a && Character.isWhitespace(line[b - 1])) {
                b--;
            }
            return new String(line, a, b - a);
        }

        private List<String> split(int start, int end, char sep) {
            cells.clear();
            int pos = start;
            while (true) {
                int stop = cellEnd(pos, end, sep);
                cells.add(cell(pos, stop));
                if (stop >= end) {
                    return cells;
                }
                pos = stop + 1;
                while (sep == ' ' && pos < end && Character.isWhitespace(line[pos])) {
                    pos++;
                }
            }
        }

        /** Parses {@code cell} (column index {@code c}, 0-based) and appends it to {@link #values}. */
        private void add(String cell, int c) {
            String column = "column " + (c + 1);
            if (cell.length() > CsvTable.MAX_NUMBER) {
                throw new InputException(file, lineNo, column, "a number of " + cell.length()
                        + " characters; write at most " + CsvTable.MAX_NUMBER);
            }
            if (cell.isEmpty()) {
                throw new InputException(file, lineNo, column, "empty value; give a number");
            }
            double v;
            try {
                v = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InputException(file, lineNo, column, "'" + cell + "' is not a number");
            }
            if (!Double.isFinite(v)) {
                throw new InputException(file, lineNo, column, "'" + cell + "' is not a finite number");
            }
            if (count == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[count++] = v;
        }
    }

    private static boolean numeric(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** For a BOMOCO front file, the indices of its objective columns; otherwise null (every column is a value). */
    private static int[] objectiveColumns(List<String> names) {
        if (!names.contains("decision")) {
            return null;
        }
        int[] idx = new int[Objective.values().length];
        for (Objective o : Objective.values()) {
            idx[o.ordinal()] = names.indexOf(FrontFiles.column(o));
        }
        return idx;
    }
}
