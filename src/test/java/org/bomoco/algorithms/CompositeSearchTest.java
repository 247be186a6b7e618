package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.SingleChange.Kind;
import org.bomoco.model.InputException;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;

/**
 * The composite-score method on {@link TinyInstances#twoWorkloads}, scored by hand. Current state (both workloads in
 * A at v2, 20 W per instance, 730 h): cost = 730·0.2·(1 + 3) = 584 $; carbon = 730·20/1000·(1 + 3)·400/1000 =
 * 23.36 kg; water 0 (→ scale 0: term left out); performance = 4·20.5 = 82; KPI 0 and no revenue (→ scale 0: left
 * out), as {@link org.bomoco.problem.CompositeScore} defines. Default weights
 * 0.35, 0.25, 0.10, 0.20, 0.10; only cost and carbon change, so score = 0.35·Δcost/584 + 0.25·Δcarbon/23.36:
 * <ul>
 *   <li>w1 (3 instances) → B: Δcost = 3·730·0.2·0.5 = 219, Δcarbon = 43.8 kWh·0.3 = 13.14 →
 *   0.35·0.375 + 0.25·0.5625 = 0.271875</li>
 *   <li>w1 → v1: Δcost = 3·730·0.1 = 219, Δcarbon = 21.9 kWh·0.4 = 8.76 → 0.13125 + 0.25·0.375 = 0.225
 *   (u95' = 0.3·2/1 = 0.6: no saturation penalty, no headroom violation)</li>
 *   <li>w0 (1 instance) → B: Δcost = 73, Δcarbon = 4.38 → 0.35·0.125 + 0.25·0.1875 = 0.090625</li>
 *   <li>w0 → v1: Δcost = 73, Δcarbon = 2.92 → 0.04375 + 0.25·0.125 = 0.075</li>
 *   <li>spot: not allowed for either workload → infeasible, never a candidate.</li>
 * </ul>
 */
class CompositeSearchTest {
    private static final double TOLERANCE = 1e-12;
    private static final double[] DEFAULT = CompositePlanner.defaultWeights();

    private static CompositePlanner planner(int maxMigrations, int capacityB) {
        return new CompositePlanner(PlacementProblem.compile(TinyInstances.twoWorkloads(maxMigrations, capacityB)));
    }

    private static SingleChange change(CompositePlanner p, int workload, Kind kind) {
        return p.changes().stream().filter(c -> c.workload() == workload && c.kind() == kind).findFirst()
                .orElseThrow();
    }

    private static List<String> chosen(CompositePlan plan) {
        return plan.chosen().stream().map(c -> "w" + c.workload() + " " + c.kind() + "=" + c.value()).toList();
    }

    @Test
    void scoresMatchHandArithmetic() {
        CompositePlanner p = planner(1, 100);
        assertArrayEquals(new double[] {584, 23.36, 0, 82, 0}, p.scales(), 1e-9);
        assertEquals(6, p.changes().size(), "per workload: one other region, one other size, spot");
        assertEquals(0.271875, p.score(change(p, 1, Kind.REGION), DEFAULT), TOLERANCE);
        assertEquals(0.225, p.score(change(p, 1, Kind.SIZE), DEFAULT), TOLERANCE);
        assertEquals(0.090625, p.score(change(p, 0, Kind.REGION), DEFAULT), TOLERANCE);
        assertEquals(0.075, p.score(change(p, 0, Kind.SIZE), DEFAULT), TOLERANCE);
        assertFalse(change(p, 0, Kind.SPOT).feasible());
        assertTrue(change(p, 1, Kind.REGION).feasible());
    }

    @Test
    void migrationBudgetOfOneGoesToTheHigherScore() {
        // candidates w1→B (0.271875) then w0→B (0.090625); the second would be migration 2 > 1: dropped, and w0
        // does not fall back to its second-best change (at most one candidate per workload)
        CompositePlan plan = planner(1, 100).plan(DEFAULT);
        assertEquals(List.of("w1 REGION=1"), chosen(plan));
        assertArrayEquals(new int[] {0, 1, 0, 0, 1, 1, 0, 0}, plan.decision());
        assertEquals(0, plan.constraints()[Constraint.MIGRATIONS.ordinal()]);
    }

