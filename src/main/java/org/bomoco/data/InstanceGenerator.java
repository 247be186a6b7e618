package org.bomoco.data;

import static org.bomoco.data.GeneratorDistributions.*;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Catalogue;
import org.bomoco.model.InputException;
import org.bomoco.model.InstanceParameters;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;

/**
 * Seeded synthetic placement instances drawn from a {@link Catalogue} and {@link CarbonProfiles}.
 *
 * <p>Modelled distributions (constants and their sources in {@link GeneratorDistributions}):
 * current region Zipf (weight 1/rank over a seeded permutation: a few regions host most workloads); size a
 * normal curve over log2(vCPUs) centred between 2 and 4 vCPUs (most cloud VMs are small: Cortez et al., "Resource
 * Central", SOSP 2017); count a discrete Pareto (α 1.1) on 1..50; mean CPU lognormal with median 12 % (mean ≈ 15 %,
 * the published 10–20 % average server utilisation) and p95 ≈ 2 × mean (≤ 1); 25 % batch jobs with log-uniform
 * duration 1..12 h and runs 4..60 per month, slack uniform in 0..48 − duration; spot-ok for 80 % of batch and 25 %
 * of always-on workloads (≈ 39 %); 25 % restricted to their home jurisdiction (EU-only for EU-hosted ones), the rest
 * may use every jurisdiction of the instance; users a lognormal distance (median 300 km) in a uniform direction from
 * the current region, latency SLO a tier of 50..300 ms lifted to ≥ 1.1 × the current latency (so the current state
 * meets every SLO); data lognormal (median 50 GB); revenue Pareto (min $500/month, α = log_4 5, the 80/20 rule);
 * latency sensitivity 0.01 × LN(0, 0.5) (the "100 ms ≈ 1 % of sales" rule of thumb); 0–2 calls per workload (mean
 * 0.75), 80 % within the same region; migration budget 10–20 % of workloads.
 *
 * <p>Regions of the instance: the chosen catalogue regions with {@code ci_mean} replaced by the month's mean
 * {@code scale·monthlyMean(zone, month of forecastStart)} ({@link CarbonForecastGenerator#monthlyMean}) and
 * {@code vcpu_capacity} rescaled, in proportion to the catalogue capacities, so the total is 2.5 × the vCPU demand
 * while every region keeps ≥ 1.2 × its load, where demand and load count each workload at the smallest size that
 * meets the 0.9 headroom limit (so the current state is capacity-feasible and upsizing the overloaded workloads in
 * place is a feasible plan).
 * The forecast and actual come from {@link CarbonForecastGenerator#forecastFor} with the spec's seed.
 *
 * <p>Randomness: one {@link SplittableRandom} stream per concern, split from {@code new SplittableRandom(seed)}
 * in a fixed order (placement, utilisation, schedule, spot, sovereignty, users, money, dependencies, budget), so a
 * spec always gives the same instance and changing one concern's model leaves the others' draws alone. O(N) time.
 */
public final class InstanceGenerator {
    private final Catalogue catalogue;
    private final CarbonForecastGenerator carbon;

    /** A generated instance and the realised carbon intensities of its window. */
    public record Generated(PlacementInstance instance, CarbonForecast actual) {
    }

    public InstanceGenerator(Catalogue catalogue, CarbonProfiles profiles) {
        this.catalogue = catalogue;
        this.carbon = new CarbonForecastGenerator(profiles);
    }

    /** Generates the instance described by {@code spec}. */
    public Generated generate(GeneratorSpec spec) {
        List<Region> regions = selectRegions(spec);
        List<InstanceSize> sizes = catalogue.sizes();
        if (sizes.isEmpty()) {
            throw new InputException("catalogue", 0, "sizes", "the catalogue has no sizes");
        }
        SplittableRandom root = new SplittableRandom(spec.seed());
        GeneratorWorkloadDraft draft = new GeneratorWorkloadDraft(spec.workloads());
        draft.placement(root.split(), regions.size(), sizeCumulative(sizes));
        draft.utilisation(root.split());
        draft.schedule(root.split());
        draft.spot(root.split());
        draft.sovereignty(root.split(), regions);
        draft.users(root.split(), regions);
        draft.money(root.split());
        var dependencies = draft.dependencies(root.split(), regions.size());
        int budget = migrationBudget(root.split(), spec.workloads());
        List<Workload> workloads = draft.workloads(regions, sizes);
        List<Region> instanceRegions = instanceRegions(spec, regions, draft.loads(regions.size(), sizes));
        CarbonForecastGenerator.Forecasts f = carbon.forecastFor(regions, spec.forecastStart(), spec.seed());
        PlacementInstance instance = new PlacementInstance(new InstanceParameters(spec.name(), budget),
                instanceRegions, sizes, providers(regions), workloads, dependencies, f.forecast());
        return new Generated(instance, f.actual());
    }

