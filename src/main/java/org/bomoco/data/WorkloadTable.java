package org.bomoco.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;

/**
 * Readers of an instance's {@code workloads.csv} and {@code dependencies.csv} ({@code docs/formats.md}), checked
 * against the instance's regions and sizes: known ids, unique workload ids and dependency pairs, utilisation in
 * [0, 1] with p95 ≥ mean, the batch/always-on rules ({@code slack_h + duration_h ≤ 48}) and jurisdiction codes
 * that some region of the instance has.
 */
final class WorkloadTable {
    /** Length of the planning window: a batch run must fit inside it ({@code slack + duration ≤ 48}). */
    static final int WINDOW_HOURS = org.bomoco.model.CarbonForecast.WINDOW_HOURS;

    private WorkloadTable() {
    }

    /** Reads {@code workloads.csv} (at least one row). */
    static List<Workload> readWorkloads(Path dir, List<Region> regions, List<InstanceSize> sizes) {
        CsvTable t = CsvTable.read(dir.resolve(InstanceFiles.WORKLOADS), InstanceFiles.WORKLOAD_COLUMNS, false);
        Set<String> regionIds = new LinkedHashSet<>();
        Set<String> codes = new TreeSet<>();
        for (Region r : regions) {
            regionIds.add(r.id());
            codes.add(r.jurisdiction());
        }
        Set<String> sizeIds = new LinkedHashSet<>();
        sizes.forEach(s -> sizeIds.add(s.id()));
        List<Workload> workloads = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.text("id");
            Long first = seen.putIfAbsent(id, r.line());
            if (first != null) {
                throw r.error("id", "duplicate workload id '" + CsvTable.oneLine(id) + "' (first on line " + first
                        + "); workload ids must be unique");
            }
            workloads.add(workload(r, id, regionIds, sizeIds, codes));
        }
        return workloads;
    }

    private static Workload workload(CsvTable.Row r, String id, Set<String> regionIds, Set<String> sizeIds,
            Set<String> codes) {
        String region = known(r, "region", regionIds, InstanceFiles.REGIONS);
        String size = known(r, "size", sizeIds, InstanceFiles.SIZES);
        double mean = r.number("cpu_mean", 0, 1);
        double p95 = r.number("cpu_p95", 0, 1);
        if (p95 < mean) {
            throw r.error("cpu_p95", "value " + r.text("cpu_p95") + " is below cpu_mean " + r.text("cpu_mean")
                    + "; the p95 utilisation must be ≥ the mean");
        }
        WorkloadKind kind = r.parsed("kind", k -> WorkloadKind.parse(k).orElse(null), "always_on or batch");
        int[] timing = timing(r, kind);
        return new Workload(id, r.integer("count", 1, Integer.MAX_VALUE), region, size, mean, p95, kind,
                timing[0], timing[1], timing[2], r.bool("spot_ok"), jurisdictions(r, codes),
                r.number("user_lat", -90, 90), r.number("user_lon", -180, 180), r.positive("latency_slo_ms"),
                r.number("data_gb", 0, Double.MAX_VALUE), r.number("revenue_usd_per_month", 0, Double.MAX_VALUE),
                r.number("latency_sensitivity", 0, Double.MAX_VALUE));
    }

    private static String known(CsvTable.Row r, String column, Set<String> ids, String source) {
        String v = r.text(column);
        if (!ids.contains(v)) {
            List<String> shown = new ArrayList<>(ids).subList(0, Math.min(ids.size(), 8));
            throw r.error(column, "unknown " + column + " '" + CsvTable.oneLine(v) + "'; use an id of " + source
                    + " (" + String.join(", ", shown) + (ids.size() > shown.size() ? ", ..." : "") + ")");
        }
        return v;
    }

    /** {duration_h, runs_per_month, slack_h}, checked against the kind. */
    private static int[] timing(CsvTable.Row r, WorkloadKind kind) {
        if (kind == WorkloadKind.ALWAYS_ON) {
            for (String column : List.of("duration_h", "runs_per_month", "slack_h")) {
                if (r.integer(column, Integer.MIN_VALUE, Integer.MAX_VALUE) != 0) {
                    throw r.error(column, "an always_on workload must have " + column
                            + " 0 (it runs 730 h/month); write 0 or make it a batch job");
                }
            }
            return new int[] {0, 0, 0};
        }
        int duration = r.integer("duration_h", 1, WINDOW_HOURS);
        int runs = r.integer("runs_per_month", 1, Integer.MAX_VALUE);
        int slack = r.integer("slack_h", 0, WINDOW_HOURS);
        if (slack + duration > WINDOW_HOURS) {
            throw r.error("slack_h", "slack_h " + slack + " + duration_h " + duration + " = " + (slack + duration)
                    + " exceeds the " + WINDOW_HOURS + "-hour window; reduce slack_h to at most "
                    + (WINDOW_HOURS - duration));
        }
        return new int[] {duration, runs, slack};
    }

    private static Set<String> jurisdictions(CsvTable.Row r, Set<String> codes) {
        String cell = r.text("jurisdictions");
        Set<String> out = new LinkedHashSet<>();
        for (String part : cell.split(InstanceFiles.JURISDICTION_SEPARATOR, -1)) {
            String code = part.trim();
            if (!code.matches(InstanceFiles.JURISDICTION_PATTERN)) {
                throw r.error("jurisdictions", "'" + CsvTable.oneLine(code) + "' is not a jurisdiction code; write "
                        + "upper-case codes such as EU or US separated by ';'");
            }
            if (!codes.contains(code)) {
                throw r.error("jurisdictions", "no region of the instance is in jurisdiction " + code
                        + "; use codes of " + InstanceFiles.REGIONS + " (" + String.join(", ", codes)
                        + ") or add a region in " + code);
            }
            if (!out.add(code)) {
                throw r.error("jurisdictions", "code " + code + " is listed twice; list each code once");
            }
        }
        return out;
    }

    /** Reads {@code dependencies.csv} (may hold only its header). */
    static List<Dependency> readDependencies(Path dir, List<Workload> workloads) {
        CsvTable t = CsvTable.read(dir.resolve(InstanceFiles.DEPENDENCIES), InstanceFiles.DEPENDENCY_COLUMNS, true);
        Set<String> ids = new LinkedHashSet<>();
        workloads.forEach(w -> ids.add(w.id()));
        List<Dependency> deps = new ArrayList<>();
        Map<List<String>, Long> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String from = knownWorkload(r, "from", ids);
            String to = knownWorkload(r, "to", ids);
            if (from.equals(to)) {
                throw r.error("to", "workload '" + CsvTable.oneLine(from)
                        + "' depends on itself; a dependency joins two different workloads");
            }
            Long first = seen.putIfAbsent(List.of(from, to), r.line());
            if (first != null) {
                throw r.error("to", "duplicate dependency " + CsvTable.oneLine(from) + " -> " + CsvTable.oneLine(to)
                        + " (first on line " + first + "); merge the rows into one");
            }
            deps.add(new Dependency(from, to, r.number("traffic_gb_per_month", 0, Double.MAX_VALUE)));
        }
        return deps;
    }

    private static String knownWorkload(CsvTable.Row r, String column, Set<String> ids) {
        String v = r.text(column);
        if (!ids.contains(v)) {
            throw r.error(column, "unknown workload '" + CsvTable.oneLine(v) + "'; use an id of "
                    + InstanceFiles.WORKLOADS);
        }
        return v;
    }
}
