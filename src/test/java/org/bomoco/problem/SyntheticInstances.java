package org.bomoco.problem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

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
 * Seeded synthetic instances for tests and benchmarks (not a data generator: the values are plausible, not
 * sourced). Three providers with Cloud Carbon Footprint-like power coefficients, the 1..64 vCPU ladder, random
 * regions, workloads (30% batch) and about one dependency per two workloads.
 */
public final class SyntheticInstances {
    private static final String[] JURISDICTIONS = {"EU", "US", "UK", "CA", "SG", "JP", "IN", "AU", "BR"};

    private SyntheticInstances() {
    }

    /** A random instance of {@code workloads} workloads over {@code regions} regions, reproducible from the seed. */
    public static PlacementInstance create(int workloads, int regions, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<InstanceSize> sizes = new ArrayList<>();
        for (int v = 1; v <= 64; v *= 2) {
            sizes.add(new InstanceSize("v" + v, v, 4.0 * v, 0.0006 * v + 0.002));
        }
        Map<Provider, ProviderSpec> providers = new EnumMap<>(Provider.class);
        providers.put(Provider.AWS, provider(Provider.AWS, 0.74, 3.5, 0.02, 0.09, sizes, rng));
        providers.put(Provider.AZURE, provider(Provider.AZURE, 0.78, 3.76, 0.02, 0.087, sizes, rng));
        providers.put(Provider.GCP, provider(Provider.GCP, 0.71, 4.26, 0.01, 0.12, sizes, rng));
        List<Region> regionList = new ArrayList<>();
        Map<String, double[]> forecast = new LinkedHashMap<>();
        long capacity = Math.max(64, 12L * workloads / regions * 4);
        for (int r = 0; r < regions; r++) {
            Region region = region(r, capacity, rng);
            regionList.add(region);
            double[] series = new double[CarbonForecast.WINDOW_HOURS];
            for (int t = 0; t < series.length; t++) {
                series[t] = region.meanGramsCo2PerKwh() * (0.6 + 0.8 * rng.nextDouble());
            }
            forecast.put(region.id(), series);
        }
        List<Workload> workloadList = new ArrayList<>(workloads);
        for (int i = 0; i < workloads; i++) {
            workloadList.add(workload(i, regionList.get(rng.nextInt(regions)), sizes, rng));
        }
        return new PlacementInstance(new InstanceParameters("synthetic-" + workloads + "-" + seed,
                Math.max(1, workloads / 10)), regionList, sizes, providers, workloadList,
                dependencies(workloads, rng), new CarbonForecast(Instant.parse("2023-06-01T00:00:00Z"), forecast));
    }

    private static ProviderSpec provider(Provider p, double wMin, double wMax, double inter, double internet,
            List<InstanceSize> sizes, SplittableRandom rng) {
        double[] prices = new double[sizes.size()];
        double perVcpu = 0.04 + 0.02 * rng.nextDouble();
        for (int s = 0; s < prices.length; s++) {
            prices[s] = perVcpu * sizes.get(s).vcpus();
        }
        return new ProviderSpec(p, wMin, wMax, 0.392, inter, internet, prices);
    }

    private static Region region(int r, long capacity, SplittableRandom rng) {
        Provider p = Provider.values()[r % 3];
        return new Region(p.id() + "-r" + r, p, JURISDICTIONS[rng.nextInt(JURISDICTIONS.length)],
                -60 + 120 * rng.nextDouble(), -180 + 360 * rng.nextDouble(), 1.1 + 0.5 * rng.nextDouble(),
                2.0 * rng.nextDouble(), 1 + 4 * rng.nextDouble(), 20 + 780 * rng.nextDouble(),
                0.9 + 0.5 * rng.nextDouble(), 0.5 + 0.4 * rng.nextDouble(), 3 * rng.nextDouble(),
                (int) Math.min(Integer.MAX_VALUE, capacity / 2 + rng.nextLong(capacity)), "");
    }

    private static Workload workload(int i, Region home, List<InstanceSize> sizes, SplittableRandom rng) {
        boolean batch = rng.nextDouble() < 0.3;
        int duration = batch ? 1 + rng.nextInt(12) : 0;
        int slack = batch ? rng.nextInt(CarbonForecast.WINDOW_HOURS - duration + 1) : 0;
        double mean = 0.05 + 0.85 * rng.nextDouble();
        Set<String> allowed = new HashSet<>();
        allowed.add(home.jurisdiction());
        for (int k = rng.nextInt(3); k > 0; k--) {
            allowed.add(JURISDICTIONS[rng.nextInt(JURISDICTIONS.length)]);
        }
        return new Workload("w" + i, 1 + rng.nextInt(10), home.id(), sizes.get(rng.nextInt(5)).id(), mean,
                mean + (1 - mean) * rng.nextDouble(), batch ? WorkloadKind.BATCH : WorkloadKind.ALWAYS_ON,
                duration, batch ? 1 + rng.nextInt(30) : 0, slack, rng.nextBoolean(), allowed,
                home.latitude() + rng.nextDouble(-10, 10), home.longitude() + rng.nextDouble(-10, 10),
                30 + 170 * rng.nextDouble(), 1000 * rng.nextDouble(), 100_000 * rng.nextDouble(),
                0.005 + 0.025 * rng.nextDouble());
    }

    private static List<Dependency> dependencies(int workloads, SplittableRandom rng) {
        List<Dependency> deps = new ArrayList<>();
        Set<Long> pairs = new HashSet<>();
        for (int e = 0; e < workloads / 2 && workloads > 1; e++) {
            int from = rng.nextInt(workloads);
            int to = rng.nextInt(workloads);
            if (from != to && pairs.add((long) from * workloads + to)) {
                deps.add(new Dependency("w" + from, "w" + to, 500 * rng.nextDouble()));
            }
        }
        return deps;
    }

    /** A uniformly random decision within the problem's bounds. */
    public static int[] randomDecision(PlacementProblem problem, SplittableRandom rng) {
        int[] x = new int[problem.variableCount()];
        for (int v = 0; v < x.length; v++) {
            x[v] = rng.nextInt(problem.upperBound(v) + 1);
        }
        return x;
    }
}
