package org.bomoco.algorithms.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@link AlgorithmConfig.Composite}: {@value #KEY} as a list of five-number lists, one five-number list, a
 * {@code double[]} or a string {@code "w1,w2,w3,w4,w5; ..."} (what YAML and the command line can write), or
 * {@link Lattice#DIVISIONS_KEY} for a Das–Dennis lattice; not both.
 */
final class CompositeWeights {
    static final String KEY = "weights";
    /** Weights per vector: cost, carbon, water, performance, KPI. */
    private static final int OBJECTIVES = 5;

    private CompositeWeights() {
    }

    static AlgorithmConfig.Composite read(ConfigValues v) {
        Object given = v.raw(KEY);
        int threads = v.integer(ConfigSchema.PARALLEL_EVALUATION, 1, 0, ConfigSchema.MAX_THREADS);
        if (given != null && v.has(Lattice.DIVISIONS_KEY)) {
            throw v.error(Lattice.DIVISIONS_KEY, "give either 'weights' or 'divisions', not both");
        }
        int divisions = v.integer(Lattice.DIVISIONS_KEY, AlgorithmConfig.Composite.DIVISIONS, 1,
                AlgorithmConfig.Composite.MAX_DIVISIONS);
        return new AlgorithmConfig.Composite(divisions, given == null ? List.of() : vectors(v, given), threads);
    }

    private static List<List<Double>> vectors(ConfigValues v, Object given) {
        List<List<Double>> out = new ArrayList<>();
        if (given instanceof String s) {
            for (String vector : s.split(";")) {
                out.add(vector(v, List.of((Object[]) vector.split(","))));
            }
        } else if (given instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof List<?>) {
            for (Object vector : list) {
                out.add(vector(v, vector instanceof List<?> l ? l : List.of(vector)));
            }
        } else if (given instanceof List<?> list) {
            out.add(vector(v, list));
        } else if (given instanceof double[] single) {
            out.add(vector(v, Arrays.stream(single).boxed().map(Object.class::cast).toList()));
        } else {
            throw v.error(KEY, "expected lists of " + OBJECTIVES + " numbers, e.g. \"1,0,0,0,0; 0.2,0.2,0.2,0.2,0.2\"");
        }
        return out;
    }

    private static List<Double> vector(ConfigValues v, List<?> values) {
        if (values.size() != OBJECTIVES) {
            throw v.error(KEY, "a weight vector needs " + OBJECTIVES + " numbers (cost, carbon, water, "
                    + "performance, kpi), got " + values);
        }
        List<Double> w = new ArrayList<>();
        double sum = 0;
        for (Object item : values) {
            double x = number(v, item);
            if (!(x >= 0) || !Double.isFinite(x)) {
                throw v.error(KEY, "weights must be finite and non-negative, got " + values);
            }
            w.add(x);
            sum += x;
        }
        if (!(sum > 0)) {
            throw v.error(KEY, "a weight vector must not be all zero");
        }
        return List.copyOf(w);
    }

    private static double number(ConfigValues v, Object item) {
        if (item instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(item).trim());
        } catch (NumberFormatException e) {
            throw v.error(KEY, "'" + item + "' is not a number; expected five non-negative numbers per vector");
        }
    }
}
