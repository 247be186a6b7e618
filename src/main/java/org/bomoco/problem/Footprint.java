package org.bomoco.problem;

/**
 * Each workload's share of a placement's cost, energy, carbon and water per month: the terms of
 * {@link Evaluator#evaluate} summed there over workloads, here kept apart (so a footprint can be split by region and
 * provider). Cost includes migration and dependency egress (charged to the workload that sends); carbon is split
 * into location-based operational emissions (facility energy × the grid intensity of the region over the hours the
 * workload runs: GHG Protocol Scope 2, location-based) and embodied emissions of the hardware (Scope 3). Summed over
 * workloads, cost equals objective {@code cost}, scope 2 + embodied equals {@code carbon} and water equals
 * {@code water} up to rounding (checked by the tests).
 */
public final class Footprint {
    /** The columns of {@link #perWorkload}. */
    public enum Part {
        /** USD per month. */
        COST_USD,
        /** Facility energy (IT energy × PUE), kWh per month. */
        ENERGY_KWH,
        /** Location-based operational emissions, kgCO2e per month. */
        SCOPE2_KG,
        /** Embodied hardware emissions, kgCO2e per month. */
        EMBODIED_KG,
        /** Water on site and off site, litres per month. */
        WATER_L
    }

    private Footprint() {
    }

    /**
     * Per workload (instance order), the {@link Part}s of decision {@code x}.
     *
     * @throws IllegalArgumentException when {@code x} is out of the problem's bounds
     */
    public static double[][] perWorkload(PlacementProblem problem, int[] x) {
        problem.checkBounds(x);
        RegionTables rt = problem.regionTables;
        WorkloadTables wt = problem.workloadTables;
        int regions = rt.regionCount;
        int sizes = rt.sizeCount;
        double[][] out = new double[wt.workloadCount][Part.values().length];
        for (int i = 0; i < wt.workloadCount; i++) {
            int r = x[4 * i], s = x[4 * i + 1], o = x[4 * i + 2], d = x[4 * i + 3];
            int rs = r * sizes + s, r0 = wt.region0[i];
            double nh = wt.instanceHours[i];
            double egress = 0;
            for (int e = wt.depStart[i], end = wt.depStart[i + 1]; e < end; e++) {
                egress += wt.depTrafficGb[e] * rt.egressUsdPerGb[r * regions + x[4 * wt.depTo[e]]];
            }
            out[i][Part.COST_USD.ordinal()] = nh * rt.onDemandUsdPerHour[rs] * rt.purchasePriceFactor[2 * r + o]
                    + wt.migrationGbPerMonth[i] * rt.egressUsdPerGb[r0 * regions + r] + egress;
            double util = Math.min(1.0, wt.busyVcpus[i] * rt.invVcpus[s]);
            double kwh = nh * (rt.idleWatts[rs] + util * rt.dynamicWatts[rs]) * rt.pueKwhPerWh[r];
            int c = r * RegionTables.CI_ROW + wt.ciOffset[i] + d;
            double ci = (rt.ciRows[c + wt.ciLength[i]] - rt.ciRows[c]) * wt.invCiLength[i];
            out[i][Part.ENERGY_KWH.ordinal()] = kwh;
            out[i][Part.SCOPE2_KG.ordinal()] = kwh * ci / 1000.0;
            out[i][Part.EMBODIED_KG.ordinal()] = nh * rt.embodiedKgPerHour[s];
            out[i][Part.WATER_L.ordinal()] = kwh * rt.litresPerFacilityKwh[r];
        }
        return out;
    }
}
