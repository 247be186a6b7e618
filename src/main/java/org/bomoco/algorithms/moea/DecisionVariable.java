package org.bomoco.algorithms.moea;

import java.util.Arrays;

import org.moeaframework.core.Defined;
import org.moeaframework.core.variable.Variable;

/**
 * The whole placement decision as one MOEA Framework variable holding the {@code int[]} of
 * {@code PlacementProblem} (layout {@code x[4i..4i+3]} = region, size, purchase, delay). Decoding is free: the
 * evaluator reads the array itself, where {@code BinaryIntegerVariable}s cost about 2 µs per evaluation to decode
 * (LIBRARIES.md). Only our own operators ({@link PlacementMoeaVariation}, {@link PlacementInitialization}) know
 * this type; the library copies it ({@link #copy()}) and compares it ({@link #equals}) for duplicate removal.
 */
final class DecisionVariable implements Variable {
    private static final long serialVersionUID = 1L;

    /** The decision; operators write into it in place. */
    final int[] values;

    DecisionVariable(int[] values) {
        this.values = values;
    }

    @Override
    public DecisionVariable copy() {
        return new DecisionVariable(values.clone());
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
        StringBuilder sb = new StringBuilder(values.length * 3);
        for (int j = 0; j < values.length; j++) {
            sb.append(j == 0 ? "" : ",").append(values[j]);
        }
        return sb.toString();
    }

    /** Reads the form written by {@link #encode()}; the length must match. */
    @Override
    public void decode(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " integers, got " + parts.length);
        }
        for (int j = 0; j < parts.length; j++) {
            values[j] = Integer.parseInt(parts[j].trim());
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
        return o instanceof DecisionVariable d && Arrays.equals(values, d.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return encode();
    }
}
