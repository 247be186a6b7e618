package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.ExhaustiveSearch;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.model.CarbonForecast;
import org.bomoco.model.InstanceParameters;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Test;

/**
 * A hand-checkable case where a higher e makes the optimizer give up a migration away from the users.
 *
 * <p>One always-on workload (1 instance, u95 = 0.3 on v2, spot allowed, no data, revenue $100,000/month) whose
 * users sit at (0°, 0°), in region A at (0°, 0°); region B is at (0°, 30°), 6371·π/6 = 3335.85 km away, so moving adds
 * Δ = 0.0148 · 3335.85 = 49.371 ms. Both regions: same provider, PUE, water and grid intensity (so carbon and water
 * are equal for the same size); A at price ×1, B at ×0.8; spot discount 0.5 and 0.75 interruptions/month in both,
 * so spot adds 0.75·60 = 45 ms and rev·0.75·0.001 = $75 of KPI. Compare (both at v1, where u95' = 0.6 adds no
 * saturation penalty):
 * <ul>
 * <li>stay-spot: cost 0.5·p, perf 20.5 + 45 = 65.5 ms, KPI = 100000·e·45/100 + 75;</li>
 * <li>move-on-demand: cost 0.8·p, perf 20.5 + 49.371 = 69.871 ms, KPI = 100000·e·49.371/100.</li>
 * </ul>
 * At e = 1%: KPI 525.0 vs 493.71 — the move has the smaller KPI, so neither dominates and the move is Pareto-optimal.
 * At e = 2.5%: KPI 1200.0 vs 1234.27 — stay-spot is no worse anywhere and better in cost, performance and KPI, so
 * it dominates the move (break-even e = 0.00075/0.00437 = 1.716%).
 */
class KpiSensitivityTinyTest {
    private static final int STAY_SPOT = 0;
    private static final int MOVE_ON_DEMAND = 1;

    private static PlacementInstance instance() {
        ProviderSpec aws = new ProviderSpec(Provider.AWS, 2, 6, 0, 0.02, 0.09, new double[] {0.1, 0.2});
        List<Region> regions = List.of(
                new Region("A", Provider.AWS, "EU", 0, 0, 1.2, 0.5, 2, 300, 1.0, 0.5, 0.75, 100, ""),
                new Region("B", Provider.AWS, "EU", 0, 30, 1.2, 0.5, 2, 300, 0.8, 0.5, 0.75, 100, ""));
        Workload w = new Workload("web", 1, "A", "v2", 0.2, 0.3, WorkloadKind.ALWAYS_ON, 0, 0, 0, true, Set.of("EU"),
                0, 0, 1000, 0, 100_000, 0.01);
        Map<String, double[]> ci = new LinkedHashMap<>();
        for (Region r : regions) {
            double[] s = new double[CarbonForecast.WINDOW_HOURS];
            Arrays.fill(s, 300);
            ci.put(r.id(), s);
        }
        return new PlacementInstance(new InstanceParameters("kpi-tiny", 1), regions,
                List.of(new InstanceSize("v1", 1, 0, 0), new InstanceSize("v2", 2, 0, 0)), Map.of(Provider.AWS, aws),
                List.of(w), List.of(), new CarbonForecast(Instant.EPOCH, ci));
    }

    /** Decisions (region, size, purchase, delay): stay-spot at v1, move-on-demand at v1. */
    private static int[][] decisions() {
        return new int[][] {{0, 0, 1, 0}, {1, 0, 0, 0}};
    }

    private static double[][] objectives(double e) {
        PlacementProblem p = PlacementProblem.compile(KpiSensitivityPlacement.withSensitivity(instance(), e));
        int[][] x = decisions();
        return new double[][] {p.evaluate(x[0]).objectives(), p.evaluate(x[1]).objectives()};
    }

    @Test
    void kpiValuesMatchTheHandComputation() {
        int kpi = Objective.BUSINESS_KPI.ordinal();
        double delta = 0.0148 * 6371 * Math.PI / 6; // 49.371 ms
        double[][] low = objectives(0.01);
        double[][] high = objectives(0.025);
        assertEquals(525.0, low[STAY_SPOT][kpi], 1e-6);
        assertEquals(100_000 * 0.01 * delta / 100, low[MOVE_ON_DEMAND][kpi], 1e-6);
        assertEquals(493.71, low[MOVE_ON_DEMAND][kpi], 0.01);
        assertEquals(1200.0, high[STAY_SPOT][kpi], 1e-6);
        assertEquals(1234.27, high[MOVE_ON_DEMAND][kpi], 0.01);
        assertEquals(65.5, low[STAY_SPOT][Objective.PERFORMANCE.ordinal()], 1e-9);
    }

    @Test
    void aHigherSensitivityMakesTheMoveAwayFromUsersDominated() {
        double[][] low = objectives(0.01);
        assertFalse(Fronts.dominates(low[STAY_SPOT], low[MOVE_ON_DEMAND]));
        assertFalse(Fronts.dominates(low[MOVE_ON_DEMAND], low[STAY_SPOT]));
        double[][] high = objectives(0.025);
        assertTrue(Fronts.dominates(high[STAY_SPOT], high[MOVE_ON_DEMAND]));
    }

    /** The exact front (8 decisions): the move on demand is on it at e = 1% and gone at e = 2.5%. */
    @Test
    void theExactFrontDropsTheMigrationAtTheHigherSensitivity() {
        assertEquals(2, migrationsOnFront(0.01)); // move-on-demand and move-spot (the cheapest)
        assertEquals(1, migrationsOnFront(0.025)); // only move-spot is left
    }

    private static long migrationsOnFront(double e) {
        PlacementProblem p = PlacementProblem.compile(KpiSensitivityPlacement.withSensitivity(instance(), e));
        List<Candidate> front = new ExhaustiveSearch().solve(p, SolveSpec.of("exact", 1, 0), ProgressListener.NONE)
                .front();
        assertTrue(front.stream().anyMatch(c -> Arrays.equals(c.decision(), decisions()[STAY_SPOT])));
        return front.stream().filter(c -> c.decision()[0] == 1).count();
    }
}
