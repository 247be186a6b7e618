package org.bomoco.problem;

import java.util.Arrays;

/**
 * Evaluates decision vectors of one {@link PlacementProblem} against its compiled tables: O(N + D + R) per call
 * (N workloads, D dependencies, R regions), no allocation, no transcendental functions (latencies are
 * precomputed). Holds scratch (the per-region vCPU load), so use one evaluator per thread.
 *
 * <p>The formulas are those of {@code docs/model.md} ({@code /work/shared/PROBLEM.md}); the only rewritings are
 * algebraic and exact up to rounding: {@code P = (v·Wmin + mem·Wmem) + u'·v·(Wmax − Wmin)}, the batch window mean
 * as a difference of prefix sums, and water as {@code E·(WUE/PUE + EWIF)}.
 */
public final class Evaluator {
    /** Saturation penalty {@code 100 ms / 0.2} per unit of p95 utilisation above {@link #SATURATION_START}. */
    static final double SATURATION_MS = 100.0 / 0.2;
    static final double SATURATION_START = 0.8;
    static final double HEADROOM_LIMIT = 0.9;

    private final int regions;
    private final int sizes;
    private final int maxMigrations;
    private final RegionTables rt;
    private final WorkloadTables wt;
    private final long[] load;

    Evaluator(RegionTables regionTables, WorkloadTables workloadTables, int maxMigrations) {
        this.rt = regionTables;
        this.wt = workloadTables;
        this.regions = regionTables.regionCount;
        this.sizes = regionTables.sizeCount;
        this.maxMigrations = maxMigrations;
        this.load = new long[regions];
    }

    /**
     * Writes the objectives (in {@link Objective#ordinal()} order) and raw constraint violations (in
     * {@link Constraint#ordinal()} order) of {@code x}. The decision must lie within the problem's bounds
     * ({@link PlacementProblem#lowerBound}, {@link PlacementProblem#upperBound}); that is not checked here.
     *
     * @param x decision vector of length {@code 4N}, interleaved region, size, purchase, delay
     * @param objectives output, length at least 5
     * @param constraints output, length at least 6
     */
    public void evaluate(int[] x, double[] objectives, double[] constraints) {
        Arrays.fill(load, 0L);
        double cost = 0, carbon = 0, water = 0, perfSum = 0, kpi = 0;
        double latencyExcess = 0, headroomExcess = 0;
        int outside = 0, badSpot = 0, moved = 0;
        for (int i = 0, n = wt.workloadCount; i < n; i++) {
            int r = x[4 * i], s = x[4 * i + 1], o = x[4 * i + 2], d = x[4 * i + 3];
            int rs = r * sizes + s, ro = 2 * r + o, r0 = wt.region0[i];
            double nh = wt.instanceHours[i];
            cost += nh * rt.onDemandUsdPerHour[rs] * rt.purchasePriceFactor[ro]
                    + wt.migrationGbPerMonth[i] * rt.egressUsdPerGb[r0 * regions + r]
                    + dependencyEgressUsd(x, i, r);
            double util = Math.min(1.0, wt.busyVcpus[i] * rt.invVcpus[s]);
            double kwh = nh * (rt.idleWatts[rs] + util * rt.dynamicWatts[rs]) * rt.pueKwhPerWh[r];
            int c = r * RegionTables.CI_ROW + wt.ciOffset[i] + d;
            double ci = (rt.ciRows[c + wt.ciLength[i]] - rt.ciRows[c]) * wt.invCiLength[i];
            carbon += kwh * ci / 1000.0 + nh * rt.embodiedKgPerHour[s];
            water += kwh * rt.litresPerFacilityKwh[r];
            double perf = performance(x, i, r, s, o, d);
            perfSum += wt.count[i] * perf;
            kpi += wt.revenueUsdPerMs[i] * Math.max(0.0, perf - wt.perf0[i])
                    + wt.revenueUsd[i] * rt.purchaseRevenueLoss[ro];
            outside += wt.allowed[i * regions + r] ? 0 : 1;
            latencyExcess += Math.max(0.0, wt.userLatencyMs[i * regions + r] - wt.sloMs[i]);
            headroomExcess += Math.max(0.0, wt.busyVcpusP95[i] * rt.invVcpus[s] - HEADROOM_LIMIT);
            load[r] += (long) wt.count[i] * rt.vcpus[s];
            badSpot += o & wt.spotForbidden[i];
            moved += r != r0 ? 1 : 0;
        }
        objectives[Objective.COST.ordinal()] = cost;
        objectives[Objective.CARBON.ordinal()] = carbon;
        objectives[Objective.WATER.ordinal()] = water;
        objectives[Objective.PERFORMANCE.ordinal()] = perfSum;
        objectives[Objective.BUSINESS_KPI.ordinal()] = kpi;
        constraints[Constraint.SOVEREIGNTY.ordinal()] = outside;
        constraints[Constraint.LATENCY.ordinal()] = latencyExcess;
        constraints[Constraint.HEADROOM.ordinal()] = headroomExcess;
        constraints[Constraint.CAPACITY.ordinal()] = capacityOverload();
        constraints[Constraint.SPOT.ordinal()] = badSpot;
        constraints[Constraint.MIGRATIONS.ordinal()] = Math.max(0, moved - maxMigrations);
    }

    /**
     * {@code perf_i = lat(user_i, r_i) + Σ_{(i,k)} lat(r_i, r_k) + 100·max(0, u95'_i − 0.8)/0.2 + (spot: q·60)
     * + δ_i} (δ_i is 0 for always-on by the bounds).
     */
    private double performance(int[] x, int i, int r, int s, int o, int d) {
        double p95 = wt.busyVcpusP95[i] * rt.invVcpus[s];
        double perf = wt.userLatencyMs[i * regions + r]
                + SATURATION_MS * Math.max(0.0, p95 - SATURATION_START)
                + rt.purchasePenaltyMs[2 * r + o] + d;
        int row = r * regions;
        for (int e = wt.depStart[i], end = wt.depStart[i + 1]; e < end; e++) {
            perf += rt.latencyMs[row + x[4 * wt.depTo[e]]];
        }
        return perf;
    }

    /** {@code Σ_{(i,k)} traffic·egress(r_i → r_k)}. */
    private double dependencyEgressUsd(int[] x, int i, int r) {
        double usd = 0;
        int row = r * regions;
        for (int e = wt.depStart[i], end = wt.depStart[i + 1]; e < end; e++) {
            usd += wt.depTrafficGb[e] * rt.egressUsdPerGb[row + x[4 * wt.depTo[e]]];
        }
        return usd;
    }

    /** {@code Σ_r max(0, load_r − cap_r)/cap_r} over the load accumulated by {@link #evaluate}. */
    private double capacityOverload() {
        double overload = 0;
        for (int r = 0; r < regions; r++) {
            overload += Math.max(0.0, load[r] - rt.vcpuCapacity[r]) / rt.vcpuCapacity[r];
        }
        return overload;
    }

    /** Writes {@code perf_i} of every workload under {@code x} (used to fix {@code perf0} at compile time). */
    void performances(int[] x, double[] out) {
        for (int i = 0; i < wt.workloadCount; i++) {
            out[i] = performance(x, i, x[4 * i], x[4 * i + 1], x[4 * i + 2], x[4 * i + 3]);
        }
    }
}
