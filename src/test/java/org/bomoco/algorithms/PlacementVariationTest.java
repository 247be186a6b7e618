package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.junit.jupiter.api.Test;

class PlacementVariationTest {
    private static final PlacementProblem PROBLEM = PlacementProblem.compile(SyntheticInstances.create(20, 5, 17L));
    private static final int N = PROBLEM.variableCount();
    private static final int G = PlacementProblem.VARIABLES_PER_WORKLOAD;

    private static int[] random(PlacementVariation v, SplittableRandom rng) {
        int[] x = new int[N];
        v.randomize(x, rng);
        return x;
    }

    private static void assertWithinBounds(int[] x) {
        for (int j = 0; j < N; j++) {
            assertTrue(x[j] >= PROBLEM.lowerBound(j) && x[j] <= PROBLEM.upperBound(j), "variable " + j);
        }
    }

    @Test
    void crossoverKeepsWorkloadGeneGroupsWhole() {
        PlacementVariation v = new PlacementVariation(PROBLEM, 1.0, 0);
        SplittableRandom rng = new SplittableRandom(1);
        int swapped = 0;
        for (int t = 0; t < 200; t++) {
            int[] a = random(v, rng);
            int[] b = random(v, rng);
            int[] ca = new int[N];
            int[] cb = new int[N];
            v.crossover(a, b, ca, cb, rng);
            for (int base = 0; base < N; base += G) {
                int[] ga = Arrays.copyOfRange(a, base, base + G);
                int[] gb = Arrays.copyOfRange(b, base, base + G);
                int[] gca = Arrays.copyOfRange(ca, base, base + G);
                int[] gcb = Arrays.copyOfRange(cb, base, base + G);
                boolean kept = Arrays.equals(gca, ga) && Arrays.equals(gcb, gb);
                boolean exchanged = Arrays.equals(gca, gb) && Arrays.equals(gcb, ga);
                assertTrue(kept || exchanged, "workload " + base / G + " split between parents");
                swapped += exchanged && !kept ? 1 : 0;
            }
        }
        // 200 pairs × 20 workloads, each exchanged with probability 1/2: 2,000 expected, sd ≈ 32
        assertTrue(Math.abs(swapped - 2000) < 200, "swapped " + swapped);
    }

    @Test
    void crossoverAliasingTheParentsWorks() {
        PlacementVariation v = new PlacementVariation(PROBLEM, 1.0, 0);
        SplittableRandom rng = new SplittableRandom(2);
        int[] a = random(v, rng);
        int[] b = random(v, rng);
        int[] ca = a.clone();
        int[] cb = b.clone();
        v.crossover(a.clone(), b.clone(), ca, cb, new SplittableRandom(3));
        v.crossover(a, b, a, b, new SplittableRandom(3));
        assertArrayEquals(ca, a);
        assertArrayEquals(cb, b);
    }

    /**
     * The crossover written naively (one coin per workload read from the draws, every gene written by a select), as
     * before the exchange-only rewrite: the fast version must give the same children and leave the generator at
     * the same point, at rates 1 and 0.5, for 150 workloads (coins from 3 draws, the last one partly used).
     */
    private static void naiveCrossover(int[] a, int[] b, int[] ca, int[] cb, double rate, SplittableRandom rng) {
        boolean recombine = rng.nextDouble() < rate;
        long coins = 0;
        for (int base = 0, i = 0; base < a.length; base += G, i++) {
            if (recombine && (i & 63) == 0) {
                coins = rng.nextLong();
            }
            boolean swap = recombine && (coins >>> (i & 63) & 1L) != 0;
            for (int j = base; j < base + G; j++) {
                int va = a[j];
                int vb = b[j];
                ca[j] = swap ? vb : va;
                cb[j] = swap ? va : vb;
            }
        }
    }

