package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link Fronts} and {@link Archive} against naive, independently written filters on seeded random sets. */
class FrontsTest {
    /** Random candidates with many ties and duplicates: few distinct decisions (256), small integer objectives, and
     * violations of very different magnitudes per constraint (so normalisation matters). */
    static List<Candidate> randomSet(SplittableRandom rng, int n, double feasibleShare) {
        long salt = rng.nextLong();
        double[] magnitude = {1, 1000, 0.01, 0.5, 3, 1};
        List<Candidate> set = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] x = {rng.nextInt(8), rng.nextInt(8), rng.nextInt(4)};
            // like an evaluator: objectives and violations are a function of the decision
            SplittableRandom eval = new SplittableRandom(java.util.Arrays.hashCode(x) + 31L * salt);
            double[] f = new double[5];
            for (int k = 0; k < f.length; k++) {
                f[k] = eval.nextInt(6);
            }
            double[] c = new double[6];
            if (eval.nextDouble() >= feasibleShare) {
                for (int k = 0; k < c.length; k++) {
                    c[k] = eval.nextInt(3) == 0 ? magnitude[k] * eval.nextInt(1, 4) : 0;
                }
                c[eval.nextInt(6)] += magnitude[0];
            }
            set.add(new Candidate(x, f, c));
        }
        return set;
    }

    private static boolean naiveDominates(double[] a, double[] b) {
        boolean allNoWorse = true;
        boolean oneBetter = false;
        for (int k = 0; k < a.length; k++) {
            allNoWorse &= a[k] <= b[k];
            oneBetter |= a[k] < b[k];
        }
        return allNoWorse && oneBetter;
    }

    /** The final-front rule written directly from the preamble, without Fronts' helpers, under {@code scales}. */
    static List<Candidate> naiveFinalFront(List<Candidate> set, double[] scales) {
        List<Candidate> unique = new ArrayList<>();
        for (Candidate c : set) {
            if (unique.stream().noneMatch(u -> java.util.Arrays.equals(u.decision(), c.decision()))) {
                unique.add(c);
            }
        }
        List<Candidate> feasible = unique.stream().filter(c -> c.totalViolation() == 0).toList();
        if (!feasible.isEmpty()) {
            return feasible.stream().filter(c -> feasible.stream()
                    .noneMatch(d -> naiveDominates(d.objectives(), c.objectives()))).toList();
        }
        double[] v = new double[unique.size()];
        for (int i = 0; i < v.length; i++) {
            for (int k = 0; k < 6; k++) {
                v[i] += unique.get(i).constraints()[k] / scales[k];
            }
        }
        double least = java.util.Arrays.stream(v).min().orElse(0);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            boolean keep = v[i] == least;
            for (int j = 0; j < v.length && keep; j++) {
                keep = !(v[j] == least && naiveDominates(unique.get(j).objectives(), unique.get(i).objectives()));
            }
            if (keep) {
                out.add(unique.get(i));
            }
        }
        return out;
    }

    @Test
    void paretoDominanceBasics() {
        assertTrue(Fronts.dominates(new double[] {1, 2}, new double[] {1, 3}));
        assertFalse(Fronts.dominates(new double[] {1, 2}, new double[] {1, 2}), "equal vectors do not dominate");
        assertFalse(Fronts.dominates(new double[] {0, 3}, new double[] {1, 2}), "incomparable");
    }

    @Test
    void constrainedDominanceOrdersFeasibilityThenNormalisedViolationThenObjectives() {
        double[] scales = {1, 1000, 1, 1, 1, 1};
        Candidate feasibleBad = new Candidate(new int[] {0}, new double[] {9, 9}, new double[6]);
        Candidate smallLatency = new Candidate(new int[] {1}, new double[] {0, 0}, new double[] {0, 500, 0, 0, 0, 0});
        Candidate oneSovereignty = new Candidate(new int[] {2}, new double[] {0, 0}, new double[] {1, 0, 0, 0, 0, 0});
        assertTrue(Fronts.constrainedDominates(feasibleBad, smallLatency, scales));
        // 500 ms / 1000 = 0.5 < 1 workload / 1: the raw sums (500 vs 1) would rank them the other way round
        assertTrue(Fronts.constrainedDominates(smallLatency, oneSovereignty, scales));
        assertFalse(Fronts.constrainedDominates(oneSovereignty, smallLatency, scales));
    }

    /**
     * Two scale vectors for the random sets: one shaped like {@link ViolationScales#of} (latency 250 ms, headroom
     * 0.1), under which the 1000-magnitude latency outweighs the others, and one with a different ranking.
     */
    private static final double[][] SCALES = {{1, 250, 0.1, 1, 1, 1}, {2, 5000, 0.001, 0.25, 1, 3}};

    @Test
    void finalFrontMatchesNaiveRuleOnSeededRandomSets() {
        SplittableRandom rng = new SplittableRandom(20240601L);
        int allInfeasible = 0;
        for (int trial = 0; trial < 300; trial++) {
            double share = trial % 3 == 0 ? 0 : trial % 3 == 1 ? 0.05 : 0.5;
            List<Candidate> set = randomSet(rng, rng.nextInt(1, 120), share);
            double[] scales = SCALES[trial % 2];
            List<Candidate> expected = naiveFinalFront(set, scales);
            assertEquals(expected, Fronts.finalFront(set, scales), "trial " + trial);
            allInfeasible += set.stream().allMatch(c -> !c.feasible()) ? 1 : 0;
        }
        assertTrue(allInfeasible >= 100, "both branches of the rule exercised: " + allInfeasible);
    }

    @Test
    void archiveFrontEqualsFinalFrontOfEverythingOffered() {
        SplittableRandom rng = new SplittableRandom(7L);
        for (int trial = 0; trial < 300; trial++) {
            List<Candidate> set = randomSet(rng, rng.nextInt(1, 150), trial % 2 == 0 ? 0 : 0.02);
            double[] scales = SCALES[trial / 2 % 2];
            Archive archive = new Archive(scales);
            set.forEach(archive::offer);
            assertEquals(Fronts.finalFront(set, scales), archive.front(), "trial " + trial);
            assertEquals(set.size(), archive.offered());
        }
    }

    @Test
    void nonDominatedKeepsTiesAndDistinctDropsRepeatedDecisions() {
        Candidate a = new Candidate(new int[] {1, 2}, new double[] {1, 1}, new double[1]);
        Candidate sameObjectives = new Candidate(new int[] {2, 1}, new double[] {1, 1}, new double[1]);
        Candidate repeat = new Candidate(new int[] {1, 2}, new double[] {1, 1}, new double[1]);
        double[] scales = {1};
        assertEquals(3, Fronts.nonDominated(List.of(a, sameObjectives, repeat), scales).size());
        assertEquals(List.of(a, sameObjectives), Fronts.finalFront(List.of(a, sameObjectives, repeat), scales));
    }

    @Test
    void violationScalesAreOnePerCountTheMeanSloForLatencyAndTheMarginForHeadroom() {
        // TinyInstances.enumerable(10): SLOs 10 + 60, 10 + 100 and 10 ms, mean 190/3 ms; headroom margin 1 − 0.9
        double[] s = ViolationScales.of(org.bomoco.problem.PlacementProblem.compile(TinyInstances.enumerable(10)));
        assertEquals(List.of(1.0, 190.0 / 3, 0.1, 1.0, 1.0, 1.0), java.util.Arrays.stream(s).boxed().toList());
        // normalised: 0 stays exactly 0, a positive violation never rounds to 0, 95 ms over a 190/3 ms mean is 1.5
        assertEquals(0.0, ViolationScales.normalised(0, 1e-3));
        assertTrue(ViolationScales.normalised(Double.MIN_VALUE, 1e3) > 0);
        assertEquals(1.5 + 2, ViolationScales.total(new double[] {0, 95, 0.2, 0, 0, 0}, s), 1e-12);
    }
}
