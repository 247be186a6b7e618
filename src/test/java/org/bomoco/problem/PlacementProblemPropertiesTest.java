package org.bomoco.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.model.Choice;
import org.bomoco.model.Placement;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.junit.jupiter.api.Test;

/** Properties of the model that hold for every instance, checked on seeded random instances and decisions. */
class PlacementProblemPropertiesTest {
    private static final PlacementInstance INSTANCE = SyntheticInstances.create(200, 15, 42L);
    private static final PlacementProblem PROBLEM = PlacementProblem.compile(INSTANCE);
    private static final int TRIALS = 500;

    private static Evaluation eval(int[] x) {
        return PROBLEM.evaluate(x);
    }

    @Test
    void currentStateHasNoMigrationCostNoKpiLossNoMigrations() {
        int[] current = PROBLEM.currentDecision();
        Evaluation e = eval(current);
        assertEquals(0.0, e.objective(Objective.BUSINESS_KPI));
        assertEquals(0.0, e.violation(Constraint.MIGRATIONS));
        assertEquals(0.0, e.violation(Constraint.SPOT));
        // no migration egress: the cost is the same when no workload has data to move
        PlacementProblem noData = PlacementProblem.compile(withoutData(INSTANCE));
        assertEquals(noData.evaluate(current).objective(Objective.COST), e.objective(Objective.COST));
        // and a single migration does add egress (so the comparison above can fail)
        int i = firstWithData();
        int[] moved = current.clone();
        moved[4 * i] = (current[4 * i] + 1) % PROBLEM.regionCount();
        assertTrue(eval(moved).objective(Objective.COST) != noData.evaluate(moved).objective(Objective.COST));
    }

    private static int firstWithData() {
        for (int i = 0; i < INSTANCE.workloads().size(); i++) {
            if (INSTANCE.workloads().get(i).dataGb() > 1) {
                return i;
            }
        }
        throw new AssertionError("the synthetic instance has no workload with data");
    }

    @Test
    void migrationCostIsZeroWhenEveryWorkloadStaysInItsRegion() {
        // keep each region, randomise the rest; a migration-free decision's cost must not depend on data_gb
        SplittableRandom rng = new SplittableRandom(1);
        PlacementInstance noData = withoutData(INSTANCE);
        PlacementProblem other = PlacementProblem.compile(noData);
        int[] current = PROBLEM.currentDecision();
        for (int t = 0; t < 50; t++) {
            int[] x = SyntheticInstances.randomDecision(PROBLEM, rng);
            for (int i = 0; i < PROBLEM.workloadCount(); i++) {
                x[4 * i] = current[4 * i];
            }
            assertEquals(other.evaluate(x).objective(Objective.COST), eval(x).objective(Objective.COST));
        }
    }

    private static PlacementInstance withoutData(PlacementInstance in) {
        List<Workload> ws = in.workloads().stream().map(w -> new Workload(w.id(), w.count(), w.regionId(),
                w.sizeId(), w.cpuMean(), w.cpuP95(), w.kind(), w.durationHours(), w.runsPerMonth(), w.slackHours(),
                w.spotOk(), w.jurisdictions(), w.userLatitude(), w.userLongitude(), w.latencySloMs(), 0.0,
                w.revenueUsdPerMonth(), w.latencySensitivity())).toList();
        return new PlacementInstance(in.parameters(), in.regions(), in.sizes(), in.providers(), ws,
                in.dependencies(), in.forecast());
    }

