package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Dependency;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link InstanceReader} on the valid fixture and on the demo instance. */
class InstanceReaderTest {
    private static final Path DEMO = Path.of("datasets", "instances", "demo");

    @Test
    void readsTheFixture(@TempDir Path tmp) {
        PlacementInstance p = InstanceReader.read(Fixtures.validInstance(tmp));
        assertEquals("fixture", p.parameters().name());
        assertEquals(1, p.parameters().maxMigrations());
        assertEquals(Instant.parse("2023-06-01T00:00:00Z"), p.forecast().start());
        assertEquals(List.of("web", "db", "etl", "report"), p.workloads().stream().map(Workload::id).toList());
        // workloads.csv line 5: etl,2,us-east4,v4,0.7,0.9,batch,4,30,10,true,US;EU,40.7,-74.0,200,50,1000,0.002
        assertEquals(new Workload("etl", 2, "us-east4", "v4", 0.7, 0.9, WorkloadKind.BATCH, 4, 30, 10, true,
                Set.of("US", "EU"), 40.7, -74.0, 200, 50, 1000, 0.002), p.workloads().get(2));
        assertEquals(0.15, p.workloads().get(3).dataGb(), "1.5e-1 in exponent notation");
        assertEquals(List.of(new Dependency("web", "db", 100), new Dependency("etl", "db", 2.5)), p.dependencies());
        assertEquals(Set.of(Provider.AWS, Provider.AZURE, Provider.GCP), p.providers().keySet());
        assertEquals(48, p.forecast().series("uksouth").length);
    }

    @Test
    void forecastValuesLandOnTheirHours(@TempDir Path tmp) throws Exception {
        Path dir = Fixtures.validInstance(tmp);
        List<String> lines = Files.readAllLines(dir.resolve("carbon.csv"));
        PlacementInstance p = InstanceReader.read(dir);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            assertEquals(Double.parseDouble(c[2]), p.forecast().series(c[0])[Integer.parseInt(c[1])], line);
        }
    }

    @Test
    void headerOnlyDependenciesAreAllowed(@TempDir Path tmp) {
        Path dir = Fixtures.validInstance(tmp);
        Fixtures.edit(dir, "dependencies.csv", Fixtures.whole("from,to,traffic_gb_per_month\n"));
        assertTrue(InstanceReader.read(dir).dependencies().isEmpty());
    }

    @Test
    void actualCarbonIsOptionalAndValidated(@TempDir Path tmp) throws Exception {
        Path dir = Fixtures.validInstance(tmp);
        assertTrue(InstanceReader.readActualCarbon(dir).isEmpty());
        Files.copy(dir.resolve("carbon.csv"), dir.resolve("carbon-actual.csv"));
        CarbonForecast actual = InstanceReader.readActualCarbon(dir).orElseThrow();
        assertEquals(InstanceReader.read(dir).forecast().series("us-east4")[47], actual.series("us-east4")[47]);
        Fixtures.edit(dir, "carbon-actual.csv", Fixtures.dropLines(2, 2));
        Fixtures.assertInputError(() -> InstanceReader.readActualCarbon(dir), "carbon-actual.csv", 0, "hour",
                "region eu-west-1 lacks hour 0");
    }

    @Test
    void theDemoLoads() {
        PlacementInstance demo = InstanceReader.read(DEMO);
        assertEquals("demo", demo.parameters().name());
        assertEquals(2, demo.parameters().maxMigrations());
        assertEquals(8, demo.workloads().size());
        assertEquals(6, demo.regions().size());
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 64), demo.sizes().stream().map(s -> s.vcpus()).toList());
        assertEquals(Set.of(Provider.values()).size(), demo.providers().size());
        assertEquals(2, demo.workloads().stream().filter(w -> w.kind() == WorkloadKind.BATCH && w.slackHours() > 0)
                .count());
        assertTrue(demo.workloads().stream().anyMatch(w -> w.jurisdictions().equals(Set.of("EU"))), "EU-only");
        assertEquals(Set.of("EU", "UK", "US"), Set.copyOf(demo.regions().stream().map(Region::jurisdiction).toList()));
        // README: carbon.csv and carbon-actual.csv were drawn by forecastFor(the catalogue's rows of the demo's
        // regions, 2023-06-01T00:00Z, seed 2023), as the instance generator does
        java.nio.file.Path datasets = java.nio.file.Path.of("datasets");
        org.bomoco.model.Catalogue catalogue = CatalogueReader.read(datasets);
        List<Region> catalogueRows = demo.regions().stream().map(r -> catalogue.region(r.id()).orElseThrow()).toList();
        CarbonForecastGenerator.Forecasts drawn = new CarbonForecastGenerator(
                CarbonProfiles.read(datasets.resolve("carbon-profiles.csv")))
                .forecastFor(catalogueRows, demo.forecast().start(), 2023L);
        assertEquals(drawn.forecast(), demo.forecast());
        assertEquals(java.util.Optional.of(drawn.actual()), InstanceReader.readActualCarbon(DEMO));
    }
}
