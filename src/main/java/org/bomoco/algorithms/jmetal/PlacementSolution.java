package org.bomoco.algorithms.jmetal;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.bomoco.algorithms.PlacementVariation;
import org.uma.jmetal.solution.integersolution.IntegerSolution;
import org.uma.jmetal.util.bounds.Bounds;

/**
 * A jMetal {@link IntegerSolution} that stores its decision in a plain {@code int[]}, so the placement
 * {@code Evaluator} reads it with no copy and no unboxing. jMetal 6.6's {@code DefaultIntegerSolution} keeps a
 * {@code List<Integer>}, which would have to be copied into an {@code int[]} before every evaluation;
 * {@link #variables()} here is a live {@code List<Integer>} view of the array, so jMetal code that reads or sets
 * variables through the list still works. Integers 0..127 (every variable of the encoding in practice) come from
 * the {@code Integer} cache, so the view does not allocate either.
 *
 * <p>Besides jMetal's {@link #constraints()} (normalised, negative when violated: see
 * {@link org.bomoco.algorithms.ViolationScales}) a
 * solution keeps the problem's raw violations in {@link #rawConstraints()}.
 *
 * <p>A child of {@link PlacementOperators} is {@link #bred} lazily: it holds its parents' decisions, the coins of
 * its crossover and the draws of its mutations (all drawn in the run's serial order) and builds its own array on
 * the first read of its decision, which is its evaluation: on an evaluation thread in a run with parallel
 * evaluation ({@link PlacementEvaluation}), so copying, crossover and mutation run in parallel too and the
 * evaluation reads a decision still in cache. The array depends only on the recipe. A solution is read by one
 * thread at a time (built by the thread that evaluates it, read by the run's thread after the batch, whose end
 * publishes the writes).
 */
public final class PlacementSolution implements IntegerSolution {
    private static final long serialVersionUID = 1L;

    /** The decision; null until a bred child is built. */
    private int[] x;
    /** How to build {@link #x}: non-null until the first read of a bred child's decision. */
    private transient Recipe recipe;
    private final double[] objectives;
    private final double[] constraints;
    private final double[] raw;
    private final List<Bounds<Integer>> bounds;
    private final HashMap<Object, Object> attributes;
    private double violation;

    PlacementSolution(int[] x, int objectives, int constraints, List<Bounds<Integer>> bounds) {
        this.x = x;
        this.objectives = new double[objectives];
        this.constraints = new double[constraints];
        this.raw = new double[constraints];
        this.bounds = bounds;
        this.attributes = new HashMap<>();
    }

    /**
     * {@code own} with the workloads of {@code coins} from {@code other} ({@link PlacementVariation#inherit}),
     * then each of {@code mutations} in order ({@link PlacementVariation#applyMutation}). The parents' arrays are
     * not written after a child is bred from them (operators write only into children).
     */
    private record Recipe(int[] own, int[] other, long[] coins, List<int[]> mutations,
                          PlacementVariation variation) {
        int[] build() {
            int[] child = new int[own.length];
            PlacementVariation.inherit(own, other, coins, child);
            for (int[] draws : mutations) {
                variation.applyMutation(draws, child);
            }
            return child;
        }
    }

    private PlacementSolution(PlacementSolution s) {
        this(s, s.decision().clone());
    }

    /** What {@link #copy()} makes of {@code s}, with decision {@code x} (null: a bred child's, built later). */
    private PlacementSolution(PlacementSolution s, int[] x) {
        this.x = x;
        this.objectives = s.objectives.clone();
        this.constraints = s.constraints.clone();
        this.raw = s.raw.clone();
        this.bounds = s.bounds;
        this.attributes = new HashMap<>(s.attributes);
        this.violation = s.violation;
    }

    /**
     * A crossover child of {@code own} and {@code other}: {@code own.copy()} with its decision replaced by
     * {@code inherit(own, other, coins)}, built on first read (see the class comment).
     */
    static PlacementSolution bred(PlacementSolution own, PlacementSolution other, long[] coins,
                                  PlacementVariation variation) {
        PlacementSolution child = new PlacementSolution(own, null);
        child.recipe = new Recipe(own.decision(), other.decision(), coins, new ArrayList<>(), variation);
        return child;
    }

    /** Applies the mutation {@code draws} now, or when the decision is built if it is not yet. */
    void mutate(int[] draws, PlacementVariation variation) {
        if (recipe != null) {
            recipe.mutations().add(draws);
        } else {
            variation.applyMutation(draws, x);
        }
    }

    /** The decision vector itself (not a copy), built first if not yet: operators change it in place. */
    public int[] decision() {
        if (x == null) {
            x = recipe.build();
            recipe = null;
        }
        return x;
    }

    /** Raw constraint violations in {@code Constraint} order (0 = satisfied); the array itself. */
    public double[] rawConstraints() {
        return raw;
    }

    /** Total normalised violation {@code Σ raw_k/scale_k} ({@code ViolationScales.total}; 0 = feasible). */
    public double violation() {
        return violation;
    }

    void violation(double v) {
        violation = v;
    }

    @Override
    public List<Integer> variables() {
        return new IntView(decision());
    }

    @Override
    public double[] objectives() {
        return objectives;
    }

    @Override
    public double[] constraints() {
        return constraints;
    }

    @Override
    public Map<Object, Object> attributes() {
        return attributes;
    }

    @Override
    public PlacementSolution copy() {
        return new PlacementSolution(this);
    }

    @Override
    public Bounds<Integer> getBounds(int index) {
        return bounds.get(index);
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        decision();
        out.defaultWriteObject();
    }

    /** A fixed-size {@code List<Integer>} view of an {@code int[]}. */
    private static final class IntView extends AbstractList<Integer> implements RandomAccess {
        private final int[] a;

        IntView(int[] a) {
            this.a = a;
        }

        @Override
        public Integer get(int index) {
            return a[index];
        }

        @Override
        public Integer set(int index, Integer value) {
            int old = a[index];
            a[index] = value;
            return old;
        }

        @Override
        public int size() {
            return a.length;
        }
    }
}
