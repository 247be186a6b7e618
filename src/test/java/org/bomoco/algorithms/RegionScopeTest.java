package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.bomoco.model.PlacementInstance;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.RegionScope;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;

/** {@code scope: provider}: no optimizer proposes a region of another provider than the workload's current one. */
class RegionScopeTest {
    /** 30 workloads over 9 regions, three per provider (SyntheticInstances cycles aws, azure, gcp). */
    private static final PlacementInstance INSTANCE = SyntheticInstances.create(30, 9, 5);
    private static final PlacementProblem WITHIN = PlacementProblem.compile(INSTANCE, RegionScope.PROVIDER);

    @Test
    void choicesAreTheCurrentProvidersRegions() {
        for (int i = 0; i < WITHIN.workloadCount(); i++) {
            int[] c = WITHIN.regionChoices(i);
            var provider = INSTANCE.regions().get(WITHIN.currentDecision()[4 * i]).provider();
            assertEquals(3, c.length, "three regions per provider");
            for (int r : c) {
                assertEquals(provider, INSTANCE.regions().get(r).provider());
            }
        }
        assertEquals(9, PlacementProblem.compile(INSTANCE).regionChoices(0).length);
    }

    @Test
    void everyAlgorithmStaysWithinTheProvider() {
        AlgorithmRegistry registry = AlgorithmRegistry.standard();
        for (String id : registry.ids()) {
            if (!id.contains("@") || id.startsWith("exact")) {
                continue; // bare ids are aliases; exact: see exhaustiveSearchEnumeratesOnlyTheScope
            }
            // weighted-sum needs one generation of 50 for each of its 35 weight vectors
            long budget = id.startsWith("weighted-sum") ? 1750 : 800;
            SolveResult r = registry.get(id).solve(WITHIN, SolveSpec.of(id, budget, 11), ProgressListener.NONE);
            assertFalse(r.front().isEmpty(), id);
            for (Candidate c : r.front()) {
                assertEquals(0, WITHIN.outOfScope(c.decision()), id + " left the provider");
            }
        }
    }

    /** The check above can fail: unrestricted random decisions leave the provider. */
    @Test
    void unrestrictedDecisionsLeaveTheProvider() {
        PlacementProblem all = PlacementProblem.compile(INSTANCE);
        PlacementVariation v = new PlacementVariation(all, 0.9, 0);
        int[] x = new int[all.variableCount()];
        v.randomize(x, new SplittableRandom(3));
        assertTrue(WITHIN.outOfScope(x) > 0);
        PlacementVariation restricted = new PlacementVariation(WITHIN, 0.9, 1.0);
        SplittableRandom rng = new SplittableRandom(4);
        for (int k = 0; k < 200; k++) {
            restricted.randomize(x, rng);
            assertEquals(0, WITHIN.outOfScope(x));
            restricted.mutate(x, rng);
            assertEquals(0, WITHIN.outOfScope(x));
            restricted.initial(k, WITHIN.currentDecision(), x, rng);
            assertEquals(0, WITHIN.outOfScope(x));
        }
    }

    /**
     * TinyInstances.enumerable: 3 workloads, regions a-eu (aws) and z-us (azure): 5,184 decisions; within the
     * provider each workload keeps 1 region of 2, so 5,184 / 2³ = 648.
     */
    @Test
    void exhaustiveSearchEnumeratesOnlyTheScope() {
        PlacementProblem p = PlacementProblem.compile(TinyInstances.enumerable(200), RegionScope.PROVIDER);
        assertEquals(648, ExhaustiveSearch.spaceSize(p));
        SolveResult r = new ExhaustiveSearch().solve(p, SolveSpec.of("exact", 1, 1), ProgressListener.NONE);
        assertEquals(648, r.evaluations());
        for (Candidate c : r.front()) {
            assertEquals(0, p.outOfScope(c.decision()));
        }
        int[] current = p.currentDecision();
        assertTrue(r.front().stream().anyMatch(c -> !Arrays.equals(c.decision(), current)));
    }

    /** Composite plans move workloads only within their provider. */
    @Test
    void compositeSingleChangesStayWithinTheProvider() {
        CompositePlanner planner = new CompositePlanner(WITHIN);
        int regionChanges = 0;
        for (SingleChange ch : planner.changes()) {
            if (ch.kind() == SingleChange.Kind.REGION) {
                regionChanges++;
                assertTrue(Arrays.binarySearch(WITHIN.regionChoices(ch.workload()), ch.value()) >= 0);
            }
        }
        assertEquals(30 * 2, regionChanges, "two other regions of the same provider per workload");
    }
}
