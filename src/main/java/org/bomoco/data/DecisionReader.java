package org.bomoco.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.model.Choice;
import org.bomoco.model.InputException;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Placement;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Purchase;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;

/**
 * Reads a decision file ({@code workload,region,size,purchase,delay_h}; {@code docs/formats.md}) against an
 * instance: one row per workload, each exactly once, in any order; the region and size must belong to the instance,
 * the purchase is {@code on_demand} or {@code spot}, and the delay lies in {@code 0..slack_h} (0 for always-on).
 * Whether the choice is feasible (sovereignty, spot_ok, capacity, ...) is the problem's business, not checked here.
 */
public final class DecisionReader {
    private DecisionReader() {
    }

    /**
     * Reads {@code file} as a placement of {@code instance}'s workloads.
     *
     * @return the choices in the instance's workload order
     * @throws InputException naming the file, line, field and fix of the first problem (missing, unknown or
     *         repeated workloads are named by id)
     */
    public static Placement read(Path file, PlacementInstance instance) {
        CsvTable t = CsvTable.read(file, InstanceFiles.DECISION_COLUMNS, false);
        Map<String, Workload> workloads = new LinkedHashMap<>();
        instance.workloads().forEach(w -> workloads.put(w.id(), w));
        Map<String, Region> regions = new HashMap<>();
        instance.regions().forEach(r -> regions.put(r.id(), r));
        Map<String, InstanceSize> sizes = new HashMap<>();
        instance.sizes().forEach(s -> sizes.put(s.id(), s));
        Map<String, Choice> choices = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.text("workload");
            Workload w = workloads.get(id);
            if (w == null) {
                throw r.error("workload", "unknown workload '" + CsvTable.oneLine(id) + "' (the instance has "
                        + workloads.size() + " workloads); remove the row or use an id of " + InstanceFiles.WORKLOADS);
            }
            Long first = lines.putIfAbsent(id, r.line());
            if (first != null) {
                throw r.error("workload", "workload '" + CsvTable.oneLine(id) + "' appears twice (first on line "
                        + first + "); keep exactly one row per workload");
            }
            choices.put(id, choice(r, w, regions, sizes));
        }
        List<String> missing = new ArrayList<>();
        workloads.keySet().stream().filter(id -> !choices.containsKey(id)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new InputException(t.file(), 0, "workload", t.size() + " rows for " + workloads.size()
                    + " workloads; add a row for " + shortList(missing));
        }
        List<Choice> ordered = new ArrayList<>();
        workloads.keySet().forEach(id -> ordered.add(choices.get(id)));
        return new Placement(ordered);
    }

    private static Choice choice(CsvTable.Row r, Workload w, Map<String, Region> regions,
            Map<String, InstanceSize> sizes) {
        String region = r.text("region");
        if (!regions.containsKey(region)) {
            throw r.error("region", "region '" + CsvTable.oneLine(region) + "' is not in the instance; use a region id"
                    + " of its " + InstanceFiles.REGIONS);
        }
        String size = r.text("size");
        if (!sizes.containsKey(size)) {
            throw r.error("size", "unknown size '" + CsvTable.oneLine(size) + "'; use a size id of the instance's "
                    + InstanceFiles.SIZES);
        }
        Purchase purchase = r.parsed("purchase", p -> Purchase.parse(p).orElse(null), "on_demand or spot");
        int delay = w.kind() == WorkloadKind.ALWAYS_ON ? alwaysOnDelay(r, w)
                : r.integer("delay_h", 0, w.slackHours());
        return new Choice(w.id(), region, size, purchase, delay);
    }

    private static int alwaysOnDelay(CsvTable.Row r, Workload w) {
        if (r.integer("delay_h", Integer.MIN_VALUE, Integer.MAX_VALUE) != 0) {
            throw r.error("delay_h", "workload '" + CsvTable.oneLine(w.id())
                    + "' is always_on and cannot be delayed; write 0");
        }
        return 0;
    }

    private static String shortList(List<String> ids) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(ids.size(), 5); i++) {
            shown.add("'" + CsvTable.oneLine(ids.get(i)) + "'");
        }
        return "workload" + (ids.size() > 1 ? "s " : " ") + String.join(", ", shown)
                + (ids.size() > 5 ? " and " + (ids.size() - 5) + " more" : "");
    }
}
