package org.bomoco.algorithms;

import java.time.Instant;
import java.util.Arrays;
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

/** Hand-made instances small enough to enumerate and to score by hand (values plausible, not sourced). */
final class TinyInstances {
    private TinyInstances() {
    }

    /** Sizes v1, v2 (and v4 when {@code three}), no memory, no embodied emissions. */
    static List<InstanceSize> sizes(boolean three) {
        List<InstanceSize> all = List.of(new InstanceSize("v1", 1, 0, 0), new InstanceSize("v2", 2, 0, 0),
                new InstanceSize("v4", 4, 0, 0));
        return three ? all : all.subList(0, 2);
    }

    private static Map<String, double[]> forecast(List<Region> regions, double wave) {
        Map<String, double[]> series = new LinkedHashMap<>();
        for (Region r : regions) {
            double[] s = new double[CarbonForecast.WINDOW_HOURS];
            for (int t = 0; t < s.length; t++) {
                s[t] = r.meanGramsCo2PerKwh() * (1 + wave * Math.sin(t / 4.0));
            }
            series.put(r.id(), s);
        }
        return series;
    }

    /**
     * The composite-score fixture: one AWS provider (10 W per vCPU at any load, prices v1 $0.1/h, v2 $0.2/h),
     * regions A (CI 400 g/kWh, price ×1) and B (CI 100, price ×0.5) at the same point on the equator, PUE 1, no
     * water; two always-on workloads in A at v2 with users at that point (20.5 ms to either region), u = 0.25,
     * u95 = 0.3, spot not allowed, no data, no revenue: w0 with 1 instance, w1 with 3.
     */
    static PlacementInstance twoWorkloads(int maxMigrations, int capacityB) {
        ProviderSpec aws = new ProviderSpec(Provider.AWS, 10, 10, 0, 0.01, 0.09, new double[] {0.1, 0.2});
        List<Region> regions = List.of(
                new Region("A", Provider.AWS, "EU", 0, 0, 1, 0, 0, 400, 1.0, 0.5, 0, 100, ""),
                new Region("B", Provider.AWS, "EU", 0, 0, 1, 0, 0, 100, 0.5, 0.5, 0, capacityB, ""));
        List<Workload> workloads = List.of(alwaysOn("w0", 1), alwaysOn("w1", 3));
        return new PlacementInstance(new InstanceParameters("composite-hand", maxMigrations), regions, sizes(false),
                Map.of(Provider.AWS, aws), workloads, List.of(),
                new CarbonForecast(Instant.EPOCH, forecast(regions, 0)));
    }

    private static Workload alwaysOn(String id, int count) {
        return new Workload(id, count, "A", "v2", 0.25, 0.3, WorkloadKind.ALWAYS_ON, 0, 0, 0, false, Set.of("EU"),
                0, 0, 100, 0, 0, 0);
    }

    /**
     * Three workloads (one batch with 2 h slack), two regions of two providers, three sizes, one dependency: a
     * space of 12·12·36 = 5,184 decisions. {@code sloMs} below 20.5 makes every decision infeasible.
     */
    static PlacementInstance enumerable(double sloMs) {
        List<InstanceSize> sizes = sizes(true);
        Map<Provider, ProviderSpec> providers = Map.of(
                Provider.AWS, new ProviderSpec(Provider.AWS, 1.0, 4.0, 0.5, 0.02, 0.09,
                        new double[] {0.05, 0.10, 0.20}),
                Provider.AZURE, new ProviderSpec(Provider.AZURE, 2.0, 5.0, 0.4, 0.03, 0.08,
                        new double[] {0.04, 0.09, 0.22}));
        List<Region> regions = List.of(
                new Region("a-eu", Provider.AWS, "EU", 50, 8, 1.2, 0.5, 2.0, 300, 1.0, 0.6, 0.5, 12, ""),
                new Region("z-us", Provider.AZURE, "US", 40, -75, 1.1, 0.2, 3.0, 200, 0.9, 0.7, 1.0, 10, ""));
        List<Workload> workloads = List.of(
                new Workload("web", 2, "a-eu", "v2", 0.3, 0.6, WorkloadKind.ALWAYS_ON, 0, 0, 0, true,
                        Set.of("EU", "US"), 48, 2, sloMs + 60, 50, 10_000, 0.01),
                new Workload("db", 1, "a-eu", "v4", 0.5, 0.7, WorkloadKind.ALWAYS_ON, 0, 0, 0, false,
                        Set.of("EU", "US"), 48, 2, sloMs + 100, 200, 5_000, 0.02),
                new Workload("etl", 3, "z-us", "v1", 0.8, 0.85, WorkloadKind.BATCH, 4, 10, 2, true, Set.of("US"),
                        40, -75, sloMs, 10, 0, 0));
        return new PlacementInstance(new InstanceParameters("tiny", 1), regions, sizes, providers, workloads,
                List.of(new Dependency("web", "db", 100)), new CarbonForecast(Instant.EPOCH, forecast(regions, 0.3)));
    }

    /** Every decision of a problem with the given inclusive upper bounds, by recursion (independent of the odometer). */
    static void forEachDecision(int[] upper, java.util.function.Consumer<int[]> action) {
        recurse(new int[upper.length], upper, 0, action);
    }

    private static void recurse(int[] x, int[] upper, int j, java.util.function.Consumer<int[]> action) {
        if (j == x.length) {
            action.accept(Arrays.copyOf(x, x.length));
            return;
        }
        for (int v = 0; v <= upper[j]; v++) {
            x[j] = v;
            recurse(x, upper, j + 1, action);
        }
    }
}
