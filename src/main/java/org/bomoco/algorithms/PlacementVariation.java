package org.bomoco.algorithms;

import java.util.List;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.config.Variation;

import org.bomoco.problem.PlacementProblem;

/**
 * Variation operators that respect the placement encoding ({@code x[4i..4i+3]} = region, size, purchase, delay),
 * shared by both library adapters so that they search with the same moves.
 *
 * <ul>
 *   <li><b>Crossover</b>: uniform crossover at workload granularity — each workload's four genes are inherited
 *   together from one parent, so a (region, size, purchase, delay) plan that works stays whole. Region is
 *   categorical, so arithmetic recombination (SBX) would invent meaningless intermediate regions.</li>
 *   <li><b>Mutation</b>, each variable independently with probability {@code mutationRate}: region → random reset
 *   to another region (categorical); size and delay → a step of ±1, ±2, ... with geometrically decreasing
 *   probability (ordinal: neighbours are similar), clamped to the bounds; purchase → flip (binary). The mutated
 *   variables are found by geometric skip-ahead (the gap to the next one is {@code Geometric(mutationRate)},
 *   {@code ⌊ln U / ln(1 − p)⌋} for uniform {@code U}: inversion of the geometric distribution, as in Devroye 1986,
 *   "Non-Uniform Random Variate Generation"),
 *   the same distribution as one Bernoulli draw per variable but about {@code n·p + 1} draws instead of {@code n}
 *   (at the default {@code p = 1/n}: 2 instead of 4,000 for 1,000 workloads).</li>
 * </ul>
 *
 * Region values are drawn only from each workload's {@link PlacementProblem#regionChoices} (its
 * {@link org.bomoco.problem.RegionScope}): random reset, {@link #randomize} and {@link #initial} pick among them, and
 * crossover moves whole workloads, so no operator leaves the scope. With every region allowed (the default) the
 * draws are the same numbers as a plain {@code lower + nextInt(upper − lower + 1)}.
 *
 * Both adapters read their settings from the same {@link Variation} record ({@link #of}): {@value #CROSSOVER_RATE} (default
 * {@value #DEFAULT_CROSSOVER_RATE}) and {@value #MUTATION_RATE} (0, the default, means {@code 1/n}). Each call
 * draws only from the {@link RandomGenerator} it is given. Crossover and {@link #randomize} are O(n) per call for
 * n variables (crossover with one draw per 64 workloads), mutation O(n·p + 1) expected.
 */
public final class PlacementVariation {
    /** Parameter key: probability that a pair of parents is recombined. */
    public static final String CROSSOVER_RATE = Variation.CROSSOVER_RATE_KEY;
    /** Parameter key: per-variable mutation probability, 0 meaning {@code 1/n}. */
    public static final String MUTATION_RATE = Variation.MUTATION_RATE_KEY;
    /** The crossover rate when {@value #CROSSOVER_RATE} is not given. */
    public static final double DEFAULT_CROSSOVER_RATE = Variation.CROSSOVER_RATE;
    /** Probability that an ordinal step continues one more unit (mean step length 1/(1−p)). */
    static final double STEP_CONTINUE = 0.5;

    private final PlacementProblem problem;
    private final int[] lower;
    private final int[] upper;
    /** Allowed region indices of each workload, ascending. */
    private final int[][] regions;
    private final double crossoverRate;
    private final double mutationRate;
    /** {@code ln(1 − mutationRate)} (negative; −∞ at rate 1), the divisor of the skip-ahead gap. */
    private final double logKeep;

    /**
     * @param problem the problem (for variable bounds)
     * @param crossoverRate probability that a pair of parents is recombined at all
     * @param mutationRate per-variable mutation probability; a non-positive value means 1/n
     */
    public PlacementVariation(PlacementProblem problem, double crossoverRate, double mutationRate) {
        this.problem = problem;
        int n = problem.variableCount();
        lower = new int[n];
        upper = new int[n];
        for (int j = 0; j < n; j++) {
            lower[j] = problem.lowerBound(j);
            upper[j] = problem.upperBound(j);
        }
        regions = new int[problem.workloadCount()][];
        int[] all = java.util.stream.IntStream.range(0, problem.regionCount()).toArray();
        for (int i = 0; i < regions.length; i++) {
            int[] c = problem.regionChoices(i);
            regions[i] = java.util.Arrays.equals(c, all) ? all : c;
        }
        this.crossoverRate = crossoverRate;
        this.mutationRate = mutationRate > 0 ? mutationRate : 1.0 / n;
        this.logKeep = Math.log1p(-this.mutationRate);
    }