    @Test
    void capacityStopsTheSecondMigration() {
        // B holds 7 vCPUs: w1 at v2 ×3 = 6 fits, adding w0 (2) would make 8 > 7
        assertEquals(List.of("w1 REGION=1"), chosen(planner(2, 7).plan(DEFAULT)));
        // with room for both, both migrate, by decreasing score
        assertEquals(List.of("w1 REGION=1", "w0 REGION=1"), chosen(planner(2, 100).plan(DEFAULT)));
    }

    @Test
    void aChangeThatOverloadsAloneIsInfeasibleSoTheNextBestIsTaken() {
        // B holds 5: w1 → B alone loads 6 > 5 (adds a capacity violation) → w1's best feasible is v1 (0.225);
        // w0 → B loads 2 ≤ 5
        CompositePlan plan = planner(2, 5).plan(DEFAULT);
        assertEquals(List.of("w1 SIZE=0", "w0 REGION=1"), chosen(plan));
        assertArrayEquals(new int[] {1, 1, 0, 0, 0, 0, 0, 0}, plan.decision());
    }

    @Test
    void noPositiveScoreMeansStay() {
        // water is 0 everywhere: every score under water-only weights is 0, not positive
        CompositePlan plan = planner(2, 100).plan(new double[] {0, 0, 1, 0, 0});
        assertTrue(plan.chosen().isEmpty());
        assertArrayEquals(PlacementProblem.compile(TinyInstances.twoWorkloads(2, 100)).currentDecision(),
                plan.decision());
    }

    @Test
    void searchReturnsTheNonDominatedPlansOfTheLattice() {
        PlacementProblem problem = PlacementProblem.compile(SyntheticInstances.create(30, 6, 11L));
        CompositePlanner planner = new CompositePlanner(problem);
        List<CompositePlan> plans = planner.plans(WeightLattice.simplexLattice(5, 4));
        SolveResult result = new CompositeSearch().solve(problem, SolveSpec.of("composite", 1, 0),
                ProgressListener.NONE);
        List<Candidate> expected = Fronts.finalFront(plans.stream().map(CompositePlan::candidate).toList(),
                ViolationScales.of(problem));
        assertEquals(expected, result.front());
        long evaluations = planner.evaluations() + plans.stream().mapToLong(CompositePlan::evaluations).sum();
        assertEquals(evaluations, result.evaluations());
        int maxMigrations = problem.instance().parameters().maxMigrations();
        double[] current = planner.currentConstraints();
        for (CompositePlan plan : plans) {
            int moved = 0;
            for (int i = 0; i < problem.workloadCount(); i++) {
                moved += plan.decision()[4 * i] != problem.currentDecision()[4 * i] ? 1 : 0;
            }
            assertTrue(moved <= maxMigrations, "migration budget");
            assertTrue(plan.constraints()[Constraint.CAPACITY.ordinal()]
                    <= current[Constraint.CAPACITY.ordinal()], "capacity");
            assertEquals(plan.chosen().size(), plan.chosen().stream().mapToInt(SingleChange::workload).distinct()
                    .count(), "at most one change per workload");
        }
    }

    @Test
    void explicitWeightsGiveOnePlanPerVector() {
        PlacementProblem problem = PlacementProblem.compile(TinyInstances.twoWorkloads(1, 100));
        SolveSpec spec = new SolveSpec("composite", 1, 0, 0,
                Map.of("weights", "0.35,0.25,0.10,0.20,0.10"), List.of());
        SolveResult result = new CompositeSearch().solve(problem, spec, ProgressListener.NONE);
        assertEquals(1, result.front().size());
        assertArrayEquals(new int[] {0, 1, 0, 0, 1, 1, 0, 0}, result.front().get(0).decision());
        SolveSpec lists = new SolveSpec("composite", 1, 0, 0,
                Map.of("weights", List.of(List.of(1, 0, 0, 0, 0), List.of(0, 1, 0, 0, 0))), List.of());
        assertEquals(2, CompositeSearch.weightVectors(lists).size());
        assertThrows(InputException.class, () -> CompositeSearch.weightVectors(new SolveSpec("composite", 1, 0, 0,
                Map.of("weights", List.of(1, 2)), List.of())));
        assertThrows(InputException.class, () -> CompositeSearch.weightVectors(new SolveSpec("composite", 1, 0, 0,
                Map.of("weights", "1,0,0,0,-1"), List.of())));
        assertEquals(70, CompositeSearch.weightVectors(SolveSpec.of("composite", 1, 0)).size());
    }
}
