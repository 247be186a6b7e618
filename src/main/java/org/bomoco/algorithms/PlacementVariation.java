package org.bomoco.algorithms;

import java.util.random.RandomGenerator;

import org.bomoco.problem.PlacementProblem;

/**
 * Variation operators that respect the placement encoding ({@code x[4i..4i+3]} = region, size, purchase, delay),
 * shared by both library adapters so that they search with the same moves.
 *
 * <ul>
 *   <li><b>Crossover</b>: uniform crossover at workload granularity — each workload's four genes are inherited
 *   together from one parent, so a (region, size, purchase, delay) plan that works stays whole. Region is
 *   categorical, so arithmetic recombination (SBX) would invent meaningless intermediate regions.</li>
 *   <li><b>Mutation</b>, each variable with probability {@code mutationRate}: region → random reset to another
 *   region (categorical); size and delay → a step of ±1, ±2, ... with geometrically decreasing probability (ordinal:
 *   neighbours are similar), clamped to the bounds; purchase → flip (binary).</li>
 * </ul>
 *
 * Each call draws only from the {@link RandomGenerator} it is given. O(n) per call for n variables.
 */
public final class PlacementVariation {
    /** Probability that an ordinal step continues one more unit (mean step length 1/(1−p)). */
    static final double STEP_CONTINUE = 0.5;

    private final int[] lower;
    private final int[] upper;
    private final double crossoverRate;
    private final double mutationRate;

    /**
     * @param problem the problem (for variable bounds)
     * @param crossoverRate probability that a pair of parents is recombined at all
     * @param mutationRate per-variable mutation probability; a non-positive value means 1/n
     */
    public PlacementVariation(PlacementProblem problem, double crossoverRate, double mutationRate) {
        int n = problem.variableCount();
        lower = new int[n];
        upper = new int[n];
        for (int j = 0; j < n; j++) {
            lower[j] = problem.lowerBound(j);
            upper[j] = problem.upperBound(j);
        }
        this.crossoverRate = crossoverRate;
        this.mutationRate = mutationRate > 0 ? mutationRate : 1.0 / n;
    }

    public int variableCount() {
        return lower.length;
    }

    public double crossoverRate() {
        return crossoverRate;
    }

    public double mutationRate() {
        return mutationRate;
    }

    /** Writes a uniformly random decision into {@code x}. */
    public void randomize(int[] x, RandomGenerator rng) {
        for (int j = 0; j < x.length; j++) {
            x[j] = lower[j] + rng.nextInt(upper[j] - lower[j] + 1);
        }
    }

    /**
     * Workload-uniform crossover of {@code a} and {@code b} into {@code childA} and {@code childB} (which may alias the
     * parents). With probability {@code 1 − crossoverRate} the children are copies of the parents.
     */
    public void crossover(int[] a, int[] b, int[] childA, int[] childB, RandomGenerator rng) {
        boolean recombine = rng.nextDouble() < crossoverRate;
        for (int base = 0; base < a.length; base += PlacementProblem.VARIABLES_PER_WORKLOAD) {
            boolean swap = recombine && rng.nextBoolean();
            for (int j = base; j < base + PlacementProblem.VARIABLES_PER_WORKLOAD; j++) {
                int va = a[j];
                int vb = b[j];
                childA[j] = swap ? vb : va;
                childB[j] = swap ? va : vb;
            }
        }
    }

    /** Mutates {@code x} in place; returns whether any variable changed. */
    public boolean mutate(int[] x, RandomGenerator rng) {
        boolean changed = false;
        for (int j = 0; j < x.length; j++) {
            if (upper[j] == lower[j] || rng.nextDouble() >= mutationRate) {
                continue;
            }
            int old = x[j];
            switch (j % PlacementProblem.VARIABLES_PER_WORKLOAD) {
                case 0 -> x[j] = resetToOther(old, lower[j], upper[j], rng);
                case 2 -> x[j] = lower[j] + upper[j] - old;
                default -> x[j] = step(old, lower[j], upper[j], rng);
            }
            changed |= x[j] != old;
        }
        return changed;
    }

    private static int resetToOther(int old, int lo, int hi, RandomGenerator rng) {
        int v = lo + rng.nextInt(hi - lo);
        return v >= old ? v + 1 : v;
    }

    private static int step(int old, int lo, int hi, RandomGenerator rng) {
        int length = 1;
        while (rng.nextDouble() < STEP_CONTINUE) {
            length++;
        }
        int dir = rng.nextBoolean() ? 1 : -1;
        if (old + dir > hi || old + dir < lo) {
            dir = -dir;
        }
        return Math.max(lo, Math.min(hi, old + dir * length));
    }
}
