package org.bomoco.algorithms.jmetal;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

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
 */
public final class PlacementSolution implements IntegerSolution {
    private static final long serialVersionUID = 1L;

    private final int[] x;
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

    private PlacementSolution(PlacementSolution s) {
        this.x = s.x.clone();
        this.objectives = s.objectives.clone();
        this.constraints = s.constraints.clone();
        this.raw = s.raw.clone();
        this.bounds = s.bounds;
        this.attributes = new HashMap<>(s.attributes);
        this.violation = s.violation;
    }

    /** The decision vector itself (not a copy): operators change it in place. */
    public int[] decision() {
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
        return new IntView(x);
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
