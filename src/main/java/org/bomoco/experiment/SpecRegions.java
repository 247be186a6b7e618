package org.bomoco.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bomoco.data.CatalogueReader;
import org.bomoco.model.Catalogue;
import org.bomoco.model.Region;

/**
 * Checks the {@code generate.regions} of an experiment's instances against the catalogue at load, with the file and
 * line of each region id, instead of when the instance is generated at run start: every id must be in the
 * catalogue's {@code regions.csv} and belong to one of the instance's {@code generate.providers}. The same two
 * rules as {@link org.bomoco.data.InstanceGenerator}. The catalogue is read only when some instance lists regions.
 */
final class SpecRegions {
    private SpecRegions() {
    }

    /**
     * @param node the {@code instances} node
     * @param instances the instances read from it, in the same order
     * @param catalogue the catalogue directory, or null to skip the check (readers of stored results)
     */
    static void check(SpecNode node, List<InstanceSpec> instances, Path catalogue) {
        if (catalogue == null) {
            return;
        }
        List<SpecNode> items = node.list("");
        Catalogue cat = null;
        for (int i = 0; i < items.size(); i++) {
            GenerateSpec g = instances.get(i).generate();
            if (g == null || g.regions().isEmpty()) {
                continue;
            }
            if (cat == null) {
                cat = read(catalogue, items.get(i));
            }
            Map<String, SpecNode> generate = items.get(i).anyMapping("").get("generate").anyMapping("");
            for (SpecNode r : generate.get("regions").list("")) {
                check(r, g, cat, catalogue);
            }
        }
    }

    private static Catalogue read(Path catalogue, SpecNode at) {
        if (!Files.isRegularFile(catalogue.resolve("regions.csv"))) {
            throw at.error("generate.regions cannot be checked: the catalogue " + catalogue.resolve("regions.csv")
                    + " does not exist; run from the repository root or give --catalogue DIR");
        }
        return CatalogueReader.read(catalogue);
    }

    private static void check(SpecNode r, GenerateSpec g, Catalogue cat, Path catalogue) {
        String id = r.text();
        Region region = cat.region(id).orElseThrow(() -> r.error("region '" + id + "' is not in the catalogue "
                + catalogue.resolve("regions.csv") + "; use an id of its 'region' column, e.g. "
                + String.join(", ", cat.regions().stream().limit(3).map(Region::id).toList())));
        if (!g.providers().contains(region.provider().id())) {
            throw r.error("region '" + id + "' belongs to " + region.provider().id() + ", which is not among "
                    + "generate.providers " + g.providers() + "; add " + region.provider().id()
                    + " to the providers or remove the region");
        }
    }
}
