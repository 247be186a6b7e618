package org.bomoco.problem;

import org.bomoco.model.Geo;

import java.util.List;
import java.util.Map;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;

/**
 * Flat per-size, per-region, region×size and region×region tables of a compiled instance (row-major; region
 * {@code r}, size {@code s}: index {@code r·S + s}; purchase {@code o}: index {@code 2r + o}). Built once by
 * {@link PlacementProblem#compile}; read by {@link Evaluator}. O(R² + R·S + R·48) time and memory.
 */
final class RegionTables {
    /** Width of a row of {@link #ciRows}: 49 prefix sums, then {@code 0} and {@code CIbar_r}. */
    static final int CI_ROW = CarbonForecast.WINDOW_HOURS + 3;
    /** Offset in a {@link #ciRows} row at which {@code [0, CIbar]} sits, so always-on reads {@code CIbar − 0}. */
    static final int CI_MEAN_OFFSET = CarbonForecast.WINDOW_HOURS + 1;

    final int regionCount;
    final int sizeCount;
    final int[] vcpus;
    final double[] invVcpus;
    final double[] embodiedKgPerHour;
    /** {@code p_{prov(r),s}·m_r}, on-demand $/instance-hour. */
    final double[] onDemandUsdPerHour;
    /** {@code v_s·Wmin + mem_s·Wmem}, W (provider of r). */
    final double[] idleWatts;
    /** {@code v_s·(Wmax − Wmin)}, W per unit utilisation. */
    final double[] dynamicWatts;
    /** {@code PUE_r/1000}: W·h → facility kWh. */
    final double[] pueKwhPerWh;
    /** {@code WUE_r/PUE_r + EWIF_r}, litres per facility kWh. */
    final double[] litresPerFacilityKwh;
    /** Price factor by purchase: {@code 1} or {@code 1 − d_r}. */
    final double[] purchasePriceFactor;
    /** Performance penalty by purchase: {@code 0} or {@code q_r·60} ms. */
    final double[] purchasePenaltyMs;
    /** Revenue fraction lost by purchase: {@code 0} or {@code q_r·0.001}. */
    final double[] purchaseRevenueLoss;
    final double[] vcpuCapacity;
    /** Per region: prefix sums {@code Σ_{t<k} CI_r[t]} for k = 0..48, then {@code 0, CIbar_r}. */
    final double[] ciRows;
    /** {@code egress(a→b)} $/GB at {@code a·R + b}. */
    final double[] egressUsdPerGb;
    /** Latency between workloads in regions a and b, ms (1 ms on the diagonal). */
    final double[] latencyMs;

    RegionTables(PlacementInstance instance) {
        List<Region> regions = instance.regions();
        List<InstanceSize> sizes = instance.sizes();
        regionCount = regions.size();
        sizeCount = sizes.size();
        vcpus = new int[sizeCount];
        invVcpus = new double[sizeCount];
        embodiedKgPerHour = new double[sizeCount];
        for (int s = 0; s < sizeCount; s++) {
            vcpus[s] = sizes.get(s).vcpus();
            if (vcpus[s] <= 0) {
                throw new IllegalArgumentException("size " + sizes.get(s).id() + " has no vCPUs");
            }
            invVcpus[s] = 1.0 / vcpus[s];
            embodiedKgPerHour[s] = sizes.get(s).embodiedKgCo2ePerHour();
        }
        onDemandUsdPerHour = new double[regionCount * sizeCount];
        idleWatts = new double[regionCount * sizeCount];
        dynamicWatts = new double[regionCount * sizeCount];
        pueKwhPerWh = new double[regionCount];
        litresPerFacilityKwh = new double[regionCount];
        purchasePriceFactor = new double[2 * regionCount];
        purchasePenaltyMs = new double[2 * regionCount];
        purchaseRevenueLoss = new double[2 * regionCount];
        vcpuCapacity = new double[regionCount];
        ciRows = new double[regionCount * CI_ROW];
        for (int r = 0; r < regionCount; r++) {
            fillRegion(r, regions.get(r), spec(instance.providers(), regions.get(r)), sizes, instance.forecast());
        }
        egressUsdPerGb = new double[regionCount * regionCount];
        latencyMs = new double[regionCount * regionCount];
        fillPairs(regions, instance.providers());
    }

