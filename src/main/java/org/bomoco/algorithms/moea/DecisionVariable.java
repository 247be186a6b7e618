package org.bomoco.algorithms.moea;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Arrays;

import org.bomoco.algorithms.PlacementVariation;

import org.moeaframework.core.Defined;
import org.moeaframework.core.variable.Variable;

/**
 * The whole placement decision as one MOEA Framework variable holding the {@code int[]} of
 * {@code PlacementProblem} (layout {@code x[4i..4i+3]} = region, size, purchase, delay). Decoding is free: the
 * evaluator reads the array itself, where {@code BinaryIntegerVariable}s cost about 2 µs per evaluation to decode
 * (LIBRARIES.md). Only our own operators ({@link PlacementMoeaVariation}, {@link PlacementInitialization}) know
 * this type; the library copies it ({@link #copy()}) and compares it ({@link #equals}) for duplicate removal.
 *
 * <p>A child of {@link PlacementMoeaVariation} is {@link #bred} lazily: it holds its parents' decisions and the
 * random draws of its crossover and mutation (drawn in the run's serial order) and builds its own array on the
 * first read ({@link #values()}), which for a run with parallel evaluation is its evaluation on an evaluation
 * thread ({@link BatchEvaluation}), so the copying and recombination of 5,000-workload decisions runs in parallel
 * too. The built array depends only on the recipe, never on where or when it is built. A variable is read by one
 * thread at a time: built by the thread that evaluates it, read by the run's thread after the batch (whose end
 * publishes the writes, {@link org.bomoco.algorithms.ParallelEvaluation#forEach}).
 */
final class DecisionVariable implements Variable {
    private static final long serialVersionUID = 1L;

    /** The decision (null until a bred child is built); operators write into it in place. */
    private int[] values;
    /** How to build {@link #values}: non-null until the first read of a bred child. */
    private transient Recipe recipe;

    /**
     * A child's decision: {@code own} with the workloads of {@code coins} from {@code other}
     * ({@link PlacementVariation#inherit}), then mutated by {@code mutation} ({@link PlacementVariation#applyMutation}).
     * The parents' arrays are not written after a child is bred from them (a decision changes only before its
     * solution is first evaluated).
     */
    private record Recipe(int[] own, int[] other, long[] coins, int[] mutation, PlacementVariation operators) {
        int[] build() {
            int[] x = new int[own.length];
            PlacementVariation.inherit(own, other, coins, x);
            operators.applyMutation(mutation, x);
            return x;
        }
    }

    DecisionVariable(int[] values) {
        this.values = values;
    }

    private DecisionVariable(Recipe recipe) {
        this.recipe = recipe;
    }

    /** A child built on its first read (see the class comment; the arguments as {@link Recipe}'s). */
    static DecisionVariable bred(int[] own, int[] other, long[] coins, int[] mutation, PlacementVariation operators) {
        return new DecisionVariable(new Recipe(own, other, coins, mutation, operators));
    }

    /** The decision, built first if this is a child not yet read (live: writing into it changes the decision). */
    int[] values() {
        if (values == null) {
            values = recipe.build();
            recipe = null;
        }
        return values;
    }

    @Override
    public DecisionVariable copy() {
        return new DecisionVariable(values().clone());
    }

    /**
     * Unsupported: random decisions come from {@link PlacementInitialization}, which draws from the run's seeded
     * generator instead of the library's global one.
     */
    @Override
    public void randomize() {
        throw new UnsupportedOperationException("placement decisions are initialised by PlacementInitialization");
    }

    @Override
    public String encode() {
        int[] x = values();
        StringBuilder sb = new StringBuilder(x.length * 3);
        for (int j = 0; j < x.length; j++) {
            sb.append(j == 0 ? "" : ",").append(x[j]);
        }
        return sb.toString();
    }

    /** Reads the form written by {@link #encode()}; the length must match. */
    @Override
    public void decode(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != values().length) {
            throw new IllegalArgumentException("expected " + values().length + " integers, got " + parts.length);
        }
        int[] x = values();
        for (int j = 0; j < parts.length; j++) {
            x[j] = Integer.parseInt(parts[j].trim());
        }
    }

    @Override
    public String getDefinition() {
        return Defined.createUnsupportedDefinition(Variable.class, DecisionVariable.class);
    }

    @Override
    public String getName() {
        return "decision";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionVariable d && Arrays.equals(values(), d.values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        values();
        out.defaultWriteObject();
    }

    @Override
    public String toString() {
        return encode();
    }
}
