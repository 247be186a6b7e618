package org.bomoco.data;

import static org.bomoco.data.Fixtures.assertInputError;
import static org.bomoco.data.Fixtures.replace;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.bomoco.model.Catalogue;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Provider;
import org.bomoco.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CatalogueReader} on the four shared files of the valid fixture (a catalogue directory holds the same
 * files; the other files of the fixture are ignored).
 */
class CatalogueReaderTest {
    @Test
    void readsTheFourFiles(@TempDir Path tmp) {
        Catalogue c = CatalogueReader.read(Fixtures.validInstance(tmp));
        // regions.csv line 3: azure,uksouth,UK,51.51,-0.13,1.18,0.35,1.2,200,1.15,0.7,0.8,64,GB
        assertEquals(new Region("uksouth", Provider.AZURE, "UK", 51.51, -0.13, 1.18, 0.35, 1.2, 200, 1.15, 0.7, 0.8,
                64, "GB"), c.region("uksouth").orElseThrow());
        assertEquals(List.of("eu-west-1", "uksouth", "us-east4"), c.regions().stream().map(Region::id).toList());
        assertEquals(new InstanceSize("v4", 4, 16, 0.0024), c.sizes().get(2));
        // prices.csv: gcp,v1,0.049 / gcp,v2,0.097 / gcp,v4,0.194, in ladder order
        assertArrayEquals(new double[] {0.049, 0.097, 0.194}, c.providers().get(Provider.GCP).onDemandUsdPerHour());
        assertEquals(3.76, c.providers().get(Provider.AZURE).maxWattsPerVcpu());
    }

    @Test
    void theCatalogueNeedsCarbonZones(@TempDir Path tmp) {
        Path dir = Fixtures.validInstance(tmp);
        Fixtures.edit(dir, "regions.csv", replace(",64,GB", ",64,"));
        assertInputError(() -> CatalogueReader.read(dir), "regions.csv", 3, "ci_zone", "empty value");
        // an instance does not use the zone, so it may be empty there
        assertEquals("", InstanceReader.read(dir).regions().get(1).carbonZone());
    }

    @Test
    void missingFileIsNamed(@TempDir Path tmp) throws Exception {
        Path dir = Fixtures.validInstance(tmp);
        java.nio.file.Files.delete(dir.resolve("prices.csv"));
        assertInputError(() -> CatalogueReader.read(dir), "prices.csv", 0, null, "file not found");
    }
}
