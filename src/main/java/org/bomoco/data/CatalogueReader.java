package org.bomoco.data;

import java.nio.file.Path;
import java.util.List;

import org.bomoco.model.Catalogue;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Region;

/**
 * Reads the catalogue directory ({@code datasets/}): {@code regions.csv}, {@code sizes.csv}, {@code providers.csv}
 * and {@code prices.csv} as {@code docs/formats.md} defines them. In the catalogue every region must name its
 * {@code ci_zone}. ({@code carbon-profiles.csv} is read separately.)
 */
public final class CatalogueReader {
    private CatalogueReader() {
    }

    /**
     * Reads and validates the catalogue in {@code dir}.
     *
     * @throws org.bomoco.model.InputException naming the file, line, field and fix of the first problem found
     */
    public static Catalogue read(Path dir) {
        List<InstanceSize> sizes = SharedTables.readSizes(dir);
        List<Region> regions = SharedTables.readRegions(dir, true);
        return new Catalogue(regions, sizes, SharedTables.readProviders(dir, regions, sizes));
    }
}
