package org.bomoco.problem;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Dependency;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;

/**
 * Flat per-workload tables of a compiled instance, the user→region latency and allowed-region matrices
 * (N×R, row-major) and the dependencies in CSR form (out-edges of workload {@code i} at
 * {@code depStart[i] .. depStart[i+1]−1}). Built once by {@link PlacementProblem#compile}; O(N·R + D).
 */
final class WorkloadTables {
    final int workloadCount;
    final int[] count;
    final int[] region0;
    final int[] size0;
    final int[] slackHours;
    /** {@code n_i·H_i}, instance-hours per month. */
    final double[] instanceHours;
    /** {@code gb_i/12}: GB per month to amortise a migration over a year. */
    final double[] migrationGbPerMonth;
    /** {@code u_i·v_{s0_i}}, busy vCPUs. */
    final double[] busyVcpus;
    /** {@code u95_i·v_{s0_i}}. */
    final double[] busyVcpusP95;
    /** Offset into a carbon row: 0 for batch (plus the delay), {@link RegionTables#CI_MEAN_OFFSET} for always-on. */
    final int[] ciOffset;
    /** Hours averaged: {@code dur_i} for batch, 1 for always-on. */
    final int[] ciLength;
    final double[] invCiLength;
    final double[] sloMs;
    /** 1 when spot is not acceptable. */
    final int[] spotForbidden;
    final double[] revenueUsd;
    /** {@code rev_i·e_i/100}: $ lost per ms of added latency. */
    final double[] revenueUsdPerMs;
    /** {@code lat(user_i, r)} at {@code i·R + r}, ms. */
    final double[] userLatencyMs;
    /** Jurisdiction of r allowed for workload i, at {@code i·R + r}. */
    final boolean[] allowed;
    final int[] depStart;
    final int[] depTo;
    final double[] depTrafficGb;
    /** {@code perf0_i}, filled by {@link PlacementProblem#compile} once the tables exist. */
    final double[] perf0;

    WorkloadTables(PlacementInstance instance, Map<String, Integer> regionIndex, Map<String, Integer> sizeIndex,
            Map<String, Integer> workloadIndex, int[] vcpus) {
        List<Workload> workloads = instance.workloads();
        int n = workloads.size();
        int regions = instance.regions().size();
        workloadCount = n;
        count = new int[n];
        region0 = new int[n];
        size0 = new int[n];
        slackHours = new int[n];
        instanceHours = new double[n];
        migrationGbPerMonth = new double[n];
        busyVcpus = new double[n];
        busyVcpusP95 = new double[n];
        ciOffset = new int[n];
        ciLength = new int[n];
        invCiLength = new double[n];
        sloMs = new double[n];
        spotForbidden = new int[n];
        revenueUsd = new double[n];
        revenueUsdPerMs = new double[n];
        userLatencyMs = new double[n * regions];
        allowed = new boolean[n * regions];
        perf0 = new double[n];
        RegionPoints points = new RegionPoints(instance.regions());
        Map<String, Integer> jurisdictionIndex = new HashMap<>();
        int[] jurisdictionOf = new int[regions];
        for (int r = 0; r < regions; r++) {
            jurisdictionOf[r] = jurisdictionIndex.computeIfAbsent(instance.regions().get(r).jurisdiction(),
                    k -> jurisdictionIndex.size());
        }
        boolean[] mark = new boolean[jurisdictionIndex.size()];
        for (int i = 0; i < n; i++) {
            fillWorkload(i, workloads.get(i), regionIndex, sizeIndex, vcpus);
            fillGeography(i, workloads.get(i), points, jurisdictionOf, jurisdictionIndex, mark);
        }
        depStart = new int[n + 1];
        depTo = new int[instance.dependencies().size()];
        depTrafficGb = new double[instance.dependencies().size()];
        fillDependencies(workloadIndex, instance.dependencies());
    }

    private void fillWorkload(int i, Workload w, Map<String, Integer> regionIndex, Map<String, Integer> sizeIndex,
            int[] vcpus) {
        region0[i] = PlacementProblem.index(regionIndex, w.regionId(), "region", w.id());
        size0[i] = PlacementProblem.index(sizeIndex, w.sizeId(), "size", w.id());
        count[i] = w.count();
        boolean batch = w.kind() == WorkloadKind.BATCH;
        if (batch && (w.durationHours() < 1 || w.slackHours() < 0
                || w.slackHours() + w.durationHours() > CarbonForecast.WINDOW_HOURS)) {
            throw new IllegalArgumentException("workload " + w.id() + ": batch needs duration >= 1 and "
                    + "0 <= slack, slack + duration <= " + CarbonForecast.WINDOW_HOURS);
        }
        slackHours[i] = batch ? w.slackHours() : 0;
        instanceHours[i] = (double) w.count() * w.hoursPerMonth();
        migrationGbPerMonth[i] = w.dataGb() / 12.0;
        busyVcpus[i] = w.cpuMean() * vcpus[size0[i]];
        busyVcpusP95[i] = w.cpuP95() * vcpus[size0[i]];
        ciOffset[i] = batch ? 0 : RegionTables.CI_MEAN_OFFSET;
        ciLength[i] = batch ? w.durationHours() : 1;
        invCiLength[i] = 1.0 / ciLength[i];
        sloMs[i] = w.latencySloMs();
        spotForbidden[i] = w.spotOk() ? 0 : 1;
        revenueUsd[i] = w.revenueUsdPerMonth();
        revenueUsdPerMs[i] = w.revenueUsdPerMonth() * w.latencySensitivity() / 100.0;
    }

    /** User latencies via {@link RegionPoints}; allowed regions via jurisdiction indices (O(R + |J_i|)). */
    private void fillGeography(int i, Workload w, RegionPoints points, int[] jurisdictionOf,
            Map<String, Integer> jurisdictionIndex, boolean[] mark) {
        int regions = jurisdictionOf.length;
        points.latenciesFrom(w.userLatitude(), w.userLongitude(), userLatencyMs, i * regions);
        for (String j : w.jurisdictions()) {
            Integer k = jurisdictionIndex.get(j);
            if (k != null) {
                mark[k] = true;
            }
        }
        for (int r = 0; r < regions; r++) {
            allowed[i * regions + r] = mark[jurisdictionOf[r]];
        }
        Arrays.fill(mark, false);
    }

    private void fillDependencies(Map<String, Integer> workloadIndex, List<Dependency> dependencies) {
        int[] from = new int[dependencies.size()];
        for (int e = 0; e < from.length; e++) {
            Dependency d = dependencies.get(e);
            from[e] = dependencyEnd(workloadIndex, d.from(), d);
            depStart[from[e] + 1]++;
        }
        for (int i = 0; i < workloadCount; i++) {
            depStart[i + 1] += depStart[i];
        }
        int[] next = Arrays.copyOf(depStart, workloadCount);
        for (int e = 0; e < from.length; e++) {
            Dependency d = dependencies.get(e);
            int slot = next[from[e]]++;
            depTo[slot] = dependencyEnd(workloadIndex, d.to(), d);
            depTrafficGb[slot] = d.trafficGbPerMonth();
        }
    }

    private static int dependencyEnd(Map<String, Integer> workloadIndex, String id, Dependency d) {
        Integer i = workloadIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("dependency " + d.from() + " -> " + d.to() + ": unknown workload id '"
                    + id + "'");
        }
        return i;
    }
}
