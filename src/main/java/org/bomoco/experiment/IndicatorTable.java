package org.bomoco.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bomoco.data.AtomicFiles;
import org.bomoco.data.CsvTable;

/**
 * {@code indicators.csv}: {@code instance,algorithm,replicate,evaluations,indicator,value} in long format, one row per
 * run × trace point × indicator (a run's last trace point is its final front). Rows are sorted by instance, algorithm
 * label (both by {@link String#compareTo}), replicate, evaluations, then indicator id. Values are written with
 * {@link Double#toString} (exact round trip; {@code Infinity} for an empty front's distance indicators).
 */
public final class IndicatorTable {
    /** The header, in order. */
    public static final List<String> COLUMNS = List.of("instance", "algorithm", "replicate", "evaluations",
            "indicator", "value");

    /** The row order of the file. */
    public static final Comparator<Row> ORDER = Comparator.comparing(Row::instance)
            .thenComparing(Row::algorithm).thenComparingInt(Row::replicate).thenComparingLong(Row::evaluations)
            .thenComparing(Row::indicator);

    private IndicatorTable() {
    }

    /**
     * One indicator value.
     *
     * @param instance instance name
     * @param algorithm algorithm label
     * @param replicate replicate (0-based, as in {@link RunKey})
     * @param evaluations evaluations at the trace point
     * @param indicator indicator id
     * @param value the value
     */
    public record Row(String instance, String algorithm, int replicate, long evaluations, String indicator,
                      double value) {
    }

    /** Writes {@code rows} to {@code file} atomically, sorted by {@link #ORDER}. */
    public static void write(Path file, List<Row> rows) throws IOException {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(ORDER);
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Row r : sorted) {
            sb.append(cell(r.instance())).append(',').append(cell(r.algorithm())).append(',').append(r.replicate())
                    .append(',').append(r.evaluations()).append(',').append(cell(r.indicator())).append(',')
                    .append(r.value()).append('\n');
        }
        AtomicFiles.write(file, sb);
    }

    private static String cell(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 ? s
                : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static Long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads an indicator table (errors name the file, line and column). */
    public static List<Row> read(Path file) {
        List<Row> out = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file, COLUMNS, true).rows()) {
            String v = row.text("value");
            double value;
            try {
                value = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw row.error("value", "'" + v + "' is not a number");
            }
            out.add(new Row(row.text("instance"), row.text("algorithm"),
                    row.integer("replicate", 0, Integer.MAX_VALUE), row.parsed("evaluations", IndicatorTable::parseLong, "a whole number"),
                    row.text("indicator"), value));
        }
        return out;
    }
}
