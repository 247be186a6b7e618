package org.bomoco.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.bomoco.problem.PlacementProblem;

/**
 * Realises one hour of a plan with the actual (not forecast) intensities and spot prices, with the formulas of
 * {@code docs/model.md} applied per hour instead of per month. For workload {@code i} on region {@code r}, size
 * {@code s}: {@code u' = min(1, u_i·v_{s0_i}/v_s)} (base sizes), {@code P = v_s·(Wmin + u'(Wmax − Wmin)) +
 * mem_s·Wmem} W, facility energy {@code e = n_i·P/1000·PUE_r} kWh per hour, and per running hour {@code t}:
 * carbon {@code e·a_r[t]/1000 + n_i·EMB_s} kg, water {@code e·(WUE_r/PUE_r + EWIF_r)} L, cost
 * {@code n_i·p_{prov,s}·m_r·(spot ? min(1, (1 − d_r)·π_r[t]) : 1)} $.
 * <ul>
 *   <li>Always-on workloads run hour {@code h} where the plan puts them.</li>
 *   <li>A batch run arriving in hour {@code h} starts at {@code h + δ_i} (the plan's delay) and runs {@code dur_i}
 *       hours there; its whole run is booked to hour {@code h} (the decision hour). Arrivals: {@code runs_i} per
 *       730 h, evenly spaced, {@code arrival_k = ⌊(k + φ_i)·730/runs_i⌋} with a seeded phase {@code φ_i ∈ [0,1)}.</li>
 *   <li>A region change is a migration: {@code gb_i·egress(old → new)} once (the model spreads it over 12 months).</li>
 *   <li>Dependency traffic pays {@code traffic/730·egress(r_i → r_k)} per hour.</li>
 * </ul>
 */
final class AdaptationLedger {
    /** The realised figures of one hour. */
    record Hour(double carbonKg, double costUsd, double waterLitres, int changes, int migrations) {
    }

    private final PlacementInstance base;
    private final AdaptationWeather weather;
    private final int[][] arrivals;
    private final int[] baseSize;
    private final Map<String, Integer> workloadIndex = new HashMap<>();

    /** @param arrivals {@code arrivals[h][i]}: batch runs of workload {@code i} arriving in hour {@code h} */
    AdaptationLedger(PlacementInstance base, AdaptationWeather weather, int[][] arrivals) {
        this.base = base;
        this.weather = weather;
        this.arrivals = arrivals;
        Map<String, Integer> sizes = new HashMap<>();
        for (int s = 0; s < base.sizes().size(); s++) {
            sizes.put(base.sizes().get(s).id(), s);
        }
        baseSize = base.workloads().stream().mapToInt(w -> sizes.get(w.sizeId())).toArray();
        for (int i = 0; i < base.workloads().size(); i++) {
            workloadIndex.put(base.workloads().get(i).id(), i);
        }
    }

    /** Evenly spaced batch arrivals over {@code hours} with seeded phases; {@code [h][i]} counts. O(H·N). */
    static int[][] arrivals(List<Workload> workloads, int hours, long seed) {
        int[][] out = new int[hours][workloads.size()];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < workloads.size(); i++) {
            Workload w = workloads.get(i);
            double phase = rng.nextDouble();
            if (w.kind() != WorkloadKind.BATCH || w.runsPerMonth() <= 0) {
                continue;
            }
            double interval = (double) WorkloadKind.HOURS_PER_MONTH / w.runsPerMonth();
            for (int k = 0; ; k++) {
                long t = (long) Math.floor((k + phase) * interval);
                if (t >= hours) {
                    break;
                }
                out[(int) t][i]++;
            }
        }
        return out;
    }

    /** Hour {@code h} under {@code plan} (4N decision), with {@code previous} the decision deployed before it. */
    Hour realise(int h, int[] plan, int[] previous) {
        double carbon = 0;
        double cost = 0;
        double water = 0;
        int changes = 0;
        int migrations = 0;
        List<Workload> ws = base.workloads();
        for (int i = 0; i < ws.size(); i++) {
            Workload w = ws.get(i);
            int v = PlacementProblem.VARIABLES_PER_WORKLOAD * i;
            int r = plan[v];
            int s = plan[v + 1];
            boolean spot = plan[v + 2] == 1;
            double[] c = run(w, i, r, s, spot, h, w.kind() == WorkloadKind.BATCH ? plan[v + 3] : 0);
            int times = w.kind() == WorkloadKind.BATCH ? arrivals[h][i] : 1;
            carbon += times * c[0];
            cost += times * c[1];
            water += times * c[2];
            if (AdaptationEpochs.changed(plan, previous, i)) {
                changes++;
            }
            if (plan[v] != previous[v]) {
                migrations++;
                cost += w.dataGb() * egress(previous[v], r);
            }
        }
        for (Dependency d : base.dependencies()) {
            int a = plan[PlacementProblem.VARIABLES_PER_WORKLOAD * workloadIndex.get(d.from())];
            int b = plan[PlacementProblem.VARIABLES_PER_WORKLOAD * workloadIndex.get(d.to())];
            cost += d.trafficGbPerMonth() / WorkloadKind.HOURS_PER_MONTH * egress(a, b);
        }
        return new Hour(carbon, cost, water, changes, migrations);
    }

    /** Carbon, cost, water of one always-on hour {@code h}, or of one batch run decided at {@code h}. */
    private double[] run(Workload w, int i, int r, int s, boolean spot, int h, int delay) {
        Region region = base.regions().get(r);
        InstanceSize size = base.sizes().get(s);
        ProviderSpec p = base.providers().get(region.provider());
        double u = Math.min(1, w.cpuMean() * base.sizes().get(baseSize[i]).vcpus() / size.vcpus());
        double watts = size.vcpus() * (p.minWattsPerVcpu() + u * (p.maxWattsPerVcpu() - p.minWattsPerVcpu()))
                + size.memoryGb() * p.memoryWattsPerGb();
        double kwh = w.count() * watts / 1000 * region.pue();
        double price = w.count() * p.onDemandUsdPerHour(s) * region.priceMultiplier();
        int hours = w.kind() == WorkloadKind.BATCH ? w.durationHours() : 1;
        double[] out = new double[3];
        for (int t = h + delay; t < h + delay + hours; t++) {
            out[0] += kwh * weather.carbon(r, t) / 1000 + w.count() * size.embodiedKgCo2ePerHour();
            out[1] += price * (spot ? Math.min(1, (1 - region.spotDiscount()) * weather.spotMultiplier(r, t)) : 1);
            out[2] += kwh * (region.wueLitresPerKwh() / region.pue() + region.ewifLitresPerKwh());
        }
        return out;
    }

    /** {@code egress(a → b)} of {@code docs/model.md}, $/GB. */
    private double egress(int a, int b) {
        if (a == b) {
            return 0;
        }
        Region from = base.regions().get(a);
        ProviderSpec p = base.providers().get(from.provider());
        return from.provider() == base.regions().get(b).provider() ? p.interRegionEgressUsdPerGb()
                : p.internetEgressUsdPerGb();
    }

    AdaptationWeather weather() {
        return weather;
    }
}
