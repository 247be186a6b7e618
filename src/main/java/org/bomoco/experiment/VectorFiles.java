package org.bomoco.experiment;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bomoco.data.CsvTable;
import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;

/**
 * Reads a CSV of objective vectors (all minimised) written by any tool: comma-, tab- or space-separated numbers
 * with a decimal point, one vector per line, an optional header row, {@code #} comments. A semicolon-separated file
 * (a European-locale export, often with decimal commas) is refused with a message naming the separator, since its
 * commas would otherwise be read as separators. A BOMOCO front file
 * ({@code solve}'s output, with a {@code decision} column) contributes its five objective columns. Every error names
 * the file, the line and the column.
 */
public final class VectorFiles {
    private VectorFiles() {
    }

    /** The vectors of {@code file}; all rows have the same length. */
    public static double[][] read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), 0, null, "file not found");
        } catch (MalformedInputException e) {
            throw new InputException(file.toString(), 0, null, "file is not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, null, "cannot read file: " + e.getMessage());
        }
        int[] columns = null;
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains(";")) {
                throw new InputException(file.toString(), i + 1, "separator", "';' separates the values "
                        + "(a European-locale CSV?); write ',' between values and '.' as the decimal point");
            }
            if (line.length() > CsvTable.MAX_LINE) {
                throw new InputException(file.toString(), i + 1, null, "line has " + line.length()
                        + " characters; at most " + CsvTable.MAX_LINE + " are allowed");
            }
            String[] cells = line.split(line.contains(",") ? "," : "\\s+");
            if (columns == null && !numeric(cells[0])) {
                columns = objectiveColumns(cells);
                continue;
            }
            rows.add(parse(file, i + 1, cells, columns));
            if (rows.get(rows.size() - 1).length != rows.get(0).length) {
                throw new InputException(file.toString(), i + 1, null, "has " + rows.get(rows.size() - 1).length
                        + " values but the first vector has " + rows.get(0).length);
            }
        }
        if (rows.isEmpty()) {
            throw new InputException(file.toString(), 0, null, "holds no objective vector");
        }
        return rows.toArray(double[][]::new);
    }

    private static boolean numeric(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** For a BOMOCO front file, the indices of its objective columns; otherwise null (every column is a value). */
    private static int[] objectiveColumns(String[] header) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(h.strip());
        }
        if (!names.contains("decision")) {
            return null;
        }
        int[] idx = new int[Objective.values().length];
        for (Objective o : Objective.values()) {
            idx[o.ordinal()] = names.indexOf(FrontFiles.column(o));
        }
        return idx;
    }

    private static double[] parse(Path file, int line, String[] cells, int[] columns) {
        int n = columns == null ? cells.length : columns.length;
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int c = columns == null ? k : columns[k];
            String cell = c >= 0 && c < cells.length ? cells[c].strip() : "";
            if (cell.length() > CsvTable.MAX_NUMBER) {
                throw new InputException(file.toString(), line, "column " + (c + 1), "a number of " + cell.length()
                        + " characters; write at most " + CsvTable.MAX_NUMBER);
            }
            try {
                v[k] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw new InputException(file.toString(), line, "column " + (c + 1), "'" + cell
                        + "' is not a number");
            }
            if (!Double.isFinite(v[k])) {
                throw new InputException(file.toString(), line, "column " + (c + 1), "'" + cell
                        + "' is not a finite number");
            }
        }
        return v;
    }
}
