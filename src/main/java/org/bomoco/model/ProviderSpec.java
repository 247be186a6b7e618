package org.bomoco.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * Per-provider facts: the Cloud Carbon Footprint power model, egress prices and base on-demand prices.
 *
 * @param provider the provider
 * @param minWattsPerVcpu {@code Wmin}, watts per vCPU at 0% CPU
 * @param maxWattsPerVcpu {@code Wmax}, watts per vCPU at 100% CPU
 * @param memoryWattsPerGb {@code Wmem}, watts per GB of memory
 * @param interRegionEgressUsdPerGb price of a GB moved between two regions of this provider
 * @param internetEgressUsdPerGb price of a GB leaving this provider (to another provider)
 * @param onDemandUsdPerHour base on-demand price {@code p_{prov,s}} for each size, indexed like the size ladder
 */
public record ProviderSpec(
        Provider provider,
        double minWattsPerVcpu,
        double maxWattsPerVcpu,
        double memoryWattsPerGb,
        double interRegionEgressUsdPerGb,
        double internetEgressUsdPerGb,
        double[] onDemandUsdPerHour) {

    public ProviderSpec {
        Objects.requireNonNull(provider, "provider");
        onDemandUsdPerHour = onDemandUsdPerHour.clone();
    }

    @Override
    public double[] onDemandUsdPerHour() {
        return onDemandUsdPerHour.clone();
    }

    /** Base on-demand price of the size at ladder index {@code sizeIndex}. */
    public double onDemandUsdPerHour(int sizeIndex) {
        return onDemandUsdPerHour[sizeIndex];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProviderSpec p && provider == p.provider
                && Double.compare(minWattsPerVcpu, p.minWattsPerVcpu) == 0
                && Double.compare(maxWattsPerVcpu, p.maxWattsPerVcpu) == 0
                && Double.compare(memoryWattsPerGb, p.memoryWattsPerGb) == 0
                && Double.compare(interRegionEgressUsdPerGb, p.interRegionEgressUsdPerGb) == 0
                && Double.compare(internetEgressUsdPerGb, p.internetEgressUsdPerGb) == 0
                && Arrays.equals(onDemandUsdPerHour, p.onDemandUsdPerHour);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, minWattsPerVcpu, maxWattsPerVcpu, memoryWattsPerGb,
                interRegionEgressUsdPerGb, internetEgressUsdPerGb, Arrays.hashCode(onDemandUsdPerHour));
    }

    @Override
    public String toString() {
        return "ProviderSpec[" + provider.id() + ", prices=" + Arrays.toString(onDemandUsdPerHour) + "]";
    }
}
