package org.bomoco.algorithms.config;

import java.util.List;
import java.util.Map;

/**
 * The typed, immutable configuration of one algorithm: its {@code parameters:} after {@link ConfigSchema#read}
 * checked every key, type and range. One record per family; the defaults live here (the constants of each
 * record) and each adapter translates the record into its library's settings. Every record carries the
 * evaluation threads {@code parallel_evaluation} ({@link #parallelEvaluation()}: 1 by default, 0 = one per
 * processor), accepted by every optimizer. Divisions of 0 mean "not given": the adapter then uses
 * {@link Lattice#PLACEMENT_DIVISIONS} on placement problems and {@link Lattice#benchmarkDivisions} on benchmarks.
 */
public sealed interface AlgorithmConfig extends java.io.Serializable {
    /** Evaluation threads asked for ({@value ConfigSchema#PARALLEL_EVALUATION}), 0 = available processors. */
    int parallelEvaluation();

    /** A configuration of an evolutionary algorithm: it has variation operators. */
    sealed interface Evolutionary extends AlgorithmConfig permits Genetic, ReferencePoints, Moead, SmsEmoa, Spea2,
            EpsMoea, Ibea, WeightedSum, Rvea, GridArchive {
        /** The operators' settings. */
        Variation variation();
    }

    /** NSGA-II: variation only. */
    record Genetic(Variation variation, int parallelEvaluation) implements Evolutionary {
    }

    /**
     * RVEA: the lattice {@code divisions} as MOEA/D's (0 = default, or the largest within a given population), the
     * angle penalty {@code alpha} ({@value #ALPHA}) and the reference vectors' adaptation every
     * {@code adaptFrequency} ({@value #ADAPT_FREQUENCY}) of the budget's generations.
     */
    record Rvea(Variation variation, int divisions, double alpha, double adaptFrequency, int parallelEvaluation)
            implements Evolutionary {
        public static final double ALPHA = 2;
        public static final double ADAPT_FREQUENCY = 0.1;
    }

    /**
     * PESA-II and PAES: the adaptive grid's {@code bisections} per objective ({@value #BISECTIONS}, at most
     * {@value #MAX_BISECTIONS}: the grid has 2^(5·b) cells at five objectives) and the archive size
     * ({@value #ARCHIVE_SIZE}).
     */
    record GridArchive(Variation variation, int bisections, int archiveSize, int parallelEvaluation)
            implements Evolutionary {
        public static final int BISECTIONS = 4;
        public static final int MAX_BISECTIONS = 4;
        public static final int ARCHIVE_SIZE = 100;
    }

    /** NSGA-III: Das–Dennis {@code divisions} (0 = default). */
    record ReferencePoints(Variation variation, int divisions, int parallelEvaluation) implements Evolutionary {
    }

    /**
     * MOEA/D: lattice {@code divisions} (0 = default; on placement problems with a given population the MOEA
     * Framework adapter then takes the largest lattice within it), neighbourhood size T
     * ({@value #NEIGHBORHOOD_SIZE}, capped at the population), probability δ of mating within the neighbourhood
     * ({@value #DELTA}), most subproblems one child may replace η ({@value #ETA}; a whole number in both
     * libraries), and, for jMetal on benchmarks only, the scalarisation ({@code pbi} with penalty θ
     * {@value #THETA}, or {@code tchebycheff}).
     */
    record Moead(Variation variation, int divisions, int neighborhoodSize, double delta, int eta,
                 Scalarization scalarization, double theta, int parallelEvaluation) implements Evolutionary {
        public static final int NEIGHBORHOOD_SIZE = 20;
        public static final double DELTA = 0.9;
        public static final int ETA = 2;
        public static final double THETA = 5.0;
    }

    /** The scalarisation of jMetal's MOEA/D on benchmarks. */
    enum Scalarization { PBI, TCHEBYCHEFF }

    /** SMS-EMOA: Monte Carlo {@code samples} per point for the hypervolume contributions ({@value #SAMPLES}). */
    record SmsEmoa(Variation variation, int samples, int parallelEvaluation) implements Evolutionary {
        public static final int SAMPLES = 64;
    }

    /** SPEA2: the {@code k}-th nearest neighbour of the density estimate ({@value #K}; below the population). */
    record Spea2(Variation variation, int k, int parallelEvaluation) implements Evolutionary {
        public static final int K = 1;
    }

    /**
     * ε-MOEA: box widths {@code epsilon}, one for every objective or one per objective ({@value #EPSILON}); on
     * placement problems a fraction of each objective's current-state value, on benchmarks in objective units.
     */
    record EpsMoea(Variation variation, List<Double> epsilon, int parallelEvaluation) implements Evolutionary {
        public static final double EPSILON = 0.01;

        public EpsMoea {
            epsilon = List.copyOf(epsilon);
        }

        /** The widths for {@code objectives} objectives (one number repeated, or the list). */
        public double[] epsilon(int objectives) {
            double[] out = new double[objectives];
            for (int k = 0; k < objectives; k++) {
                out[k] = epsilon.get(epsilon.size() == 1 ? 0 : k);
            }
            return out;
        }
    }

    /** IBEA: its fitness indicator ({@code hypervolume}, the default, or {@code epsilon}). */
    record Ibea(Variation variation, IbeaIndicator indicator, int parallelEvaluation) implements Evolutionary {
    }

    /** IBEA's fitness indicators. */
    enum IbeaIndicator { HYPERVOLUME, EPSILON }

    /** The weighted-sum method: lattice {@code divisions} of its weight vectors ({@value #DIVISIONS}). */
    record WeightedSum(Variation variation, int divisions, int parallelEvaluation) implements Evolutionary {
        public static final int DIVISIONS = 3;
    }

    /** Random search: no parameters. */
    record RandomSampling(int parallelEvaluation) implements AlgorithmConfig {
    }

    /** Exhaustive enumeration: refused above {@code maxSolutions} decisions ({@value #MAX_SOLUTIONS}). */
    record Exhaustive(long maxSolutions, int parallelEvaluation) implements AlgorithmConfig {
        public static final long MAX_SOLUTIONS = 2_000_000L;
    }

    /**
     * The composite-score baseline: explicit weight vectors (each of five non-negative numbers, not all zero), or,
     * when none are given (empty list), the lattice with {@code divisions} ({@value #DIVISIONS}).
     */
    record Composite(int divisions, List<List<Double>> weights, int parallelEvaluation) implements AlgorithmConfig {
        public static final int DIVISIONS = 4;
        public static final int MAX_DIVISIONS = 60;

        public Composite {
            weights = weights.stream().map(List::copyOf).toList();
        }
    }

    /**
     * An optimizer that declares no schema of its own (a plug-in): every key is accepted and its values are
     * handed over as given, for the optimizer to check when it runs.
     */
    record Custom(Map<String, Object> values, int parallelEvaluation) implements AlgorithmConfig {
        public Custom {
            values = Map.copyOf(values);
        }
    }
}
