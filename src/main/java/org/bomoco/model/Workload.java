package org.bomoco.model;

import java.util.Objects;
import java.util.Set;

/**
 * A workload: {@code count} identical instances placed together.
 *
 * @param id unique id
 * @param count instance count {@code n_i}, at least 1
 * @param regionId current region {@code r0_i}
 * @param sizeId current size {@code s0_i}
 * @param cpuMean mean CPU utilisation on the current size {@code u_i}, in [0, 1]
 * @param cpuP95 95th-percentile CPU utilisation on the current size {@code u95_i}, in [cpuMean, 1]
 * @param kind always-on (730 h/month) or batch
 * @param durationHours batch: hours per run {@code dur_i} (0 for always-on)
 * @param runsPerMonth batch: runs per month {@code runs_i} (0 for always-on)
 * @param slackHours batch: how many hours a run may start late {@code slack_i}; {@code slack + duration ≤ 48}
 * @param spotOk whether spot capacity is acceptable
 * @param jurisdictions allowed jurisdictions {@code J_i}
 * @param userLatitude where the workload's users are, degrees north
 * @param userLongitude where the workload's users are, degrees east
 * @param latencySloMs latency SLO {@code L_i} from users to the region, ms
 * @param dataGb data volume {@code gb_i} moved when the workload migrates
 * @param revenueUsdPerMonth monthly revenue attributed {@code rev_i}
 * @param latencySensitivity {@code e_i}: fraction of revenue lost per 100 ms of added latency
 */
public record Workload(
        String id,
        int count,
        String regionId,
        String sizeId,
        double cpuMean,
        double cpuP95,
        WorkloadKind kind,
        int durationHours,
        int runsPerMonth,
        int slackHours,
        boolean spotOk,
        Set<String> jurisdictions,
        double userLatitude,
        double userLongitude,
        double latencySloMs,
        double dataGb,
        double revenueUsdPerMonth,
        double latencySensitivity) {

    public Workload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(sizeId, "sizeId");
        Objects.requireNonNull(kind, "kind");
        jurisdictions = Set.copyOf(jurisdictions);
    }

    /** Hours per month {@code H_i}: 730 for always-on, {@code dur·runs} for batch. */
    public int hoursPerMonth() {
        return kind == WorkloadKind.ALWAYS_ON ? WorkloadKind.HOURS_PER_MONTH : durationHours * runsPerMonth;
    }
}
