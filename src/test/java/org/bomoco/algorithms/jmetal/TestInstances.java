package org.bomoco.algorithms.jmetal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceParameters;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;

/**
 * Small hand-made instances with known feasibility (illustrative numbers, not sourced): three regions (two EU, one
 * US, users near Frankfurt), eight workloads, roomy capacity and SLOs.
 */
final class TestInstances {
    private TestInstances() {
    }

    /** Every workload at home is feasible: allowed jurisdictions EU and US, p95 0.5, spot allowed. */
    static PlacementInstance feasibleCurrentState() {
        return build(false);
    }

    /**
     * The current state violates sovereignty (workloads w0..w2 sit in the US region but may only run in the EU)
     * and headroom (w3, w4 run at p95 0.95 on their current size). Moving w0..w2 to an EU region (3 migrations,
     * budget 4) and upsizing w3, w4 is feasible.
     */
    static PlacementInstance infeasibleCurrentState() {
        return build(true);
    }

    private static PlacementInstance build(boolean infeasible) {
        List<InstanceSize> sizes = new ArrayList<>();
        double[] price = new double[5];
        for (int s = 0; s < 5; s++) {
            int v = 1 << s;
            sizes.add(new InstanceSize("v" + v, v, 4.0 * v, 0.001 * v));
            price[s] = 0.05 * v;
        }
        Map<Provider, ProviderSpec> providers = new EnumMap<>(Provider.class);
        providers.put(Provider.AWS, new ProviderSpec(Provider.AWS, 0.74, 3.5, 0.392, 0.02, 0.09, price));
        providers.put(Provider.GCP, new ProviderSpec(Provider.GCP, 0.71, 4.26, 0.392, 0.01, 0.12, price));
        List<Region> regions = List.of(
                region("eu-a", Provider.AWS, "EU", 50.11, 8.68, 350, 1.0),
                region("eu-b", Provider.GCP, "EU", 48.86, 2.35, 60, 1.2),
                region("us-a", Provider.AWS, "US", 38.95, -77.45, 380, 0.9));
        Map<String, double[]> ci = new LinkedHashMap<>();
        for (Region r : regions) {
            double[] series = new double[CarbonForecast.WINDOW_HOURS];
            for (int t = 0; t < series.length; t++) {
                series[t] = r.meanGramsCo2PerKwh() * (1 + 0.3 * Math.sin(2 * Math.PI * t / 24));
            }
            ci.put(r.id(), series);
        }
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            boolean euOnly = infeasible && i < 3;
            String home = euOnly ? "us-a" : (i % 2 == 0 ? "eu-a" : "us-a");
            double p95 = infeasible && (i == 3 || i == 4) ? 0.95 : 0.5;
            boolean batch = i >= 6;
            workloads.add(new Workload("w" + i, 1 + i % 3, home, "v" + (1 << (i % 3 + 1)), p95 * 0.6, p95,
                    batch ? WorkloadKind.BATCH : WorkloadKind.ALWAYS_ON, batch ? 4 : 0, batch ? 20 : 0,
                    batch ? 12 : 0, true, euOnly ? Set.of("EU") : Set.of("EU", "US"), 50.0, 8.0, 500,
                    100, 10_000, 0.01));
        }
        List<Dependency> deps = List.of(new Dependency("w0", "w1", 50), new Dependency("w2", "w5", 20));
        return new PlacementInstance(new InstanceParameters(infeasible ? "infeasible-now" : "feasible-now", 4),
                regions, sizes, providers, workloads, deps, new CarbonForecast(Instant.parse("2023-06-01T00:00:00Z"),
                ci));
    }

    private static Region region(String id, Provider p, String jurisdiction, double lat, double lon, double ci,
                                 double priceMultiplier) {
        return new Region(id, p, jurisdiction, lat, lon, 1.2, 0.3, 3.0, ci, priceMultiplier, 0.6, 0.5, 10_000, "");
    }

    /** Whether every constraint value is 0. */
    static boolean allZero(double[] constraints) {
        return Arrays.stream(constraints).allMatch(c -> c == 0);
    }
}