    private List<Region> selectRegions(GeneratorSpec spec) {
        if (spec.regionIds().isEmpty()) {
            List<Region> all = catalogue.regions().stream()
                    .filter(r -> spec.providers().contains(r.provider())).collect(Collectors.toList());
            if (all.isEmpty()) {
                throw new InputException(GeneratorSpec.FILE, 0, "providers", "the catalogue has no region of "
                        + spec.providers() + "; choose other providers");
            }
            return all;
        }
        List<Region> out = new ArrayList<>();
        for (String id : spec.regionIds()) {
            Region r = catalogue.region(id).orElseThrow(() -> new InputException(GeneratorSpec.FILE, 0, "regions",
                    "region '" + id + "' is not in the catalogue; use an id of its regions.csv, e.g. "
                    + catalogue.regions().stream().limit(3).map(Region::id).collect(Collectors.joining(", "))));
            if (!spec.providers().contains(r.provider())) {
                throw new InputException(GeneratorSpec.FILE, 0, "regions", "region '" + id + "' belongs to "
                        + r.provider().id() + ", which is not among the chosen providers " + spec.providers());
            }
            out.add(r);
        }
        return out;
    }

    private Map<Provider, ProviderSpec> providers(List<Region> regions) {
        Set<Provider> used = regions.stream().map(Region::provider).collect(Collectors.toSet());
        return catalogue.providers().entrySet().stream().filter(e -> used.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static int migrationBudget(SplittableRandom rng, int workloads) {
        double share = MIGRATION_SHARE_MIN + (MIGRATION_SHARE_MAX - MIGRATION_SHARE_MIN) * rng.nextDouble();
        return Math.max(1, (int) Math.round(share * workloads));
    }

    private List<Region> instanceRegions(GeneratorSpec spec, List<Region> regions, long[] loads) {
        int month = spec.forecastStart().atZone(ZoneOffset.UTC).getMonthValue();
        int[] caps = capacities(regions, loads);
        List<Region> out = new ArrayList<>(regions.size());
        for (int r = 0; r < regions.size(); r++) {
            Region g = regions.get(r);
            double ci = round(carbon.monthlyMean(g, month), 2);
            out.add(new Region(g.id(), g.provider(), g.jurisdiction(), g.latitude(), g.longitude(), g.pue(),
                    g.wueLitresPerKwh(), g.ewifLitresPerKwh(), ci, g.priceMultiplier(), g.spotDiscount(),
                    g.spotInterruptionsPerMonth(), caps[r], g.carbonZone()));
        }
        return out;
    }

    /**
     * {@code cap_r = max(ceil(1.2·load_r), max(1, round(w_r·X)))} with {@code w_r} the catalogue capacity shares and
     * X found by bisection so that the total is {@code 2.5 × Σ load} (possible because 1.2 < 2.5).
     */
    static int[] capacities(List<Region> regions, long[] loads) {
        double total = 0;
        long demand = 0;
        for (int r = 0; r < regions.size(); r++) {
            total += regions.get(r).vcpuCapacity();
            demand += loads[r];
        }
        double target = CAPACITY_FACTOR * demand;
        double lo = 0;
        double hi = Math.max(1, target);
        for (int it = 0; it < 100; it++) {
            double mid = (lo + hi) / 2;
            if (sum(capacitiesAt(regions, loads, total, mid)) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        long[] caps = capacitiesAt(regions, loads, total, hi);
        int[] out = new int[caps.length];
        for (int r = 0; r < caps.length; r++) {
            if (caps[r] > Integer.MAX_VALUE) {
                throw new InputException(GeneratorSpec.FILE, 0, "workloads", "too many workloads: region capacity "
                        + caps[r] + " vCPUs exceeds the int range");
            }
            out[r] = (int) caps[r];
        }
        return out;
    }

    private static long[] capacitiesAt(List<Region> regions, long[] loads, double totalWeight, double x) {
        long[] caps = new long[loads.length];
        for (int r = 0; r < loads.length; r++) {
            long floor = (long) Math.ceil(MIN_REGION_HEADROOM * loads[r]);
            long share = Math.max(1, Math.round(regions.get(r).vcpuCapacity() / totalWeight * x));
            caps[r] = Math.max(floor, share);
        }
        return caps;
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }

    /** The jurisdictions of {@code regions}, sorted. */
    static Set<String> jurisdictions(List<Region> regions) {
        return Set.copyOf(regions.stream().map(Region::jurisdiction).collect(Collectors.toCollection(TreeSet::new)));
    }
}