    @Test
    void crossoverEqualsTheNaiveOneAndDrawsTheSameNumbers() {
        PlacementProblem big = PlacementProblem.compile(SyntheticInstances.create(150, 5, 19L));
        SplittableRandom inputs = new SplittableRandom(11);
        for (double rate : new double[] {1.0, 0.5}) {
            PlacementVariation v = new PlacementVariation(big, rate, 0);
            for (int t = 0; t < 50; t++) {
                int[] a = new int[big.variableCount()];
                int[] b = new int[a.length];
                v.randomize(a, inputs);
                v.randomize(b, inputs);
                int[] na = new int[a.length];
                int[] nb = new int[a.length];
                SplittableRandom fast = new SplittableRandom(100 + t);
                SplittableRandom slow = new SplittableRandom(100 + t);
                naiveCrossover(a, b, na, nb, rate, slow);
                int[] ca = new int[a.length];
                int[] cb = new int[a.length];
                v.crossover(a, b, ca, cb, fast);
                assertArrayEquals(na, ca);
                assertArrayEquals(nb, cb);
                long next = slow.nextLong();
                assertEquals(next, fast.nextLong(), "generator left at the same point");
                SplittableRandom deferred = new SplittableRandom(100 + t);
                long[] coins = v.drawCrossover(deferred);
                int[] ia = new int[a.length];
                int[] ib = new int[a.length];
                PlacementVariation.inherit(a, b, coins, ia);
                PlacementVariation.inherit(b, a, coins, ib);
                assertArrayEquals(na, ia, "drawn first, each child built later");
                assertArrayEquals(nb, ib, "drawn first, each child built later");
                assertEquals(next, deferred.nextLong(), "same draws");
                v.crossover(a, b, a, b, new SplittableRandom(100 + t));
                assertArrayEquals(na, a, "in place");
                assertArrayEquals(nb, b, "in place");
            }
        }
    }

    /**
     * Mutation as it was written before its draws were split from their application (PlacementVariation of
     * 2026-12-07): skip-ahead to the next variable, then its draws and its new value, interleaved.
     */
    private static boolean naiveMutate(PlacementProblem p, double rate, int[] x, SplittableRandom rng) {
        int n = x.length;
        double logKeep = Math.log1p(-rate);
        boolean changed = false;
        for (int j = nextMutated(-1, n, rate, logKeep, rng); j < n; j = nextMutated(j, n, rate, logKeep, rng)) {
            int[] allowed = p.regionChoices(j / G);
            int lo = p.lowerBound(j);
            int hi = p.upperBound(j);
            if (hi == lo || j % G == 0 && allowed.length < 2) {
                continue;
            }
            int old = x[j];
            if (j % G == 0) {
                int at = Arrays.binarySearch(allowed, old);
                int pos = at >= 0 ? at : -at - 1;
                int v = rng.nextInt(allowed.length - 1);
                x[j] = allowed[v >= pos ? v + 1 : v];
            } else if (j % G == 2) {
                x[j] = lo + hi - old;
            } else {
                int length = 1;
                while (rng.nextDouble() < PlacementVariation.STEP_CONTINUE) {
                    length++;
                }
                int dir = rng.nextBoolean() ? 1 : -1;
                if (old + dir > hi || old + dir < lo) {
                    dir = -dir;
                }
                x[j] = Math.max(lo, Math.min(hi, old + dir * length));
            }
            changed |= x[j] != old;
        }
        return changed;
    }

    private static int nextMutated(int j, int n, double rate, double logKeep, SplittableRandom rng) {
        if (rate >= 1) {
            return j + 1;
        }
        double gap = Math.floor(Math.log(1.0 - rng.nextDouble()) / logKeep);
        return gap < n - j - 1 ? j + 1 + (int) gap : n;
    }

