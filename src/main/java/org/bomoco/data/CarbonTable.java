package org.bomoco.data;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.InputException;
import org.bomoco.model.Region;

/**
 * Reader of {@code carbon.csv} and {@code carbon-actual.csv} ({@code region,hour,g_per_kwh}): exactly one value for
 * every region of the instance and every hour {@code 0..47} of the window ({@code docs/formats.md}).
 */
final class CarbonTable {
    private static final int HOURS = CarbonForecast.WINDOW_HOURS;

    private CarbonTable() {
    }

    /** Reads {@code file} as the hourly intensities of {@code regions} over the window starting at {@code start}. */
    static CarbonForecast read(Path file, List<Region> regions, Instant start) {
        CsvTable t = CsvTable.read(file, InstanceFiles.CARBON_COLUMNS, false);
        Map<String, double[]> series = new LinkedHashMap<>();
        Map<String, long[]> lines = new LinkedHashMap<>();
        for (Region r : regions) {
            series.put(r.id(), null);
        }
        for (CsvTable.Row r : t.rows()) {
            String region = r.text("region");
            if (!series.containsKey(region)) {
                throw r.error("region", "unknown region '" + CsvTable.oneLine(region) + "'; use a region id of "
                        + InstanceFiles.REGIONS + " or remove the row");
            }
            int hour = r.integer("hour", 0, HOURS - 1);
            long[] seen = lines.computeIfAbsent(region, k -> new long[HOURS]);
            if (seen[hour] != 0) {
                throw r.error("hour", "duplicate hour " + hour + " for region " + region + " (first on line "
                        + seen[hour] + "); write one row per region and hour");
            }
            seen[hour] = r.line();
            series.computeIfAbsent(region, k -> new double[HOURS]);
            series.get(region)[hour] = r.number("g_per_kwh", 0, Double.MAX_VALUE);
        }
        requireComplete(t.file(), lines, series);
        return new CarbonForecast(start, series);
    }

    private static void requireComplete(String file, Map<String, long[]> lines, Map<String, double[]> series) {
        for (String region : series.keySet()) {
            long[] seen = lines.get(region);
            if (seen == null) {
                throw new InputException(file, 0, "region", "no rows for region " + region + "; add its " + HOURS
                        + " hourly values (hours 0.." + (HOURS - 1) + ")");
            }
            List<Integer> missing = new ArrayList<>();
            for (int h = 0; h < HOURS; h++) {
                if (seen[h] == 0) {
                    missing.add(h);
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(file, 0, "hour", "region " + region + " lacks hour"
                        + (missing.size() > 1 ? "s " : " ") + shortList(missing) + "; add one row for each hour 0.."
                        + (HOURS - 1));
            }
        }
    }

    private static String shortList(List<Integer> hours) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(hours.size(), 6); i++) {
            shown.add(Integer.toString(hours.get(i)));
        }
        return String.join(", ", shown) + (hours.size() > 6 ? " and " + (hours.size() - 6) + " more" : "");
    }
}
