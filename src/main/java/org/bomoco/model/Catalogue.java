package org.bomoco.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The world an instance is drawn from: regions, the size ladder and provider facts (the {@code datasets/} catalogue). */
public record Catalogue(List<Region> regions, List<InstanceSize> sizes, Map<Provider, ProviderSpec> providers) {
    public Catalogue {
        regions = List.copyOf(regions);
        sizes = List.copyOf(sizes);
        providers = Map.copyOf(providers);
    }

    public Optional<Region> region(String id) {
        Objects.requireNonNull(id, "id");
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
