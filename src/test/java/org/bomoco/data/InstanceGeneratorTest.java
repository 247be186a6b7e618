package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Dependency;
import org.bomoco.model.InputException;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.junit.jupiter.api.Test;

class InstanceGeneratorTest {
    private static final Instant JUNE = Instant.parse("2023-06-01T00:00:00Z");
    private static final int N = 2000;
    private final InstanceGenerator gen = new InstanceGenerator(InstanceGeneratorFixtures.catalogue(),
            InstanceGeneratorFixtures.profiles());
    private final PlacementInstance big = generate(N, 2024, List.of()).instance();

    private InstanceGenerator.Generated generate(int n, long seed, List<String> regions) {
        return gen.generate(new GeneratorSpec("t", n, seed, EnumSet.allOf(Provider.class), regions, JUNE));
    }

    private double share(Predicate<Workload> p) {
        return big.workloads().stream().filter(p).count() / (double) N;
    }

    private double median(java.util.function.ToDoubleFunction<Workload> f) {
        double[] v = big.workloads().stream().mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }

    static void assertSameForecast(CarbonForecast a, CarbonForecast b) {
        assertEquals(a.start(), b.start());
        assertEquals(a.gramsCo2PerKwh().keySet(), b.gramsCo2PerKwh().keySet());
        a.gramsCo2PerKwh().keySet().forEach(r -> assertArrayEquals(a.series(r), b.series(r), r));
    }

    @Test
    void sameSeedSameInstanceOtherSeedOtherInstance() {
        var a = generate(300, 9, List.of());
        var b = generate(300, 9, List.of());
        // CarbonForecast holds arrays, so the records' equals compares them by identity: check field by field.
        assertEquals(a.instance().parameters(), b.instance().parameters());
        assertEquals(a.instance().regions(), b.instance().regions());
        assertEquals(a.instance().sizes(), b.instance().sizes());
        assertEquals(a.instance().providers(), b.instance().providers());
        assertEquals(a.instance().workloads(), b.instance().workloads());
        assertEquals(a.instance().dependencies(), b.instance().dependencies());
        assertSameForecast(a.instance().forecast(), b.instance().forecast());
        assertSameForecast(a.actual(), b.actual());
        var c = generate(300, 10, List.of());
        assertNotEquals(a.instance().workloads(), c.instance().workloads());
        assertFalse(Arrays.equals(a.actual().series("eu-a"), c.actual().series("eu-a")));
    }

    @Test
    void headlineStatisticsFallInTheDocumentedRanges() {
        // Expected values follow from GeneratorDistributions; bands are ≈ 4 binomial sd at N = 2,000 (sd ≤ 0.011).
        assertBetween(0.20, 0.30, share(w -> w.kind() == WorkloadKind.BATCH), "batch share (0.25)");
        assertBetween(0.33, 0.45, share(Workload::spotOk), "spot share (0.25·0.8 + 0.75·0.25 = 0.39)");
        assertBetween(0.20, 0.30, share(w -> w.jurisdictions().size() == 1), "restricted share (0.25)");
        // Mean CPU: lognormal, median 0.12, mean 0.12·exp(0.7²/2) = 0.153 (published 10–20 %).
        assertBetween(0.10, 0.20, big.workloads().stream().mapToDouble(Workload::cpuMean).average().orElseThrow(),
                "mean CPU");
        assertBetween(0.10, 0.14, median(Workload::cpuMean), "median CPU");
        assertBetween(1.7, 2.3, median(w -> w.cpuP95() / w.cpuMean()), "median p95/mean (≈ 2)");
        // Counts: P(n = 1) = 1 − 2^−1.1 = 0.53; sizes: P(≤ 4 vCPUs) ≈ 0.80 under the log2 normal curve.
        assertBetween(0.48, 0.58, share(w -> w.count() == 1), "single-instance share");
        assertBetween(0.74, 0.86, share(w -> Set.of("v1", "v2", "v4").contains(w.sizeId())), "small sizes");
        assertBetween(0.35, 0.50, share(w -> w.latencySloMs() <= 75), "SLO ≤ 75 ms (tiers 0.25 + 0.2)");
        assertBetween(0.0085, 0.0115, median(Workload::latencySensitivity), "median sensitivity (0.01)");
        assertBetween(40, 62, median(Workload::dataGb), "median data GB (50)");
        // Revenue: Pareto α = 1.16 → the top 20 % carry 0.2^(1 − 1/α) = 80 % (less once capped); min $500.
        double[] rev = big.workloads().stream().mapToDouble(Workload::revenueUsdPerMonth).sorted().toArray();
        double total = Arrays.stream(rev).sum();
        double top = Arrays.stream(rev, (int) (0.8 * N), N).sum();
        assertBetween(0.55, 0.95, top / total, "top-20 % revenue share");
        assertTrue(rev[0] >= 500, "revenue ≥ $500");
        // Dependencies: mean out-degree 0.35 + 2·0.2 = 0.75; ≈ 80 % same region.
        assertBetween(0.65, 0.85, big.dependencies().size() / (double) N, "mean out-degree");
        Map<String, String> home = big.workloads().stream().collect(Collectors.toMap(Workload::id, Workload::regionId));
        long local = big.dependencies().stream().filter(d -> home.get(d.from()).equals(home.get(d.to()))).count();
        assertBetween(0.75, 0.9, local / (double) big.dependencies().size(), "same-region calls");
        assertBetween(0.10 * N, 0.20 * N, big.parameters().maxMigrations(), "migration budget");
    }

