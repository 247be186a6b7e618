package org.bomoco.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables a report or a study wrote under {@code tables/}: each {@code <name>.csv} (RFC 4180) with the title
 * and note of its {@code <name>.md} sibling (written together by {@code report.TableWriters}). Read only.
 */
final class ReportTables {
    private ReportTables() {
    }

    /** Every {@code dir/tables/*.csv} in name order as {@code {name, title, note, header, rows}}; none → empty. */
    static List<Map<String, Object>> read(Path dir) {
        Path t = dir.resolve("tables");
        List<Map<String, Object>> out = new ArrayList<>();
        if (!Files.isDirectory(t)) {
            return out;
        }
        try (var files = Files.list(t)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                out.add(table(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, Object> table(Path csv) throws IOException {
        String file = csv.getFileName().toString();
        String name = file.substring(0, file.length() - ".csv".length());
        List<List<String>> rows = parse(Files.readString(csv));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        String title = name;
        String note = "";
        Path md = csv.resolveSibling(name + ".md");
        if (Files.isRegularFile(md)) {
            List<String> lines = Files.readAllLines(md);
            if (!lines.isEmpty() && lines.get(0).startsWith("### ")) {
                title = lines.get(0).substring(4).trim();
            }
            note = noteOf(lines);
        }
        m.put("title", title);
        m.put("note", note);
        m.put("header", rows.isEmpty() ? List.of() : rows.get(0));
        m.put("rows", rows.isEmpty() ? List.of() : rows.subList(1, rows.size()));
        return m;
    }

    /** The lines after the pipe table of a Markdown table file, joined. */
    private static String noteOf(List<String> lines) {
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("|")) {
                last = i;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = last + 1; i < lines.size() && last >= 0; i++) {
            if (!lines.get(i).isBlank()) {
                sb.append(sb.length() > 0 ? " " : "").append(lines.get(i).trim());
            }
        }
        return sb.toString();
    }

    /** RFC 4180: rows of cells; quoted cells may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
