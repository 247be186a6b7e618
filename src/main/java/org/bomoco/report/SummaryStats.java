package org.bomoco.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * One row of {@link org.bomoco.results.Frames#summary}: the runs with a final value and their median, quartiles and
 * IQR for one instance × indicator × algorithm, looked up by key for the report's tables.
 */
record SummaryStats(int runs, double median, double q1, double q3, double iqr) {
    /** The rows of {@code summary} (a {@code Frames.summary} table) by {@code [instance, indicator, algorithm]}. */
    static Map<List<String>, SummaryStats> byKey(Table summary) {
        Map<List<String>, SummaryStats> out = new HashMap<>();
        for (Row r : summary) {
            out.put(List.of(r.getString("instance"), r.getString("indicator"), r.getString("algorithm")),
                    new SummaryStats(r.getInt("runs"), r.getDouble("median"), r.getDouble("q1"), r.getDouble("q3"),
                            r.getDouble("iqr")));
        }
        return out;
    }

    /** The statistics of {@code algorithm} on {@code instance} × {@code indicator}, or null without a row. */
    static SummaryStats of(Map<List<String>, SummaryStats> byKey, String instance, String indicator,
            String algorithm) {
        return byKey.get(List.of(instance, indicator, algorithm));
    }
}
