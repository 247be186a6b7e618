package org.bomoco.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Recommender} on a seeded synthetic instance with a hand-made decision: one workload migrates and grows, one
 * shrinks, one turns spot, one batch job is delayed. Every expected delta is recomputed here from
 * {@link PlacementProblem#evaluate} on the current decision with only that change.
 */
class RecommenderTest {
    private static final double RELATIVE = 1e-12;
    private static final int V = PlacementProblem.VARIABLES_PER_WORKLOAD;

    private PlacementInstance instance;
    private PlacementProblem problem;
    private int[] current;
    private int[] decision;
    /** Workload id → expected actions, in variable order. */
    private final Map<String, List<Action>> expected = new HashMap<>();

    @BeforeEach
    void setUp() {
        instance = SyntheticInstances.create(12, 4, 31L);
        problem = PlacementProblem.compile(instance);
        current = problem.currentDecision();
        decision = current.clone();
        List<Workload> w = instance.workloads();
        // Workload 0: another region and the next size up (sizes 1..64 vCPUs, current among the first five).
        decision[0] = (current[0] + 1) % problem.regionCount();
        decision[1] = current[1] + 1;
        expected.put(w.get(0).id(), List.of(Action.REGION_MIGRATION, Action.RIGHTSIZE_UP));
        int shrink = first(i -> current[V * i + 1] > 0, 1);
        decision[V * shrink + 1] = current[V * shrink + 1] - 1;
        expected.put(w.get(shrink).id(), List.of(Action.RIGHTSIZE_DOWN));
        int spot = first(i -> i != shrink, 1);
        decision[V * spot + 2] = 1;
        expected.put(w.get(spot).id(), List.of(Action.SPOT_CONVERSION));
        int batch = first(i -> w.get(i).kind() == WorkloadKind.BATCH && w.get(i).slackHours() > 0, 1);
        assertTrue(!expected.containsKey(w.get(batch).id()), "the seed should give a separate batch workload");
        decision[V * batch + 3] = Math.min(3, w.get(batch).slackHours());
        expected.put(w.get(batch).id(), List.of(Action.CARBON_SHIFT));
    }

    private int first(IntPredicate test, int from) {
        for (int i = from; i < problem.workloadCount(); i++) {
            if (test.test(i)) {
                return i;
            }
        }
        throw new AssertionError("seed 31 gives no suitable workload");
    }

    @Test
    void decodesEveryChangeWithItsActionRiskAndEndpoints() {
        Recommendations recs = new Recommender(problem, Weights.DEFAULT).recommend(decision);
        assertEquals(5, recs.size());
        Map<String, List<Action>> seen = new HashMap<>();
        for (Recommendation r : recs.ranked()) {
            seen.computeIfAbsent(r.workloadId(), k -> new ArrayList<>()).add(r.action());
            assertEquals(r.action().risk(), r.risk());
        }
        seen.values().forEach(list -> list.sort(null));
        expected.forEach((id, actions) -> assertEquals(actions.stream().sorted().toList(), seen.get(id), id));
        Recommendation migration = recs.ranked().stream()
                .filter(r -> r.action() == Action.REGION_MIGRATION).findFirst().orElseThrow();
        assertEquals(instance.regions().get(current[0]).id(), migration.from());
        assertEquals(instance.regions().get(decision[0]).id(), migration.to());
        assertEquals(Risk.HIGH, migration.risk());
    }

    @Test
    void eachDeltaIsTheSingleChangeEvaluatedAgainstTheCurrentState() {
        Recommender recommender = new Recommender(problem, Weights.DEFAULT);
        double[] base = problem.evaluate(current).objectives();
        // KPI is 0 in the current state, so its scale is the revenue at stake Σ rev_i (Recommender's Javadoc).
        double revenue = instance.workloads().stream().mapToDouble(Workload::revenueUsdPerMonth).sum();
        double[] scale = base.clone();
        scale[Objective.BUSINESS_KPI.ordinal()] = revenue;
        assertEquals(0.0, base[Objective.BUSINESS_KPI.ordinal()]);
        assertArrayEquals(scale, recommender.scales(), 0.0);
        double[] w = Weights.DEFAULT.normalized().toArray();
        Recommendations recs = recommender.recommend(decision);
        for (Recommendation r : recs.ranked()) {
            int i = indexOf(r.workloadId());
            int var = V * i + switch (r.action()) {
                case REGION_MIGRATION -> 0;
                case RIGHTSIZE_UP, RIGHTSIZE_DOWN -> 1;
                case SPOT_CONVERSION -> 2;
                case CARBON_SHIFT -> 3;
            };
            int[] single = current.clone();
            single[var] = decision[var];
            double[] alone = problem.evaluate(single).objectives();
            double score = 0;
            for (int k = 0; k < base.length; k++) {
                double delta = alone[k] - base[k];
                assertEquals(delta, r.deltas()[k], RELATIVE * Math.max(1, Math.abs(base[k])), r + " objective " + k);
                score += w[k] * (base[k] - alone[k]) / scale[k];
            }
            assertEquals(score, r.compositeScore(), 1e-12, r.toString());
        }
        assertArrayEquals(problem.evaluate(decision).objectives(), recs.chosenObjectives(), 0.0);
    }

    @Test
    void ranksByScoreDescendingAndTruncates() {
        Recommendations recs = new Recommender(problem, Weights.parse("cost=1")).recommend(decision);
        List<Recommendation> ranked = recs.ranked();
        for (int j = 1; j < ranked.size(); j++) {
            assertTrue(ranked.get(j - 1).compositeScore() >= ranked.get(j).compositeScore());
        }
        // Cost weight only: the score is −Δcost / cost(current), so the order is that of the cost deltas.
        assertTrue(ranked.get(0).delta(Objective.COST) <= ranked.get(ranked.size() - 1).delta(Objective.COST));
        assertEquals(ranked.subList(0, 2), recs.top(2));
        assertEquals(ranked, recs.top(100));
        assertEquals(0, new Recommender(problem, Weights.DEFAULT).recommend(current).size());
        assertThrows(IllegalArgumentException.class,
                () -> new Recommender(problem, Weights.DEFAULT).recommend(new int[3]));
    }

    private int indexOf(String workloadId) {
        for (int i = 0; i < instance.workloads().size(); i++) {
            if (instance.workloads().get(i).id().equals(workloadId)) {
                return i;
            }
        }
        throw new AssertionError(workloadId);
    }
}
