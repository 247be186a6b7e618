package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bomoco.model.Catalogue;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue shipped in {@code datasets/} loads, meets the coverage the foundation issue asks for, and generates. */
class BundledDatasetsTest {
    private static final Path DATASETS = Path.of("datasets");
    private static Catalogue catalogue;
    private static CarbonProfiles profiles;

    @BeforeAll
    static void load() {
        catalogue = CatalogueReader.read(DATASETS);
        profiles = CarbonProfiles.read(DATASETS.resolve("carbon-profiles.csv"));
    }

    @Test
    void coversAtLeastThirtyRegionsAndEightPerProvider() {
        assertTrue(catalogue.regions().size() >= 30, "regions: " + catalogue.regions().size());
        Map<Provider, Long> perProvider = catalogue.regions().stream()
                .collect(Collectors.groupingBy(Region::provider, Collectors.counting()));
        for (Provider p : Provider.values()) {
            assertTrue(perProvider.getOrDefault(p, 0L) >= 8, p + ": " + perProvider.get(p));
        }
    }

    @Test
    void coversEuUsUkAndAsiaPacific() {
        Set<String> jurisdictions = catalogue.regions().stream().map(Region::jurisdiction).collect(Collectors.toSet());
        assertTrue(jurisdictions.containsAll(List.of("EU", "US", "UK")), jurisdictions.toString());
        assertTrue(jurisdictions.stream().anyMatch(j -> Set.of("SG", "JP", "IN", "AU", "KR").contains(j)),
                jurisdictions.toString());
    }

    @Test
    void everyRegionFollowsAProfiledZone() {
        for (Region r : catalogue.regions()) {
            assertTrue(profiles.hasZone(r.carbonZone()), r.id() + " -> " + r.carbonZone());
        }
    }

    @Test
    void everyProviderHasAPriceForEverySize() {
        assertEquals(EnumSet.allOf(Provider.class), catalogue.providers().keySet());
        catalogue.providers().values().forEach(p -> assertEquals(catalogue.sizes().size(),
                p.onDemandUsdPerHour().length));
    }

    @Test
    void generatesFromTheRealCatalogueDeterministically() {
        GeneratorSpec spec = new GeneratorSpec("t", 300, 11L, EnumSet.allOf(Provider.class), List.of(),
                Instant.parse("2023-06-01T00:00:00Z"));
        InstanceGenerator gen = new InstanceGenerator(catalogue, profiles);
        PlacementInstance a = gen.generate(spec).instance();
        PlacementInstance b = gen.generate(spec).instance();
        assertEquals(a, b);
        assertEquals(300, a.workloads().size());
        assertEquals(catalogue.regions().size(), a.regions().size());
    }
}