    private static void assertBetween(double lo, double hi, double v, String what) {
        assertTrue(v >= lo && v <= hi, what + " = " + v + " not in [" + lo + ", " + hi + "]");
    }

    @Test
    void currentStateIsCapacityAndLatencyFeasible() {
        Map<String, Integer> vcpus = big.sizes().stream().collect(Collectors.toMap(InstanceSize::id, InstanceSize::vcpus));
        Map<String, Long> load = new HashMap<>();
        big.workloads().forEach(w -> load.merge(w.regionId(), (long) w.count() * vcpus.get(w.sizeId()), Long::sum));
        long demand = load.values().stream().mapToLong(Long::longValue).sum();
        long capacity = 0;
        for (Region r : big.regions()) {
            assertTrue(r.vcpuCapacity() >= 1.2 * load.getOrDefault(r.id(), 0L), r.id());
            capacity += r.vcpuCapacity();
        }
        assertBetween(2.0 * demand, 3.0 * demand, capacity, "total capacity");
        Map<String, Region> regions = big.regions().stream().collect(Collectors.toMap(Region::id, r -> r));
        Set<String> jurisdictions = big.regions().stream().map(Region::jurisdiction).collect(Collectors.toSet());
        for (Workload w : big.workloads()) {
            Region r = regions.get(w.regionId());
            // PROBLEM.md: lat = 20.5 + 0.0148·km, haversine with R = 6371 km (recomputed here independently).
            double dLat = Math.toRadians(r.latitude() - w.userLatitude());
            double dLon = Math.toRadians(r.longitude() - w.userLongitude());
            double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(r.latitude()))
                    * Math.cos(Math.toRadians(w.userLatitude())) * Math.pow(Math.sin(dLon / 2), 2);
            double km = 2 * 6371 * Math.asin(Math.sqrt(a));
            assertTrue(20.5 + 0.0148 * km <= w.latencySloMs(), w.id());
            assertTrue(w.jurisdictions().contains(r.jurisdiction()), w.id());
            assertTrue(jurisdictions.containsAll(w.jurisdictions()), w.id());
        }
    }

    @Test
    void workloadFieldsAreValid() {
        for (Workload w : big.workloads()) {
            assertTrue(w.count() >= 1 && w.count() <= 50, w.id());
            assertTrue(w.cpuMean() > 0 && w.cpuMean() <= w.cpuP95() && w.cpuP95() <= 1, w.id());
            if (w.kind() == WorkloadKind.BATCH) {
                assertTrue(w.durationHours() >= 1 && w.durationHours() <= 12, w.id());
                assertTrue(w.runsPerMonth() >= 4 && w.runsPerMonth() <= 60, w.id());
                assertTrue(w.slackHours() >= 0 && w.slackHours() + w.durationHours() <= 48, w.id());
            } else {
                assertEquals(0, w.durationHours() + w.runsPerMonth() + w.slackHours(), w.id());
            }
        }
        Set<String> ids = big.workloads().stream().map(Workload::id).collect(Collectors.toSet());
        assertEquals(N, ids.size());
        Set<List<String>> pairs = new HashSet<>();
        for (Dependency d : big.dependencies()) {
            assertTrue(ids.contains(d.from()) && ids.contains(d.to()) && !d.from().equals(d.to()));
            assertTrue(pairs.add(List.of(d.from(), d.to())), "duplicate " + d);
            assertTrue(d.trafficGbPerMonth() >= 0);
        }
    }

    @Test
    void regionsCarryTheMonthMeanAndTheForecastCoversThem() {
        CarbonForecastGenerator carbon = new CarbonForecastGenerator(InstanceGeneratorFixtures.profiles());
        var g = generate(50, 3, List.of("uk-a", "eu-a"));
        List<Region> rs = g.instance().regions();
        assertEquals(List.of("uk-a", "eu-a"), rs.stream().map(Region::id).collect(Collectors.toList()));
        for (Region r : rs) {
            Region original = InstanceGeneratorFixtures.catalogue().region(r.id()).orElseThrow();
            assertEquals(carbon.monthlyMean(original, 6), r.meanGramsCo2PerKwh(), 0.005);
            assertEquals(48, g.instance().forecast().series(r.id()).length);
            assertFalse(Arrays.equals(g.instance().forecast().series(r.id()), g.actual().series(r.id())));
        }
        // Only the providers of the chosen regions (AZURE for uk-a, AWS for eu-a) are carried.
        assertEquals(EnumSet.of(Provider.AWS, Provider.AZURE), EnumSet.copyOf(g.instance().providers().keySet()));
        assertTrue(g.instance().workloads().stream().allMatch(w -> Set.of("uk-a", "eu-a").contains(w.regionId())));
    }

    @Test
    void badRegionChoicesAreInputErrors() {
        assertThrows(InputException.class, () -> generate(5, 1, List.of("nowhere")));
        InputException e = assertThrows(InputException.class, () -> gen.generate(new GeneratorSpec("t", 5, 1,
                Set.of(Provider.GCP), List.of("eu-a"), JUNE)));
        assertEquals("regions", e.field());
    }

    @Test
    void hundredThousandWorkloads() {
        long t0 = System.nanoTime();
        var g = generate(100_000, 1, List.of());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("InstanceGeneratorTest: 100,000 workloads, %d dependencies in %.2f s%n",
                g.instance().dependencies().size(), seconds);
        assertEquals(100_000, g.instance().workloads().size());
        assertEquals("w000001", g.instance().workloads().get(0).id()); // zero-padded to the width of 100000
    }
}
