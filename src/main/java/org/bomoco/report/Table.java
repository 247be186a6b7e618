package org.bomoco.report;

import java.util.List;
import java.util.Objects;

/**
 * A table as text cells, written by {@link TableWriters} as CSV, Markdown, LaTeX and HTML from this one model.
 *
 * @param name file base name ({@code tables/<name>.csv|md|tex})
 * @param title caption
 * @param header column names
 * @param rows rows of cells, each as long as {@code header}
 * @param keyColumns leading columns that are labels (left-aligned); the rest are values (right-aligned)
 * @param note a sentence printed under the table (Markdown, HTML) or as a LaTeX comment; may be empty
 */
public record Table(String name, String title, List<String> header, List<List<String>> rows, int keyColumns,
                    String note) {
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table " + name + ": row " + row + " has " + row.size()
                        + " cells, the header " + header.size());
            }
        }
        if (keyColumns < 0 || keyColumns > header.size()) {
            throw new IllegalArgumentException("keyColumns out of range");
        }
        note = note == null ? "" : note;
    }

    /**
     * The rows whose first cell equals {@code key}, without that column and without value columns that are
     * {@code –} in every kept row (per-instance views: algorithms that did not run there); no note.
     */
    public Table slice(String key, String sliceTitle) {
        List<List<String>> kept = rows.stream().filter(r -> r.get(0).equals(key)).toList();
        List<Integer> columns = new java.util.ArrayList<>();
        for (int c = 1; c < header.size(); c++) {
            final int col = c;
            if (c < keyColumns || kept.stream().anyMatch(r -> !r.get(col).equals(Cells.NONE))) {
                columns.add(c);
            }
        }
        return new Table(name + "-" + key, sliceTitle, columns.stream().map(header::get).toList(),
                kept.stream().map(r -> columns.stream().map(r::get).toList()).toList(),
                Math.max(0, keyColumns - 1), "");
    }
}