    @Test
    void mutationEqualsTheInterleavedOneWhetherAppliedAtOnceOrLater() {
        SplittableRandom inputs = new SplittableRandom(12);
        for (double rate : new double[] {0, 0.05, 0.5, 1.0}) {
            PlacementVariation v = new PlacementVariation(PROBLEM, 0.9, rate);
            for (int t = 0; t < 200; t++) {
                int[] x = random(v, inputs);
                int[] expected = x.clone();
                SplittableRandom slow = new SplittableRandom(300 + t);
                boolean changed = naiveMutate(PROBLEM, v.mutationRate(), expected, slow);
                int[] now = x.clone();
                SplittableRandom fast = new SplittableRandom(300 + t);
                assertEquals(changed, v.mutate(now, fast), "rate " + rate);
                assertArrayEquals(expected, now, "rate " + rate);
                long next = slow.nextLong();
                assertEquals(next, fast.nextLong(), "generator left at the same point");
                SplittableRandom deferred = new SplittableRandom(300 + t);
                int[] draws = v.drawMutation(deferred);
                int[] later = x.clone();
                assertEquals(changed, v.applyMutation(draws, later));
                assertArrayEquals(expected, later, "drawn first, applied later, rate " + rate);
                assertEquals(next, deferred.nextLong(), "same draws");
            }
        }
    }