    private static ProviderSpec spec(Map<Provider, ProviderSpec> providers, Region region) {
        ProviderSpec spec = providers.get(region.provider());
        if (spec == null) {
            throw new IllegalArgumentException("region " + region.id() + ": no provider facts for "
                    + region.provider().id());
        }
        return spec;
    }

    private void fillRegion(int r, Region region, ProviderSpec spec, List<InstanceSize> sizes,
            CarbonForecast forecast) {
        if (spec.onDemandUsdPerHour().length != sizeCount) {
            throw new IllegalArgumentException("provider " + spec.provider().id() + " has "
                    + spec.onDemandUsdPerHour().length + " prices for " + sizeCount + " sizes");
        }
        for (int s = 0; s < sizeCount; s++) {
            InstanceSize size = sizes.get(s);
            int rs = r * sizeCount + s;
            onDemandUsdPerHour[rs] = spec.onDemandUsdPerHour(s) * region.priceMultiplier();
            idleWatts[rs] = size.vcpus() * spec.minWattsPerVcpu() + size.memoryGb() * spec.memoryWattsPerGb();
            dynamicWatts[rs] = size.vcpus() * (spec.maxWattsPerVcpu() - spec.minWattsPerVcpu());
        }
        pueKwhPerWh[r] = region.pue() / 1000.0;
        litresPerFacilityKwh[r] = region.wueLitresPerKwh() / region.pue() + region.ewifLitresPerKwh();
        purchasePriceFactor[2 * r] = 1.0;
        purchasePriceFactor[2 * r + 1] = 1.0 - region.spotDiscount();
        purchasePenaltyMs[2 * r + 1] = region.spotInterruptionsPerMonth() * 60.0;
        purchaseRevenueLoss[2 * r + 1] = region.spotInterruptionsPerMonth() * 0.001;
        if (region.vcpuCapacity() <= 0) {
            throw new IllegalArgumentException("region " + region.id() + " has no vCPU capacity");
        }
        vcpuCapacity[r] = region.vcpuCapacity();
        fillCarbonRow(r, region, forecast);
    }

    private void fillCarbonRow(int r, Region region, CarbonForecast forecast) {
        double[] series = forecast.gramsCo2PerKwh().get(region.id());
        if (series == null || series.length < CarbonForecast.WINDOW_HOURS) {
            throw new IllegalArgumentException("region " + region.id() + ": the carbon forecast needs "
                    + CarbonForecast.WINDOW_HOURS + " hourly values");
        }
        int base = r * CI_ROW;
        for (int t = 0; t < CarbonForecast.WINDOW_HOURS; t++) {
            ciRows[base + t + 1] = ciRows[base + t] + series[t];
        }
        ciRows[base + CI_MEAN_OFFSET] = 0.0;
        ciRows[base + CI_MEAN_OFFSET + 1] = region.meanGramsCo2PerKwh();
    }

    private void fillPairs(List<Region> regions, Map<Provider, ProviderSpec> providers) {
        for (int a = 0; a < regionCount; a++) {
            Region from = regions.get(a);
            ProviderSpec spec = providers.get(from.provider());
            for (int b = 0; b < regionCount; b++) {
                Region to = regions.get(b);
                int ab = a * regionCount + b;
                if (a == b) {
                    egressUsdPerGb[ab] = 0.0;
                    latencyMs[ab] = Geo.SAME_REGION_MS;
                } else {
                    egressUsdPerGb[ab] = from.provider() == to.provider()
                            ? spec.interRegionEgressUsdPerGb() : spec.internetEgressUsdPerGb();
                    latencyMs[ab] = Geo.latencyMs(from.latitude(), from.longitude(), to.latitude(), to.longitude());
                }
            }
        }
    }
}
