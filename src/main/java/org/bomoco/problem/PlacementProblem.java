package org.bomoco.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.model.Choice;
import org.bomoco.model.Placement;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Purchase;
import org.bomoco.model.Workload;

/**
 * The 5-objective placement problem of {@code docs/model.md} compiled from a {@link PlacementInstance} into flat
 * arrays (compile: O(N·R + R² + D) time and memory).
 *
 * <p>Decision vector layout, interleaved, {@code 4N} integers: {@code x[4i]} region index into
 * {@code instance.regions()}, {@code x[4i+1]} size index into {@code instance.sizes()}, {@code x[4i+2]} purchase
 * (0 on-demand, 1 spot), {@code x[4i+3]} start delay in hours ({@code 0..slack_i}; 0 for always-on). Bounds are
 * inclusive.
 *
 * <p>A {@link RegionScope} restricts the region variable of each workload to a subset of {@code 0..R−1}
 * ({@link #regionChoices}); the bounds stay {@code 0..R−1} (so decisions keep one layout), and every optimizer draws
 * region values only from {@link #regionChoices} ({@code PlacementVariation}, the composite planner and exhaustive
 * search do). {@link #outOfScope} counts the workloads of a decision that break the restriction.
 */
public final class PlacementProblem {
    /** Variables per workload. */
    public static final int VARIABLES_PER_WORKLOAD = 4;

    private final PlacementInstance instance;
    /** Package-private for tests and benchmarks in this package (read-only use). */
    final RegionTables regionTables;
    /** Package-private for tests and benchmarks in this package (read-only use). */
    final WorkloadTables workloadTables;
    private final Map<String, Integer> regionIndex;
    private final Map<String, Integer> sizeIndex;
    private final Map<String, Integer> workloadIndex;
    private final RegionScope scope;
    /** Allowed region indices per workload, ascending (workloads of scope ALL share one array). */
    private final int[][] regionChoices;

    private PlacementProblem(PlacementInstance instance, RegionScope scope) {
        this.instance = instance;
        this.scope = java.util.Objects.requireNonNull(scope, "scope");
        this.regionIndex = indexOf(instance.regions().stream().map(r -> r.id()).toList(), "region");
        this.sizeIndex = indexOf(instance.sizes().stream().map(s -> s.id()).toList(), "size");
        this.workloadIndex = indexOf(instance.workloads().stream().map(Workload::id).toList(), "workload");
        this.regionTables = new RegionTables(instance);
        this.workloadTables = new WorkloadTables(instance, regionIndex, sizeIndex, workloadIndex,
                regionTables.vcpus);
        newEvaluator().performances(currentDecision(), workloadTables.perf0);
        this.regionChoices = choices(instance, scope, workloadTables.region0);
    }

    /** Per workload, the ascending region indices {@code scope} allows (always including the current region). */
    private static int[][] choices(PlacementInstance instance, RegionScope scope, int[] region0) {
        int regions = instance.regions().size();
        int[] all = java.util.stream.IntStream.range(0, regions).toArray();
        int[][] out = new int[region0.length][];
        for (int i = 0; i < out.length; i++) {
            var provider = instance.regions().get(region0[i]).provider();
            out[i] = scope == RegionScope.ALL ? all : java.util.stream.IntStream.range(0, regions)
                    .filter(r -> instance.regions().get(r).provider() == provider).toArray();
        }
        return out;
    }

    /**
     * Builds the flat tables of an instance, and {@code perf0_i} by evaluating the current state.
     *
     * @throws IllegalArgumentException when the instance refers to unknown ids or lacks facts the model needs
     */
    public static PlacementProblem compile(PlacementInstance instance) {
        return new PlacementProblem(instance, RegionScope.ALL);
    }

    /**
     * As {@link #compile(PlacementInstance)}, with the region variable of each workload restricted to
     * {@code scope} (O(N·R) more for the candidate lists).
     */
    public static PlacementProblem compile(PlacementInstance instance, RegionScope scope) {
        return new PlacementProblem(instance, scope);
    }

    /** The region scope this problem was compiled with. */
    public RegionScope scope() {
        return scope;
    }

    /** The region indices workload {@code workload} may use, ascending (a copy; contains its current region). */
    public int[] regionChoices(int workload) {
        return regionChoices[workload].clone();
    }

    /** The number of workloads whose region in {@code x} is outside their {@link #regionChoices}. O(N log R). */
    public int outOfScope(int[] x) {
        int count = 0;
        for (int i = 0; i < regionChoices.length; i++) {
            if (java.util.Arrays.binarySearch(regionChoices[i], x[VARIABLES_PER_WORKLOAD * i]) < 0) {
                count++;
            }
        }
        return count;
    }

    /** The instance this problem was compiled from. */
    public PlacementInstance instance() {
        return instance;
    }

    public int workloadCount() {
        return workloadTables.workloadCount;
    }

    public int regionCount() {
        return regionTables.regionCount;
    }

    /** {@code 4N}. */
    public int variableCount() {
        return VARIABLES_PER_WORKLOAD * workloadTables.workloadCount;
    }

    /** Inclusive lower bound of variable {@code var}: always 0. */
    public int lowerBound(int var) {
        checkVariable(var);
        return 0;
    }

    /** Inclusive upper bound of variable {@code var}: R−1, S−1, 1, or {@code slack_i}. */
    public int upperBound(int var) {
        checkVariable(var);
        return switch (var % VARIABLES_PER_WORKLOAD) {
            case 0 -> regionTables.regionCount - 1;
            case 1 -> regionTables.sizeCount - 1;
            case 2 -> 1;
            default -> workloadTables.slackHours[var / VARIABLES_PER_WORKLOAD];
        };
    }