    @Test
    void crossoverRefusesAChildThatIsTheOtherParent() {
        PlacementVariation v = new PlacementVariation(PROBLEM, 1.0, 0);
        int[] a = new int[N];
        int[] b = new int[N];
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> v.crossover(a, b, b, a, new SplittableRandom(1)));
    }

    @Test
    void mutationStaysWithinBoundsAndRegionResetNeverKeepsTheRegion() {
        PlacementVariation v = new PlacementVariation(PROBLEM, 0, 1.0);
        SplittableRandom rng = new SplittableRandom(4);
        int[] regionsHit = new int[PROBLEM.regionCount()];
        for (int t = 0; t < 2000; t++) {
            int[] x = random(v, rng);
            int[] before = x.clone();
            v.mutate(x, rng);
            assertWithinBounds(x);
            for (int j = 0; j < N; j++) {
                if (PROBLEM.upperBound(j) > PROBLEM.lowerBound(j)) {
                    assertNotEquals(before[j], x[j], "variable " + j + " mutated at rate 1 but unchanged");
                }
            }
            regionsHit[x[0]]++;
        }
        assertTrue(Arrays.stream(regionsHit).allMatch(c -> c > 0), "reset reaches every region");
    }

    @Test
    void ratesAreHonouredStatistically() {
        double mutationRate = 0.2;
        double crossoverRate = 0.7;
        PlacementVariation v = new PlacementVariation(PROBLEM, crossoverRate, mutationRate);
        SplittableRandom rng = new SplittableRandom(5);
        long mutable = 0;
        long changed = 0;
        int recombined = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            int[] x = random(v, rng);
            int[] before = x.clone();
            v.mutate(x, rng);
            for (int j = 0; j < N; j++) {
                if (PROBLEM.upperBound(j) > PROBLEM.lowerBound(j)) {
                    mutable++;
                    changed += x[j] != before[j] ? 1 : 0;
                }
            }
            int[] a = random(v, rng);
            int[] b = random(v, rng);
            int[] ca = new int[N];
            int[] cb = new int[N];
            v.crossover(a, b, ca, cb, rng);
            recombined += Arrays.equals(ca, a) ? 0 : 1;
        }
        // every mutated variable with a non-trivial range changes, so the changed share estimates the rate:
        // binomial sd = sqrt(0.2·0.8/mutable) < 0.002 for mutable > 40,000; allow 4 sd
        double share = (double) changed / mutable;
        assertEquals(mutationRate, share, 4 * Math.sqrt(mutationRate * (1 - mutationRate) / mutable));
        // a recombined pair differs from its parents unless no group swaps (2^-20); sd = sqrt(0.7·0.3/4000) ≈ 0.0072
        assertEquals(crossoverRate, (double) recombined / trials, 4 * 0.0073);
        assertEquals(1.0 / N, new PlacementVariation(PROBLEM, 1, 0).mutationRate(), 0, "default 1/n");
    }

    @Test
    void skipAheadMutatesEachPositionWithTheRateIndependently() {
        double p = 0.1;
        PlacementVariation v = new PlacementVariation(PROBLEM, 0, p);
        SplittableRandom rng = new SplittableRandom(6);
        int trials = 20_000;
        boolean[] mutable = new boolean[N];
        int m = 0;
        for (int j = 0; j < N; j++) {
            mutable[j] = PROBLEM.upperBound(j) > PROBLEM.lowerBound(j);
            m += mutable[j] ? 1 : 0;
        }
        int[] hits = new int[N];
        long bothOfPair = 0;
        long pairs = 0;
        int untouched = 0;
        for (int t = 0; t < trials; t++) {
            int[] x = random(v, rng);
            int[] before = x.clone();
            untouched += v.mutate(x, rng) ? 0 : 1;
            for (int j = 0; j < N; j++) {
                hits[j] += x[j] != before[j] ? 1 : 0;
            }
            for (int j = 0; j + 1 < N; j += 2) {
                if (mutable[j] && mutable[j + 1]) {
                    pairs++;
                    bothOfPair += x[j] != before[j] && x[j + 1] != before[j + 1] ? 1 : 0;
                }
            }
        }
        // a mutated variable with a non-trivial range always changes; one that cannot change never does.
        // per position: binomial(20,000, 0.1), sd = sqrt(0.1·0.9/20,000) ≈ 0.0021; allow 4.5 sd (80 positions),
        // so an off-by-one in the skip-ahead (first or last position never or always hit) fails
        double sd = Math.sqrt(p * (1 - p) / trials);
        for (int j = 0; j < N; j++) {
            assertEquals(mutable[j] ? p : 0, (double) hits[j] / trials, mutable[j] ? 4.5 * sd : 0, "position " + j);
        }
        // independence: disjoint pairs both mutated with p² = 0.01; no mutation at all with (1 − p)^m
        assertEquals(p * p, (double) bothOfPair / pairs, 4 * Math.sqrt(p * p * (1 - p * p) / pairs));
        double none = Math.pow(1 - p, m);
        assertEquals(none, (double) untouched / trials, 4 * Math.sqrt(none * (1 - none) / trials));
    }

    @Test
    void crossoverCoinsAreFairAndIndependentAcrossWorkloadsBeyond64() {
        // 150 workloads: the coins come from 3 nextLong() draws, so check every workload and the pairs that share a
        // bit position in different draws (i, i + 64) or neighbouring bits of one draw (i, i + 1)
        PlacementProblem big = PlacementProblem.compile(SyntheticInstances.create(150, 5, 19L));
        PlacementVariation v = new PlacementVariation(big, 1.0, 0);
        SplittableRandom rng = new SplittableRandom(8);
        int n = big.variableCount();
        int workloads = n / G;
        int trials = 4000;
        int[] swapped = new int[workloads];
        int sameBit = 0;
        int nextBit = 0;
        for (int t = 0; t < trials; t++) {
            int[] a = new int[n];
            int[] b = new int[n];
            Arrays.fill(b, 1);
            int[] ca = new int[n];
            int[] cb = new int[n];
            v.crossover(a, b, ca, cb, rng);
            for (int i = 0; i < workloads; i++) {
                swapped[i] += ca[G * i];
            }
            sameBit += ca[G * 3] * ca[G * (3 + 64)];
            nextBit += ca[G * 70] * ca[G * 71];
        }
        // per workload binomial(4000, 1/2): sd ≈ 0.0079, allow 4.5 sd over 150 workloads; pairs: 1/4, sd ≈ 0.0068
        for (int i = 0; i < workloads; i++) {
            assertEquals(0.5, (double) swapped[i] / trials, 4.5 * Math.sqrt(0.25 / trials), "workload " + i);
        }
        assertEquals(0.25, (double) sameBit / trials, 4 * Math.sqrt(0.25 * 0.75 / trials));
        assertEquals(0.25, (double) nextBit / trials, 4 * Math.sqrt(0.25 * 0.75 / trials));
    }
}
