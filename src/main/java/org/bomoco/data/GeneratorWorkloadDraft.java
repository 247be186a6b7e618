package org.bomoco.data;

import org.bomoco.model.Geo;

import static org.bomoco.data.GeneratorDistributions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;

/**
 * The workloads of {@link InstanceGenerator} under construction, one array per attribute; each method draws one
 * concern for all workloads from its own stream (distributions in {@link GeneratorDistributions}).
 */
final class GeneratorWorkloadDraft {
    private final int n;
    private final int[] region;
    private final int[] size;
    private final int[] count;
    private final double[] cpu;
    private final double[] p95;
    private final int[] duration;
    private final int[] runs;
    private final int[] slack;
    private final boolean[] spot;
    private final List<Set<String>> jurisdictions;
    private final double[] userLat;
    private final double[] userLon;
    private final double[] slo;
    private final double[] dataGb;
    private final double[] revenue;
    private final double[] sensitivity;

    GeneratorWorkloadDraft(int n) {
        this.n = n;
        region = new int[n];
        size = new int[n];
        count = new int[n];
        cpu = new double[n];
        p95 = new double[n];
        duration = new int[n];
        runs = new int[n];
        slack = new int[n];
        spot = new boolean[n];
        jurisdictions = new ArrayList<>(n);
        userLat = new double[n];
        userLon = new double[n];
        slo = new double[n];
        dataGb = new double[n];
        revenue = new double[n];
        sensitivity = new double[n];
    }

    /** Current region (Zipf 1/rank over a seeded permutation), size and instance count. */
    void placement(SplittableRandom rng, int regions, double[] sizeCumulative) {
        int[] perm = new int[regions];
        for (int r = 0; r < regions; r++) {
            int j = rng.nextInt(r + 1);
            perm[r] = perm[j];
            perm[j] = r;
        }
        double[] w = new double[regions];
        for (int rank = 0; rank < regions; rank++) {
            w[perm[rank]] = 1.0 / (rank + 1);
        }
        double[] regionCumulative = cumulative(w);
        for (int i = 0; i < n; i++) {
            region[i] = pick(rng, regionCumulative);
            size[i] = pick(rng, sizeCumulative);
            count[i] = instanceCount(rng);
        }
    }

    /** Mean CPU lognormal (clamped to [0.005, 0.95]); p95 = mean·(1 + LN(0, 0.5)), ≤ 1. Rounded to 0.001. */
    void utilisation(SplittableRandom rng) {
        for (int i = 0; i < n; i++) {
            double u = round(Math.min(0.95, Math.max(0.005, lognormal(rng, CPU_MEDIAN, CPU_LOG_SD))), 3);
            double q = u * (1 + lognormal(rng, 1, P95_RATIO_LOG_SD));
            cpu[i] = u;
            p95[i] = Math.max(u, Math.min(1, round(q, 3)));
        }
    }

