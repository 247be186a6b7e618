package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link Fronts#nonDominated} and {@link Fronts#benchmarkFront} (constrained dominance reduced to one Pareto sweep)
 * against their pairwise definitions, on seeded random sets in 2 to 6 objectives: continuous values, coarse values with
 * many ties and duplicates, signed zeros, and non-finite values (which take the pairwise scan).
 */
class FrontsSweepTest {
    private static final double[] SCALES = {1, 250, 0.1, 1, 1, 1};

    private static double value(SplittableRandom rng, int style) {
        return switch (style) {
            case 0 -> rng.nextDouble();
            case 1 -> rng.nextInt(4);
            case 2 -> rng.nextBoolean() ? 0.0 : -0.0;
            default -> rng.nextInt(20) == 0 ? Double.POSITIVE_INFINITY : rng.nextInt(5);
        };
    }

    /** Points near a simplex-like front (many mutually non-dominated) or a cloud, by {@code style}. */
    private static List<Candidate> randomSet(SplittableRandom rng, int n, int m, int style, double feasibleShare) {
        List<Candidate> set = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] f = new double[m];
            for (int k = 0; k < m; k++) {
                f[k] = value(rng, style);
            }
            double[] c = new double[6];
            if (rng.nextDouble() >= feasibleShare) {
                c[rng.nextInt(6)] = rng.nextInt(1, 3) * (rng.nextBoolean() ? 1 : 1000);
            }
            set.add(new Candidate(new int[] {i}, f, c));
        }
        return set;
    }

    @Test
    void nonDominatedEqualsThePairwiseScan() {
        SplittableRandom rng = new SplittableRandom(20261207L);
        int kept = 0;
        for (int trial = 0; trial < 600; trial++) {
            int m = 2 + trial % 5;
            int style = trial / 5 % 4;
            double share = trial % 3 == 0 ? 0 : trial % 3 == 1 ? 0.1 : 1;
            List<Candidate> set = randomSet(rng, rng.nextInt(0, 300), m, style, share);
            List<Candidate> expected = Fronts.nonDominatedPairwise(set, SCALES);
            assertEquals(expected, Fronts.nonDominated(set, SCALES), "trial " + trial + ", m = " + m);
            kept += expected.size();
        }
        assertTrue(kept > 6000, "the fronts are not trivially small: " + kept);
    }

    @Test
    void benchmarkFrontEqualsThePairwiseScan() {
        SplittableRandom rng = new SplittableRandom(42L);
        for (int trial = 0; trial < 400; trial++) {
            int m = 2 + trial % 5;
            List<Candidate> set = randomSet(rng, rng.nextInt(0, 300), m, trial / 5 % 4, 1);
            assertEquals(Fronts.benchmarkFrontPairwise(set), Fronts.benchmarkFront(set), "trial " + trial);
        }
    }

    /** 20,000 continuous 3-objective candidates: the pairwise scan would make 4·10⁸ comparisons; the sweep agrees. */
    @Test
    void largeThreeObjectiveSetMatchesOnASample() {
        SplittableRandom rng = new SplittableRandom(3L);
        List<Candidate> set = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double a = rng.nextDouble() * Math.PI / 2;
            double b = rng.nextDouble() * Math.PI / 2;
            double r = 1 + 0.01 * rng.nextDouble();
            set.add(new Candidate(new int[] {i}, new double[] {r * Math.cos(a) * Math.cos(b),
                r * Math.cos(a) * Math.sin(b), r * Math.sin(a)}, new double[6]));
        }
        List<Candidate> front = Fronts.nonDominated(set, SCALES);
        java.util.Set<Candidate> inFront = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inFront.addAll(front);
        for (int s = 0; s < 300; s++) {
            Candidate c = set.get(rng.nextInt(set.size()));
            boolean dominated = set.stream().anyMatch(d -> Fronts.dominates(d.objectives(), c.objectives()));
            assertEquals(!dominated, inFront.contains(c), "candidate " + java.util.Arrays.toString(c.decision()));
        }
    }
}