    /** The operators with the placement rates of {@code variation} (crossover rate, mutation rate, 0 = 1/n). */
    public static PlacementVariation of(PlacementProblem problem, Variation variation) {
        return new PlacementVariation(problem, variation.crossoverRate(), variation.mutationRate());
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

    /**
     * Writes member {@code index} of an initial population into {@code x} ("informed initialisation"): member 0 is
     * the current state {@code current}; member 1 is the current state with its overloaded workloads upsized in
     * place ({@link PlacementProblem#repairHeadroom}: on generated instances a feasible plan, which large instances
     * otherwise rarely reach within small budgets); other odd members are the current state with each workload's four genes redrawn
     * uniformly with a probability drawn log-uniformly from [1/N, ½] per member (so the population spans plans that
     * change a single workload to plans that change half of them); even members are uniformly random. Seeding a run
     * with a known solution and its neighbourhood is common practice for large combinatorial problems; here the
     * current state is feasible in most respects (sovereignty, latency, spot), while a uniformly random plan of
     * hundreds of workloads almost never is. O(n).
     */
    public void initial(int index, int[] current, int[] x, RandomGenerator rng) {
        if (index <= 1 || index % 2 == 1) {
            System.arraycopy(current, 0, x, 0, x.length);
        }
        if (index == 0) {
            return;
        }
        if (index == 1) {
            problem.repairHeadroom(x);
            return;
        }
        if (index % 2 == 0) {
            randomize(x, rng);
            return;
        }
        int workloads = x.length / PlacementProblem.VARIABLES_PER_WORKLOAD;
        double lo = Math.log(Math.min(0.5, 1.0 / workloads));
        double rate = Math.exp(lo + rng.nextDouble() * (Math.log(0.5) - lo));
        boolean changed = false;
        for (int i = 0; i < workloads; i++) {
            if (rng.nextDouble() < rate) {
                redraw(x, i, rng);
                changed = true;
            }
        }
        if (!changed) {
            redraw(x, rng.nextInt(workloads), rng);
        }
    }

    private void redraw(int[] x, int workload, RandomGenerator rng) {
        int base = workload * PlacementProblem.VARIABLES_PER_WORKLOAD;
        for (int j = base; j < base + PlacementProblem.VARIABLES_PER_WORKLOAD; j++) {
            x[j] = draw(j, rng);
        }
    }

    /** A uniform value of variable {@code j}: among the workload's allowed regions for a region variable. */
    private int draw(int j, RandomGenerator rng) {
        if (j % PlacementProblem.VARIABLES_PER_WORKLOAD == 0) {
            int[] allowed = regions[j / PlacementProblem.VARIABLES_PER_WORKLOAD];
            return allowed[rng.nextInt(allowed.length)];
        }
        return lower[j] + rng.nextInt(upper[j] - lower[j] + 1);
    }

    /** Writes a uniformly random decision (within each workload's allowed regions) into {@code x}. */
    public void randomize(int[] x, RandomGenerator rng) {
        for (int j = 0; j < x.length; j++) {
            x[j] = draw(j, rng);
        }
    }

    /**
     * Workload-uniform crossover of {@code a} and {@code b} into {@code childA} and {@code childB}, which are either
     * the parents themselves ({@code childA == a}, {@code childB == b}) or arrays of their own. With probability
     * {@code 1 − crossoverRate} the children are copies of the parents; otherwise each workload's genes are
     * exchanged with probability ½, independently: the coin of workload {@code i} is bit {@code i mod 64} of the
     * {@code ⌊i/64⌋}-th {@code nextLong()} (one draw per 64 workloads instead of one each). The children start as
     * copies of the parents and only the exchanged workloads are touched (visited through the set bits of each
     * draw), so a crossover costs one copy plus the exchanges. Same as {@link #drawCrossover} followed by
     * {@link #inherit} for each child.
     *
     * @throws IllegalArgumentException when a child is the other parent ({@code childA == b} or {@code childB == a})
     */
    public void crossover(int[] a, int[] b, int[] childA, int[] childB, RandomGenerator rng) {
        if (childA == b || childB == a) {
            throw new IllegalArgumentException("a child may be its own parent, not the other one");
        }
        long[] coins = drawCrossover(rng);
        if (childA != a) {
            System.arraycopy(a, 0, childA, 0, a.length);
        }
        if (childB != b) {
            System.arraycopy(b, 0, childB, 0, b.length);
        }
        if (coins == null) {
            return;
        }
        for (int block = 0; block < coins.length; block++) {
            for (long c = coins[block]; c != 0; c &= c - 1) {
                exchange(childA, childB, (block * 64 + Long.numberOfTrailingZeros(c))
                        * PlacementProblem.VARIABLES_PER_WORKLOAD);
            }
        }
    }

    /**
     * The random draws of one {@link #crossover}, in its order: {@code null} when the pair is not recombined (the
     * children are copies of the parents), else one word of coins per 64 workloads (bit {@code i mod 64} of word
     * {@code ⌊i/64⌋} set: workload {@code i} is exchanged; bits past the last workload are cleared). The draws do
     * not depend on the parents, so a run can draw them in its serial order and build the children later, on any
     * thread ({@link #inherit}).
     */
    public long[] drawCrossover(RandomGenerator rng) {
        if (!(rng.nextDouble() < crossoverRate)) {
            return null;
        }
        int workloads = lower.length / PlacementProblem.VARIABLES_PER_WORKLOAD;
        long[] coins = new long[(workloads + 63) / 64];
        for (int block = 0; block < coins.length; block++) {
            long c = rng.nextLong();
            int left = workloads - block * 64;
            coins[block] = left < 64 ? c & (1L << left) - 1 : c;
        }
        return coins;
    }

    /**
     * Writes into {@code child} (an array of its own) the crossover child of parent {@code own} and parent
     * {@code other} under {@code coins} ({@link #drawCrossover}; {@code null}: a copy of {@code own}): {@code own}'s
     * genes except the exchanged workloads', which come from {@code other}. The first child of {@link #crossover}
     * is {@code inherit(a, b, coins, childA)}, the second {@code inherit(b, a, coins, childB)}. O(n).
     */
    public static void inherit(int[] own, int[] other, long[] coins, int[] child) {
        System.arraycopy(own, 0, child, 0, own.length);
        if (coins == null) {
            return;
        }
        for (int block = 0; block < coins.length; block++) {
            for (long c = coins[block]; c != 0; c &= c - 1) {
                int base = (block * 64 + Long.numberOfTrailingZeros(c)) * PlacementProblem.VARIABLES_PER_WORKLOAD;
                System.arraycopy(other, base, child, base, PlacementProblem.VARIABLES_PER_WORKLOAD);
            }
        }
    }

    /** Exchanges the four genes of the workload starting at {@code base} between {@code x} and {@code y}. */
    private static void exchange(int[] x, int[] y, int base) {
        for (int j = base; j < base + PlacementProblem.VARIABLES_PER_WORKLOAD; j++) {
            int t = x[j];
            x[j] = y[j];
            y[j] = t;
        }
    }

    /**
     * Mutates {@code x} in place, each variable independently with probability {@code mutationRate} (variables with
     * a single value stay as they are); returns whether any variable changed. Same as {@link #drawMutation}
     * followed by {@link #applyMutation}.
     */
    public boolean mutate(int[] x, RandomGenerator rng) {
        return applyMutation(drawMutation(rng), x);
    }

    /**
     * The random draws of one {@link #mutate}, in its order, as triples {@code (j, p, q)}, one per variable
     * {@code j} that changes: a region variable resets to the {@code p}-th allowed region other than its own, a
     * size or delay variable takes an ordinal step of length {@code p} in direction {@code q} (±1; reversed at a
     * bound), a purchase variable flips. Which variables mutate and what is drawn for them depend only on the
     * stream and the problem's bounds, not on the decision, so a run can draw a child's mutation in its serial
     * order and apply it later, on any thread ({@link #applyMutation}). Expected O(n·p + 1).
     */
    public int[] drawMutation(RandomGenerator rng) {
        int n = lower.length;
        int[] draws = new int[3 * 4];
        int size = 0;
        for (int j = nextMutated(-1, n, rng); j < n; j = nextMutated(j, n, rng)) {
            int[] allowed = regions[j / PlacementProblem.VARIABLES_PER_WORKLOAD];
            boolean region = j % PlacementProblem.VARIABLES_PER_WORKLOAD == 0;
            if (upper[j] == lower[j] || region && allowed.length < 2) {
                continue;
            }
            int p = 0;
            int q = 0;
            switch (j % PlacementProblem.VARIABLES_PER_WORKLOAD) {
                case 0 -> p = rng.nextInt(allowed.length - 1);
                case 2 -> { }
                default -> {
                    p = 1;
                    while (rng.nextDouble() < STEP_CONTINUE) {
                        p++;
                    }
                    q = rng.nextBoolean() ? 1 : -1;
                }
            }
            if (size == draws.length) {
                draws = java.util.Arrays.copyOf(draws, 2 * size);
            }
            draws[size++] = j;
            draws[size++] = p;
            draws[size++] = q;
        }
        return java.util.Arrays.copyOf(draws, size);
    }

    /**
     * Applies the mutation {@code draws} ({@link #drawMutation}) to {@code x} in place; returns whether any
     * variable changed. O(number of mutated variables).
     */
    public boolean applyMutation(int[] draws, int[] x) {
        boolean changed = false;
        for (int k = 0; k < draws.length; k += 3) {
            int j = draws[k];
            int old = x[j];
            switch (j % PlacementProblem.VARIABLES_PER_WORKLOAD) {
                case 0 -> x[j] = otherRegion(old, regions[j / PlacementProblem.VARIABLES_PER_WORKLOAD], draws[k + 1]);
                case 2 -> x[j] = lower[j] + upper[j] - old;
                default -> x[j] = step(old, lower[j], upper[j], draws[k + 1], draws[k + 2]);
            }
            changed |= x[j] != old;
        }
        return changed;
    }

    /**
     * The next variable after {@code j} to mutate, or {@code n} when there is none: {@code j + 1 + G} with
     * {@code G = ⌊ln U / ln(1 − p)⌋}, {@code U} uniform on (0, 1], so {@code P(G ≥ k) = (1 − p)^k}: each variable
     * is skipped with probability {@code 1 − p}, independently. One draw per mutated variable, plus one.
     */
    private int nextMutated(int j, int n, RandomGenerator rng) {
        if (mutationRate >= 1) {
            return j + 1;
        }
        double gap = Math.floor(Math.log(1.0 - rng.nextDouble()) / logKeep);
        return gap < n - j - 1 ? j + 1 + (int) gap : n;
    }

    /**
     * The {@code v}-th of the {@code allowed} values other than {@code old} ({@code v} uniform on
     * {@code [0, allowed.length − 1)}: a uniform pick; were {@code old} not allowed, which the operators never
     * produce, the value at its insertion point would be skipped).
     */
    private static int otherRegion(int old, int[] allowed, int v) {
        int at = java.util.Arrays.binarySearch(allowed, old);
        int pos = at >= 0 ? at : -at - 1;
        return allowed[v >= pos ? v + 1 : v];
    }

    /** {@code old} moved {@code length} units in direction {@code dir}, reversed if the first unit leaves the bounds. */
    private static int step(int old, int lo, int hi, int length, int dir) {
        if (old + dir > hi || old + dir < lo) {
            dir = -dir;
        }
        return Math.max(lo, Math.min(hi, old + dir * length));
    }
}