    /** The all-"stay" decision: current region and size, on-demand, no delay. */
    public int[] currentDecision() {
        int[] x = new int[variableCount()];
        for (int i = 0; i < workloadTables.workloadCount; i++) {
            x[VARIABLES_PER_WORKLOAD * i] = workloadTables.region0[i];
            x[VARIABLES_PER_WORKLOAD * i + 1] = workloadTables.size0[i];
        }
        return x;
    }

    /**
     * Raises, in place, the size of every workload of {@code x} whose p95 CPU utilisation on its chosen size exceeds
     * the headroom limit ({@value Evaluator#HEADROOM_LIMIT}) to the smallest size (fewest vCPUs, lowest index on
     * ties) that meets it, or the largest size when none does; region, purchase and delay are kept. Applied to the
     * current state this is the plan the instance generator sizes capacity for ("upsize the overloaded workloads
     * where they are"), a natural repair seed for the optimizers' initial populations. O(N·S).
     */
    public void repairHeadroom(int[] x) {
        checkBounds(x);
        int sizes = regionTables.sizeCount;
        for (int i = 0; i < workloadTables.workloadCount; i++) {
            int at = VARIABLES_PER_WORKLOAD * i + 1;
            double busy = workloadTables.busyVcpusP95[i];
            if (busy * regionTables.invVcpus[x[at]] <= Evaluator.HEADROOM_LIMIT) {
                continue;
            }
            int best = -1;
            int largest = 0;
            for (int s = 0; s < sizes; s++) {
                largest = regionTables.vcpus[s] > regionTables.vcpus[largest] ? s : largest;
                boolean fits = busy * regionTables.invVcpus[s] <= Evaluator.HEADROOM_LIMIT;
                if (fits && (best < 0 || regionTables.vcpus[s] < regionTables.vcpus[best])) {
                    best = s;
                }
            }
            x[at] = best >= 0 ? best : largest;
        }
    }

    /** A new evaluator (one per thread). */
    public Evaluator newEvaluator() {
        return new Evaluator(regionTables, workloadTables, instance.parameters().maxMigrations());
    }

    /**
     * Convenience: checks the bounds of {@code x} and evaluates it with a fresh evaluator (allocates).
     *
     * @throws IllegalArgumentException when {@code x} has the wrong length or a value out of bounds
     */
    public Evaluation evaluate(int[] x) {
        checkBounds(x);
        double[] objectives = new double[Objective.values().length];
        double[] constraints = new double[Constraint.values().length];
        newEvaluator().evaluate(x, objectives, constraints);
        return new Evaluation(objectives, constraints);
    }

    /** Throws {@link IllegalArgumentException} unless {@code x} has length {@code 4N} and lies within bounds. */
    public void checkBounds(int[] x) {
        if (x.length != variableCount()) {
            throw new IllegalArgumentException("decision has " + x.length + " variables, expected "
                    + variableCount());
        }
        for (int v = 0; v < x.length; v++) {
            if (x[v] < 0 || x[v] > upperBound(v)) {
                throw new IllegalArgumentException("variable " + v + " (workload "
                        + instance.workloads().get(v / VARIABLES_PER_WORKLOAD).id() + ") is " + x[v]
                        + ", outside 0.." + upperBound(v));
            }
        }
    }

    /**
     * The decision vector of a placement. Choices are matched to workloads by id, in any order.
     *
     * @throws IllegalArgumentException on unknown, duplicate or missing workloads, unknown region or size ids,
     *         or a delay outside {@code 0..slack_i}
     */
    public int[] encode(Placement placement) {
        int[] x = new int[variableCount()];
        boolean[] seen = new boolean[workloadCount()];
        for (Choice c : placement.choices()) {
            int i = index(workloadIndex, c.workloadId(), "workload", "placement");
            if (seen[i]) {
                throw new IllegalArgumentException("workload " + c.workloadId() + " appears twice in the placement");
            }
            seen[i] = true;
            int b = VARIABLES_PER_WORKLOAD * i;
            x[b] = index(regionIndex, c.regionId(), "region", c.workloadId());
            x[b + 1] = index(sizeIndex, c.sizeId(), "size", c.workloadId());
            x[b + 2] = c.purchase() == Purchase.SPOT ? 1 : 0;
            x[b + 3] = c.delayHours();
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new IllegalArgumentException("the placement has no choice for workload "
                        + instance.workloads().get(i).id());
            }
        }
        checkBounds(x);
        return x;
    }

    /**
     * The placement of a decision vector, in workload order.
     *
     * @throws IllegalArgumentException when {@code x} is out of bounds
     */
    public Placement decode(int[] x) {
        checkBounds(x);
        List<Workload> workloads = instance.workloads();
        Choice[] choices = new Choice[workloads.size()];
        for (int i = 0; i < choices.length; i++) {
            int b = VARIABLES_PER_WORKLOAD * i;
            choices[i] = new Choice(workloads.get(i).id(), instance.regions().get(x[b]).id(),
                    instance.sizes().get(x[b + 1]).id(), x[b + 2] == 1 ? Purchase.SPOT : Purchase.ON_DEMAND,
                    x[b + 3]);
        }
        return new Placement(List.of(choices));
    }

    private void checkVariable(int var) {
        if (var < 0 || var >= variableCount()) {
            throw new IndexOutOfBoundsException("variable " + var + " outside 0.." + (variableCount() - 1));
        }
    }

    private static Map<String, Integer> indexOf(List<String> ids, String what) {
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            if (index.put(ids.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id " + ids.get(i));
            }
        }
        return index;
    }

    /** The index of {@code id}, or an {@link IllegalArgumentException} naming {@code what} and {@code where}. */
    static int index(Map<String, Integer> index, String id, String what, String where) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException(where + ": unknown " + what + " id '" + id + "'");
        }
        return i;
    }
}
