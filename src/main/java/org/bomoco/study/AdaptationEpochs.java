package org.bomoco.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.model.InstanceParameters;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.problem.PlacementProblem;

/**
 * The placement instance the optimizer sees at decision epoch {@code h} of the rolling horizon: the base instance
 * with
 * <ul>
 *   <li>the carbon forecast issued at {@code h} as {@code CI_r[t]}, t = 0..47 covering hours {@code h..h+47};</li>
 *   <li>{@code CIbar_r} := the mean of that forecast (assumption of this study: always-on workloads are judged by
 *       the intensity expected over the forecast window, so the forecast reaches their placement too; the model's
 *       monthly mean would make always-on placements blind to the forecast);</li>
 *   <li>the spot discount {@code d_r} := {@code max(0, 1 − (1 − d_r)·mean π̂_h)}, the list discount corrected by the
 *       spot-price forecast ({@link AdaptationWeather});</li>
 *   <li>the deployed placement as the current state: {@code r0_i}, {@code s0_i} := the deployed region and size,
 *       with the utilisations rescaled to the deployed size ({@code u·v_{s0}/v_s}, the mean capped at 1), so
 *       {@code u'} of any size is the model's; migrations and their egress therefore count relative to what is
 *       deployed;</li>
 *   <li>the migration budget {@code maxMigrations} := what is left of the instance's budget in the sliding 48-hour
 *       window ending at {@code h}: the model's budget belongs to a plan of the 48-hour window, so over a rolling
 *       horizon no 48 consecutive hours may hold more region changes than one plan may make.</li>
 * </ul>
 * The region and size lists keep their order, so decision vectors mean the same at every epoch. O(N + R·48).
 */
final class AdaptationEpochs {
    private AdaptationEpochs() {
    }

    /**
     * The instance of epoch {@code h} with the deployed decision {@code deployed} (4N, delays ignored) and
     * {@code migrationBudget} region changes allowed.
     */
    static PlacementInstance instance(PlacementInstance base, AdaptationWeather weather, int h, int[] deployed,
                                      int migrationBudget) {
        List<Region> regions = new ArrayList<>();
        for (int j = 0; j < base.regions().size(); j++) {
            Region r = base.regions().get(j);
            double discount = Math.max(0, 1 - (1 - r.spotDiscount()) * weather.spotForecastMean(h, j));
            regions.add(new Region(r.id(), r.provider(), r.jurisdiction(), r.latitude(), r.longitude(), r.pue(),
                    r.wueLitresPerKwh(), r.ewifLitresPerKwh(), weather.carbonForecastMean(h, j),
                    r.priceMultiplier(), discount, r.spotInterruptionsPerMonth(), r.vcpuCapacity(), r.carbonZone()));
        }
        Map<String, Integer> sizeIndex = new HashMap<>();
        for (int s = 0; s < base.sizes().size(); s++) {
            sizeIndex.put(base.sizes().get(s).id(), s);
        }
        List<Workload> workloads = new ArrayList<>();
        for (int i = 0; i < base.workloads().size(); i++) {
            Workload w = base.workloads().get(i);
            int v = PlacementProblem.VARIABLES_PER_WORKLOAD * i;
            InstanceSize now = base.sizes().get(deployed[v + 1]);
            double ratio = (double) base.sizes().get(sizeIndex.get(w.sizeId())).vcpus() / now.vcpus();
            workloads.add(new Workload(w.id(), w.count(), base.regions().get(deployed[v]).id(), now.id(),
                    Math.min(1, w.cpuMean() * ratio), w.cpuP95() * ratio, w.kind(), w.durationHours(),
                    w.runsPerMonth(), w.slackHours(), w.spotOk(), w.jurisdictions(), w.userLatitude(),
                    w.userLongitude(), w.latencySloMs(), w.dataGb(), w.revenueUsdPerMonth(),
                    w.latencySensitivity()));
        }
        return new PlacementInstance(new InstanceParameters(base.parameters().name() + "@h" + h, migrationBudget),
                regions, base.sizes(), base.providers(), workloads,
                base.dependencies(), weather.carbonForecast(h));
    }

    /** The base instance's current state as a decision: {@code (r0, s0, on-demand, 0)} per workload. */
    static int[] initialDecision(PlacementInstance base) {
        return PlacementProblem.compile(base).currentDecision();
    }

    /**
     * The migration budget left at epoch {@code h}: {@code max(0, budget − Σ migrations[t])} over
     * {@code t = h−47..h−1}.
     */
    static int remainingBudget(int budget, int[] migrations, int h) {
        int used = 0;
        for (int t = Math.max(0, h - AdaptationWeather.WINDOW + 1); t < h; t++) {
            used += migrations[t];
        }
        return Math.max(0, budget - used);
    }

    /** Whether workload {@code i}'s region, size or purchase differ between decisions {@code a} and {@code b}. */
    static boolean changed(int[] a, int[] b, int i) {
        int v = PlacementProblem.VARIABLES_PER_WORKLOAD * i;
        return a[v] != b[v] || a[v + 1] != b[v + 1] || a[v + 2] != b[v + 2];
    }
}