    /** Batch share, log-uniform duration 1..12 h and runs 4..60, slack uniform in 0..48 − duration. */
    void schedule(SplittableRandom rng) {
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < BATCH_SHARE) {
                duration[i] = logUniformInt(rng, 1, 12);
                runs[i] = logUniformInt(rng, 4, 60);
                slack[i] = rng.nextInt(48 - duration[i] + 1);
            }
        }
    }

    void spot(SplittableRandom rng) {
        for (int i = 0; i < n; i++) {
            spot[i] = rng.nextDouble() < (duration[i] > 0 ? SPOT_OK_BATCH : SPOT_OK_ALWAYS_ON);
        }
    }

    /** Restricted workloads get {home jurisdiction}; the others every jurisdiction of the instance. */
    void sovereignty(SplittableRandom rng, List<Region> regions) {
        Set<String> all = InstanceGenerator.jurisdictions(regions);
        for (int i = 0; i < n; i++) {
            boolean restricted = rng.nextDouble() < RESTRICTED_SHARE;
            jurisdictions.add(restricted ? Set.of(regions.get(region[i]).jurisdiction()) : all);
        }
    }

    /** Users around the current region; SLO a tier ≥ 1.1 × the current latency. */
    void users(SplittableRandom rng, List<Region> regions) {
        double[] tiers = cumulative(SLO_WEIGHTS);
        for (int i = 0; i < n; i++) {
            Region r = regions.get(region[i]);
            double km = lognormal(rng, USER_KM_MEDIAN, USER_KM_LOG_SD);
            double[] p = destination(r.latitude(), r.longitude(), km, 2 * Math.PI * rng.nextDouble());
            userLat[i] = round(p[0], 4);
            userLon[i] = round(p[1], 4);
            double current = Geo.latencyMs(userLat[i], userLon[i], r.latitude(), r.longitude());
            double needed = 1.1 * current;
            int t = pick(rng, tiers);
            while (t < SLO_TIERS_MS.length && SLO_TIERS_MS[t] < needed) {
                t++;
            }
            slo[i] = t < SLO_TIERS_MS.length ? SLO_TIERS_MS[t] : 10 * Math.ceil(needed / 10);
        }
    }

    /** Data volume, revenue and latency sensitivity. */
    void money(SplittableRandom rng) {
        for (int i = 0; i < n; i++) {
            dataGb[i] = round(lognormal(rng, DATA_GB_MEDIAN, DATA_GB_LOG_SD), 1);
            revenue[i] = round(Math.min(REVENUE_MAX_USD, pareto(rng, REVENUE_MIN_USD, REVENUE_ALPHA)), 2);
            double e = lognormal(rng, SENSITIVITY_MEDIAN, SENSITIVITY_LOG_SD);
            sensitivity[i] = round(Math.min(0.05, Math.max(0.001, e)), 4);
        }
    }

    /** 0–2 distinct callees per workload, mostly in the same region; no self-calls. */
    List<Dependency> dependencies(SplittableRandom rng, int regions) {
        List<List<Integer>> byRegion = new ArrayList<>();
        for (int r = 0; r < regions; r++) {
            byRegion.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            byRegion.get(region[i]).add(i);
        }
        double[] degrees = cumulative(OUT_DEGREE_WEIGHTS);
        List<Dependency> out = new ArrayList<>();
        for (int i = 0; i < n && n > 1; i++) {
            int degree = pick(rng, degrees);
            Set<Integer> callees = new HashSet<>();
            for (int attempt = 0; callees.size() < degree && attempt < 8; attempt++) {
                List<Integer> local = byRegion.get(region[i]);
                boolean same = local.size() > 1 && rng.nextDouble() < SAME_REGION_CALL;
                int k = same ? local.get(rng.nextInt(local.size())) : rng.nextInt(n);
                if (k != i && callees.add(k)) {
                    double gb = round(lognormal(rng, TRAFFIC_GB_MEDIAN, TRAFFIC_GB_LOG_SD), 2);
                    out.add(new Dependency(id(i), id(k), gb));
                }
            }
        }
        return out;
    }

    /**
     * vCPU load per region of the current placement after the smallest upsizing that brings every workload within
     * the headroom limit ({@code u95·v_{s0}/v_s ≤ }{@value GeneratorDistributions#HEADROOM_LIMIT}, PROBLEM.md's
     * headroom constraint): {@code Σ n_i·v_{s*_i}}. Sizing capacity on this load (rather than on the current one)
     * guarantees that the instance has a feasible plan — upsize the overloaded workloads where they are.
     */
    long[] loads(int regions, List<InstanceSize> sizes) {
        long[] load = new long[regions];
        for (int i = 0; i < n; i++) {
            int s = size[i];
            double v0 = sizes.get(size[i]).vcpus();
            while (s + 1 < sizes.size() && p95[i] * v0 / sizes.get(s).vcpus() > HEADROOM_LIMIT) {
                s++;
            }
            load[region[i]] += (long) count[i] * sizes.get(s).vcpus();
        }
        return load;
    }

    List<Workload> workloads(List<Region> regions, List<InstanceSize> sizes) {
        List<Workload> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean batch = duration[i] > 0;
            out.add(new Workload(id(i), count[i], regions.get(region[i]).id(), sizes.get(size[i]).id(), cpu[i],
                    p95[i], batch ? WorkloadKind.BATCH : WorkloadKind.ALWAYS_ON, duration[i], runs[i], slack[i],
                    spot[i], jurisdictions.get(i), userLat[i], userLon[i], slo[i], dataGb[i], revenue[i],
                    sensitivity[i]));
        }
        return out;
    }

    /** Workload id: {@code w} and the 1-based index, zero-padded to the width of n. */
    private String id(int i) {
        int width = Integer.toString(n).length();
        String digits = Integer.toString(i + 1);
        return "w" + "0".repeat(width - digits.length()) + digits;
    }
}
