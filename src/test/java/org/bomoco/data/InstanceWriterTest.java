package org.bomoco.data;

import static org.bomoco.data.Fixtures.assertSameInstance;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InstanceWriter}: write-then-read gives an equal instance, and the bytes are deterministic. */
class InstanceWriterTest {
    @Test
    void fixtureRoundTrips(@TempDir Path tmp) throws Exception {
        PlacementInstance p = InstanceReader.read(Fixtures.validInstance(tmp));
        Path out = tmp.resolve("out");
        InstanceWriter.write(p, Optional.empty(), out);
        assertSameInstance(p, InstanceReader.read(out));
        // fixed column order, ladder order, shortest numbers ("4" not "4.0"), '\n' line ends
        assertEquals("size,vcpus,memory_gb,embodied_kg_per_hour\nv1,1,4,0.0006\nv2,2,8,0.0012\nv4,4,16,0.0024\n",
                Files.readString(out.resolve("sizes.csv")));
        assertEquals("name: \"fixture\"\nmax_migrations: 1\nforecast_start: 2023-06-01T00:00:00Z\n",
                Files.readString(out.resolve("instance.yaml")));
        // jurisdictions sorted; 1.5e-1 written plainly
        assertTrue(Files.readString(out.resolve("workloads.csv"))
                .contains("\netl,2,us-east4,v4,0.7,0.9,batch,4,30,10,true,EU;US,40.7,-74,200,50,1000,0.002\n"));
        assertTrue(Files.readString(out.resolve("workloads.csv")).contains(",UK,51.5,-0.1,300,0.15,0,0\n"));
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(), "temp files left");
        }
    }

    @Test
    void outputIsByteForByteDeterministic(@TempDir Path tmp) throws Exception {
        PlacementInstance p = randomInstance(new SplittableRandom(3));
        InstanceWriter.write(p, Optional.empty(), tmp.resolve("a"));
        InstanceWriter.write(p, Optional.empty(), tmp.resolve("b"));
        InstanceWriter.write(InstanceReader.read(tmp.resolve("a")), Optional.empty(), tmp.resolve("c"));
        assertEquals(Fixtures.contents(tmp.resolve("a")), Fixtures.contents(tmp.resolve("b")));
        assertEquals(Fixtures.contents(tmp.resolve("a")), Fixtures.contents(tmp.resolve("c")));
    }

    @Test
    void randomInstancesRoundTrip(@TempDir Path tmp) {
        SplittableRandom rng = new SplittableRandom(20240601);
        for (int i = 0; i < 20; i++) {
            PlacementInstance p = randomInstance(rng);
            Path dir = tmp.resolve("i" + i);
            CarbonForecast actual = forecast(rng, p.regions(), p.forecast().start());
            InstanceWriter.write(p, Optional.of(actual), dir);
            assertSameInstance(p, InstanceReader.read(dir));
            CarbonForecast back = InstanceReader.readActualCarbon(dir).orElseThrow();
            p.regions().forEach(r -> assertArrayEquals(actual.series(r.id()), back.series(r.id())));
        }
    }

    @Test
    void demoRoundTrips(@TempDir Path tmp) {
        PlacementInstance demo = InstanceReader.read(Path.of("datasets", "instances", "demo"));
        InstanceWriter.write(demo, Optional.empty(), tmp);
        assertSameInstance(demo, InstanceReader.read(tmp));
    }

    @Test
    void writingWithoutActualsRemovesAStaleFile(@TempDir Path tmp) {
        PlacementInstance p = randomInstance(new SplittableRandom(5));
        InstanceWriter.write(p, Optional.of(p.forecast()), tmp);
        assertTrue(Files.exists(tmp.resolve("carbon-actual.csv")));
        InstanceWriter.write(p, Optional.empty(), tmp);
        assertFalse(Files.exists(tmp.resolve("carbon-actual.csv")));
        CarbonForecast shifted = new CarbonForecast(p.forecast().start().plusSeconds(3600),
                p.forecast().gramsCo2PerKwh());
        assertThrows(IllegalArgumentException.class, () -> InstanceWriter.write(p, Optional.of(shifted), tmp));
    }

    /** A valid instance with full-precision numbers and ids that need CSV quoting. */
    static PlacementInstance randomInstance(SplittableRandom rng) {
        List<InstanceSize> sizes = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            sizes.add(new InstanceSize("v" + (1 << k), 1 << k, 4.0 * (1 << k), rng.nextDouble() * 0.05));
        }
        List<Region> regions = new ArrayList<>();
        Map<Provider, ProviderSpec> providers = new HashMap<>();
        String[] codes = {"EU", "US", "UK", "CH"};
        for (Provider p : Provider.values()) {
            for (int j = 0; j < 2; j++) {
                regions.add(new Region(p.id() + "-r" + j, p, codes[rng.nextInt(codes.length)],
                        rng.nextDouble(-90, 90), rng.nextDouble(-180, 180), 1 + rng.nextDouble(), rng.nextDouble(),
                        rng.nextDouble(3), rng.nextDouble(1, 800), rng.nextDouble(0.5, 2), rng.nextDouble(0, 0.95),
                        rng.nextDouble(3), 1 + rng.nextInt(4096), j == 0 ? "Z-" + p.id() : ""));
            }
            double[] prices = rng.doubles(sizes.size(), 0, 5).toArray();
            providers.put(p, new ProviderSpec(p, rng.nextDouble(2), 2 + rng.nextDouble(3), rng.nextDouble(),
                    rng.nextDouble(0.1), rng.nextDouble(0.2), prices));
        }
        List<Workload> workloads = new ArrayList<>();
        String[] odd = {"a,b", "#hash", "say \"hi\"", "naïve-ünïcode"};
        for (int w = 0; w < 6; w++) {
            workloads.add(workload(rng, w < odd.length ? odd[w] : "w" + w, regions, sizes));
        }
        List<Dependency> deps = List.of(new Dependency(workloads.get(0).id(), workloads.get(1).id(), rng.nextDouble()),
                new Dependency(workloads.get(1).id(), workloads.get(0).id(), 1e-9 * rng.nextDouble()));
        CarbonForecast forecast = forecast(rng, regions, Instant.parse("2024-02-29T13:00:00Z"));
        return new PlacementInstance(new InstanceParameters("rand \"x\": y #z", rng.nextInt(10)), regions, sizes,
                providers, workloads, deps, forecast);
    }

    private static Workload workload(SplittableRandom rng, String id, List<Region> regions, List<InstanceSize> sizes) {
        Region r = regions.get(rng.nextInt(regions.size()));
        Set<String> j = new LinkedHashSet<>();
        j.add(r.jurisdiction());
        j.add(regions.get(rng.nextInt(regions.size())).jurisdiction());
        boolean batch = rng.nextBoolean();
        int dur = batch ? 1 + rng.nextInt(48) : 0;
        double mean = rng.nextDouble();
        return new Workload(id, 1 + rng.nextInt(20), r.id(), sizes.get(rng.nextInt(sizes.size())).id(), mean,
                mean + rng.nextDouble() * (1 - mean), batch ? WorkloadKind.BATCH : WorkloadKind.ALWAYS_ON, dur,
                batch ? 1 + rng.nextInt(60) : 0, batch ? rng.nextInt(49 - dur) : 0, rng.nextBoolean(), j,
                rng.nextDouble(-90, 90), rng.nextDouble(-180, 180), rng.nextDouble(1, 500), rng.nextDouble(1e4),
                rng.nextDouble(1e6), rng.nextDouble(0.05));
    }

    private static CarbonForecast forecast(SplittableRandom rng, List<Region> regions, Instant start) {
        Map<String, double[]> series = new HashMap<>();
        regions.forEach(r -> series.put(r.id(), rng.doubles(CarbonForecast.WINDOW_HOURS, 0, 900).toArray()));
        return new CarbonForecast(start, series);
    }
}
