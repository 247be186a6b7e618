package org.bomoco.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete problem instance: the regions and sizes it may use, provider facts, workloads, dependencies,
 * the carbon forecast for the planning window, and its parameters.
 */
public record PlacementInstance(
        InstanceParameters parameters,
        List<Region> regions,
        List<InstanceSize> sizes,
        Map<Provider, ProviderSpec> providers,
        List<Workload> workloads,
        List<Dependency> dependencies,
        CarbonForecast forecast) {

    public PlacementInstance {
        Objects.requireNonNull(parameters, "parameters");
        regions = List.copyOf(regions);
        sizes = List.copyOf(sizes);
        providers = Map.copyOf(providers);
        workloads = List.copyOf(workloads);
        dependencies = List.copyOf(dependencies);
        Objects.requireNonNull(forecast, "forecast");
    }
}
