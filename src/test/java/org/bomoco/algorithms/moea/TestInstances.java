package org.bomoco.algorithms.moea;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bomoco.data.InstanceReader;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;

/** Instances for the adapter tests, built from {@link SyntheticInstances} and the bundled demo instance. */
final class TestInstances {
    private TestInstances() {
    }

    /** The bundled demo instance (8 workloads, 6 regions); its current state violates headroom (0.09). */
    static PlacementProblem demo() {
        return PlacementProblem.compile(InstanceReader.read(Path.of("datasets", "instances", "demo")));
    }

    /**
     * A synthetic instance whose current state is feasible: every region's capacity raised to 10⁶ vCPUs, every
     * latency SLO to 10⁵ ms and every p95 utilisation capped at 0.85 (below the 0.9 headroom limit at the current
     * size); sovereignty holds because SyntheticInstances always allows the home jurisdiction, and the current
     * state uses no spot and no migration.
     */
    static PlacementInstance currentFeasible(int workloads, int regions, long seed) {
        PlacementInstance base = SyntheticInstances.create(workloads, regions, seed);
        List<Region> rs = new ArrayList<>();
        for (Region r : base.regions()) {
            rs.add(new Region(r.id(), r.provider(), r.jurisdiction(), r.latitude(), r.longitude(), r.pue(),
                    r.wueLitresPerKwh(), r.ewifLitresPerKwh(), r.meanGramsCo2PerKwh(), r.priceMultiplier(),
                    r.spotDiscount(), r.spotInterruptionsPerMonth(), 1_000_000, r.carbonZone()));
        }
        List<Workload> ws = new ArrayList<>();
        for (Workload w : base.workloads()) {
            ws.add(withP95(w, Math.min(w.cpuP95(), 0.85), 1e5));
        }
        return new PlacementInstance(base.parameters(), rs, base.sizes(), base.providers(), ws, base.dependencies(),
                base.forecast());
    }

    /**
     * {@link #currentFeasible} with workload 0 at p95 utilisation 0.98 on its current size, so the current state
     * violates headroom (0.98 > 0.9) while the same decision with workload 0 one size larger is feasible
     * (SyntheticInstances draws current sizes from the 5 smallest of 7, so a larger size exists).
     */
    static PlacementInstance currentInfeasible(int workloads, int regions, long seed) {
        PlacementInstance base = currentFeasible(workloads, regions, seed);
        List<Workload> ws = new ArrayList<>(base.workloads());
        ws.set(0, withP95(ws.get(0), 0.98, ws.get(0).latencySloMs()));
        return new PlacementInstance(base.parameters(), base.regions(), base.sizes(), base.providers(), ws,
                base.dependencies(), base.forecast());
    }

    private static Workload withP95(Workload w, double p95, double sloMs) {
        return new Workload(w.id(), w.count(), w.regionId(), w.sizeId(), Math.min(w.cpuMean(), p95), p95, w.kind(),
                w.durationHours(), w.runsPerMonth(), w.slackHours(), w.spotOk(), w.jurisdictions(), w.userLatitude(),
                w.userLongitude(), sloMs, w.dataGb(), w.revenueUsdPerMonth(), w.latencySensitivity());
    }
}