    @Test
    void lowerCarbonWindowNeverRaisesCarbon() {
        SplittableRandom rng = new SplittableRandom(2);
        int checked = 0;
        for (int t = 0; t < TRIALS; t++) {
            int[] x = SyntheticInstances.randomDecision(PROBLEM, rng);
            int i = rng.nextInt(PROBLEM.workloadCount());
            Workload w = INSTANCE.workloads().get(i);
            if (w.kind() != WorkloadKind.BATCH || w.slackHours() == 0) {
                continue;
            }
            double[] series = INSTANCE.forecast().series(INSTANCE.regions().get(x[4 * i]).id());
            int a = rng.nextInt(w.slackHours() + 1);
            int b = rng.nextInt(w.slackHours() + 1);
            int low = windowSum(series, a, w.durationHours()) <= windowSum(series, b, w.durationHours()) ? a : b;
            int high = low == a ? b : a;
            x[4 * i + 3] = high;
            double before = eval(x).objective(Objective.CARBON);
            x[4 * i + 3] = low;
            assertTrue(eval(x).objective(Objective.CARBON) <= before * (1 + 1e-12), "workload " + w.id());
            checked++;
        }
        assertTrue(checked > TRIALS / 10, "enough batch jobs sampled: " + checked);
    }

    private static double windowSum(double[] series, int from, int length) {
        double sum = 0;
        for (int t = from; t < from + length; t++) {
            sum += series[t];
        }
        return sum;
    }

    @Test
    void spotNeverRaisesCost() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int t = 0; t < TRIALS; t++) {
            int[] x = SyntheticInstances.randomDecision(PROBLEM, rng);
            int i = rng.nextInt(PROBLEM.workloadCount());
            x[4 * i + 2] = 0;
            double onDemand = eval(x).objective(Objective.COST);
            x[4 * i + 2] = 1;
            assertTrue(eval(x).objective(Objective.COST) <= onDemand, "workload " + i);
        }
    }

    @Test
    void encodeDecodeRoundTrips() {
        SplittableRandom rng = new SplittableRandom(4);
        for (int t = 0; t < TRIALS; t++) {
            int[] x = SyntheticInstances.randomDecision(PROBLEM, rng);
            assertArrayEquals(x, PROBLEM.encode(PROBLEM.decode(x)));
        }
        // choices in another order encode the same
        int[] x = SyntheticInstances.randomDecision(PROBLEM, rng);
        List<Choice> reversed = new ArrayList<>(PROBLEM.decode(x).choices());
        Collections.reverse(reversed);
        assertArrayEquals(x, PROBLEM.encode(new Placement(reversed)));
    }

    @Test
    void boundsFollowTheInstance() {
        assertEquals(4 * INSTANCE.workloads().size(), PROBLEM.variableCount());
        for (int i = 0; i < PROBLEM.workloadCount(); i++) {
            Workload w = INSTANCE.workloads().get(i);
            assertEquals(INSTANCE.regions().size() - 1, PROBLEM.upperBound(4 * i));
            assertEquals(INSTANCE.sizes().size() - 1, PROBLEM.upperBound(4 * i + 1));
            assertEquals(1, PROBLEM.upperBound(4 * i + 2));
            assertEquals(w.kind() == WorkloadKind.BATCH ? w.slackHours() : 0, PROBLEM.upperBound(4 * i + 3));
            assertEquals(0, PROBLEM.lowerBound(4 * i + 3));
        }
        int[] current = PROBLEM.currentDecision();
        for (int v = 0; v < current.length; v++) {
            assertTrue(current[v] >= PROBLEM.lowerBound(v) && current[v] <= PROBLEM.upperBound(v));
        }
    }

    @Test
    void outOfBoundsDecisionsAndUnknownIdsAreRejected() {
        int[] x = PROBLEM.currentDecision();
        x[1] = INSTANCE.sizes().size();
        assertThrows(IllegalArgumentException.class, () -> PROBLEM.evaluate(x));
        assertThrows(IllegalArgumentException.class, () -> PROBLEM.evaluate(new int[3]));
        List<Choice> choices = new ArrayList<>(PROBLEM.decode(PROBLEM.currentDecision()).choices());
        Choice c = choices.get(0);
        choices.set(0, new Choice(c.workloadId(), "nowhere-1", c.sizeId(), c.purchase(), 0));
        assertThrows(IllegalArgumentException.class, () -> PROBLEM.encode(new Placement(choices)));
        assertThrows(IllegalArgumentException.class, () -> PROBLEM.encode(new Placement(choices.subList(1,
                choices.size()))));
    }
}
