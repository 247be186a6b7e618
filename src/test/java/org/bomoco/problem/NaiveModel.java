package org.bomoco.problem;

import org.bomoco.model.Geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.model.Choice;
import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Placement;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Purchase;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;

/**
 * The model of /work/shared/PROBLEM.md written straight from its formulas over the model records (maps by id, Geo
 * called on every use, no precomputed tables), to check {@link Evaluator} against.
 */
final class NaiveModel {
    private final PlacementInstance instance;
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Integer> sizeIndex = new HashMap<>();
    private final Map<String, List<Dependency>> outgoing = new HashMap<>();

    NaiveModel(PlacementInstance instance) {
        this.instance = instance;
        instance.regions().forEach(r -> regions.put(r.id(), r));
        for (int s = 0; s < instance.sizes().size(); s++) {
            sizeIndex.put(instance.sizes().get(s).id(), s);
        }
        for (Dependency d : instance.dependencies()) {
            outgoing.computeIfAbsent(d.from(), k -> new ArrayList<>()).add(d);
        }
    }

    /** Objectives and constraints of a placement given in workload order. */
    Evaluation evaluate(Placement placement) {
        Map<String, Choice> choice = byWorkload(placement);
        Map<String, Choice> current = byWorkload(currentPlacement());
        double cost = 0, carbon = 0, water = 0, perfSum = 0, kpi = 0;
        double sovereignty = 0, latency = 0, headroom = 0, spot = 0, moved = 0;
        Map<String, Double> load = new HashMap<>();
        for (Workload w : instance.workloads()) {
            Choice c = choice.get(w.id());
            Region r = regions.get(c.regionId());
            Region r0 = regions.get(w.regionId());
            InstanceSize s = size(c.sizeId());
            ProviderSpec prov = instance.providers().get(r.provider());
            boolean isSpot = c.purchase() == Purchase.SPOT;
            double h = w.hoursPerMonth();
            double price = prov.onDemandUsdPerHour(sizeIndex.get(c.sizeId())) * r.priceMultiplier();
            cost += w.count() * h * price * (isSpot ? 1 - r.spotDiscount() : 1);
            if (!r.id().equals(r0.id())) {
                cost += w.dataGb() * egress(r0, r) / 12;
                moved++;
            }
            for (Dependency d : outgoing.getOrDefault(w.id(), List.of())) {
                cost += d.trafficGbPerMonth() * egress(r, regions.get(choice.get(d.to()).regionId()));
            }
            double energy = energyKwh(w, c);
            carbon += energy * carbonIntensity(w, c) / 1000 + w.count() * h * s.embodiedKgCo2ePerHour();
            water += energy / r.pue() * r.wueLitresPerKwh() + energy * r.ewifLitresPerKwh();
            double perf = perf(w, choice);
            perfSum += w.count() * perf;
            kpi += w.revenueUsdPerMonth() * w.latencySensitivity() * Math.max(0, perf - perf(w, current)) / 100
                    + w.revenueUsdPerMonth() * (isSpot ? r.spotInterruptionsPerMonth() * 0.001 : 0);
            sovereignty += w.jurisdictions().contains(r.jurisdiction()) ? 0 : 1;
            latency += Math.max(0, userLatency(w, r) - w.latencySloMs());
            headroom += Math.max(0, u95(w, s) - 0.9);
            load.merge(r.id(), (double) w.count() * s.vcpus(), Double::sum);
            spot += isSpot && !w.spotOk() ? 1 : 0;
        }
        double capacity = 0;
        for (Region r : instance.regions()) {
            capacity += Math.max(0, load.getOrDefault(r.id(), 0.0) - r.vcpuCapacity()) / r.vcpuCapacity();
        }
        return new Evaluation(new double[] {cost, carbon, water, perfSum, kpi}, new double[] {sovereignty, latency,
            headroom, capacity, spot, Math.max(0, moved - instance.parameters().maxMigrations())});
    }

    /** {@code perf_i} under the choices {@code choice}. */
    double perf(Workload w, Map<String, Choice> choice) {
        Choice c = choice.get(w.id());
        Region r = regions.get(c.regionId());
        double perf = userLatency(w, r);
        for (Dependency d : outgoing.getOrDefault(w.id(), List.of())) {
            Region other = regions.get(choice.get(d.to()).regionId());
            perf += r.id().equals(other.id()) ? 1.0
                    : Geo.latencyMs(Geo.haversineKm(r.latitude(), r.longitude(), other.latitude(), other.longitude()));
        }
        perf += 100 * Math.max(0, u95(w, size(c.sizeId())) - 0.8) / 0.2;
        perf += c.purchase() == Purchase.SPOT ? r.spotInterruptionsPerMonth() * 60 : 0;
        perf += w.kind() == WorkloadKind.BATCH ? c.delayHours() : 0;
        return perf;
    }

    private double energyKwh(Workload w, Choice c) {
        Region r = regions.get(c.regionId());
        InstanceSize s = size(c.sizeId());
        ProviderSpec prov = instance.providers().get(r.provider());
        double u = Math.min(1, w.cpuMean() * size(w.sizeId()).vcpus() / s.vcpus());
        double watts = s.vcpus() * (prov.minWattsPerVcpu() + u * (prov.maxWattsPerVcpu() - prov.minWattsPerVcpu()))
                + s.memoryGb() * prov.memoryWattsPerGb();
        return w.count() * w.hoursPerMonth() * watts / 1000 * r.pue();
    }

    private double carbonIntensity(Workload w, Choice c) {
        Region r = regions.get(c.regionId());
        if (w.kind() == WorkloadKind.ALWAYS_ON) {
            return r.meanGramsCo2PerKwh();
        }
        double[] series = instance.forecast().series(r.id());
        double sum = 0;
        for (int t = c.delayHours(); t < c.delayHours() + w.durationHours(); t++) {
            sum += series[t];
        }
        return sum / w.durationHours();
    }

    private double u95(Workload w, InstanceSize s) {
        return w.cpuP95() * size(w.sizeId()).vcpus() / s.vcpus();
    }

    private static double userLatency(Workload w, Region r) {
        return Geo.latencyMs(Geo.haversineKm(w.userLatitude(), w.userLongitude(), r.latitude(), r.longitude()));
    }

    private double egress(Region from, Region to) {
        if (from.id().equals(to.id())) {
            return 0;
        }
        ProviderSpec p = instance.providers().get(from.provider());
        return from.provider() == to.provider() ? p.interRegionEgressUsdPerGb() : p.internetEgressUsdPerGb();
    }

    private InstanceSize size(String id) {
        return instance.sizes().get(sizeIndex.get(id));
    }

    Placement currentPlacement() {
        List<Choice> choices = new ArrayList<>();
        for (Workload w : instance.workloads()) {
            choices.add(new Choice(w.id(), w.regionId(), w.sizeId(), Purchase.ON_DEMAND, 0));
        }
        return new Placement(choices);
    }

    private static Map<String, Choice> byWorkload(Placement placement) {
        Map<String, Choice> map = new HashMap<>();
        placement.choices().forEach(c -> map.put(c.workloadId(), c));
        return map;
    }
}
