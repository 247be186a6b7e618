package org.bomoco.model;

import java.util.Objects;

/**
 * A cloud region with the facts the placement model needs (see {@code docs/model.md}).
 *
 * @param id region id, unique across providers (e.g. {@code eu-central-1}, {@code westeurope}, {@code europe-west3})
 * @param provider the provider operating the region
 * @param jurisdiction data jurisdiction code ({@code EU}, {@code US}, {@code UK}, {@code CA}, {@code SG}, ...)
 * @param latitude degrees north
 * @param longitude degrees east
 * @param pue power usage effectiveness, at least 1
 * @param wueLitresPerKwh on-site water usage effectiveness, litres per kWh of IT energy
 * @param ewifLitresPerKwh grid water intensity (energy water intensity factor), litres per kWh of facility energy
 * @param meanGramsCo2PerKwh mean grid carbon intensity {@code CIbar_r}, gCO2e/kWh: in an instance the planning
 *     month's mean; in the catalogue the annual mean
 * @param priceMultiplier regional on-demand price relative to the provider's base price
 * @param spotDiscount spot discount versus on-demand, in [0, 1)
 * @param spotInterruptionsPerMonth spot interruptions per instance-month
 * @param vcpuCapacity vCPUs available to the tenant in this region
 * @param carbonZone grid zone of the carbon profiles whose hourly shape the region follows (may be empty)
 */
public record Region(
        String id,
        Provider provider,
        String jurisdiction,
        double latitude,
        double longitude,
        double pue,
        double wueLitresPerKwh,
        double ewifLitresPerKwh,
        double meanGramsCo2PerKwh,
        double priceMultiplier,
        double spotDiscount,
        double spotInterruptionsPerMonth,
        int vcpuCapacity,
        String carbonZone) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(carbonZone, "carbonZone");
    }
}
