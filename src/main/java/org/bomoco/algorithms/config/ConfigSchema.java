package org.bomoco.algorithms.config;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.bomoco.model.InputException;

/**
 * What an optimizer accepts in {@code parameters:}: the valid keys on placement and on benchmark problems, and
 * how the values become its {@link AlgorithmConfig} record. {@link #read} is THE reader of algorithm parameters:
 * experiment files (at load, so {@code validate} fails), {@code solve --param} and the library API call it, and
 * so does each optimizer at the start of a run. {@value #PARALLEL_EVALUATION} is a key of every schema.
 *
 * <p>A new optimizer declares one of the constants below ({@code Optimizer.configSchema()}), or builds its own
 * with {@link #of} for a family of its own, or keeps the default {@link #CUSTOM} (any key, values unchecked).
 *
 * @param <C> the record the schema builds
 */
public final class ConfigSchema<C extends AlgorithmConfig> {
    /** The {@code file} of the exceptions about parameters. */
    public static final String SOURCE = "parameters";
    /** The evaluation-thread key, accepted by every optimizer. */
    public static final String PARALLEL_EVALUATION = "parallel_evaluation";
    /** Most evaluation threads one run may ask for. */
    public static final int MAX_THREADS = 256;

    static final List<String> PLACEMENT_VARIATION = List.of(Variation.CROSSOVER_RATE_KEY, Variation.MUTATION_RATE_KEY);
    static final List<String> REAL_VARIATION = List.of(Variation.SBX_RATE_KEY, Variation.SBX_INDEX_KEY,
            Variation.PM_RATE_KEY, Variation.PM_INDEX_KEY);
    private static final String DIVISIONS = Lattice.DIVISIONS_KEY;

    /** NSGA-II. */
    public static final ConfigSchema<AlgorithmConfig.Genetic> GENETIC = evolutionary(List.of(),
            v -> new AlgorithmConfig.Genetic(Variation.read(v), threads(v)));
    /** NSGA-III. */
    public static final ConfigSchema<AlgorithmConfig.ReferencePoints> REFERENCE_POINTS = evolutionary(
            List.of(DIVISIONS), v -> new AlgorithmConfig.ReferencePoints(Variation.read(v), Lattice.read(v),
                    threads(v)));
    /** MOEA/D of MOEA Framework (Tchebycheff only). */
    public static final ConfigSchema<AlgorithmConfig.Moead> MOEAD = evolutionary(
            List.of(DIVISIONS, "neighborhoodSize", "delta", "eta"), ConfigSchema::moead);
    /** MOEA/D of jMetal: on benchmarks also {@code scalarization} and {@code theta}. */
    public static final ConfigSchema<AlgorithmConfig.Moead> MOEAD_SCALARIZED = MOEAD.withBenchmarkKeys(
            List.of("scalarization", "theta"));
    /** SMS-EMOA. */
    public static final ConfigSchema<AlgorithmConfig.SmsEmoa> SMS_EMOA = evolutionary(List.of("samples"),
            v -> new AlgorithmConfig.SmsEmoa(Variation.read(v), v.integer("samples", AlgorithmConfig.SmsEmoa.SAMPLES,
                    1, 1_000_000), threads(v)));
    /** SPEA2. */
    public static final ConfigSchema<AlgorithmConfig.Spea2> SPEA2 = evolutionary(List.of("k"),
            v -> new AlgorithmConfig.Spea2(Variation.read(v), v.integer("k", AlgorithmConfig.Spea2.K, 1,
                    Integer.MAX_VALUE), threads(v)));
    /** ε-MOEA: one ε or one per objective; on placement problems five numbers in [1e-9, 1e3]. */
    public static final ConfigSchema<AlgorithmConfig.EpsMoea> EPS_MOEA = evolutionary(List.of("epsilon"),
            v -> new AlgorithmConfig.EpsMoea(Variation.read(v), v.reals("epsilon", AlgorithmConfig.EpsMoea.EPSILON,
                    v.placement() ? 5 : 0, 1e-9, v.placement() ? 1e3 : 1e9), threads(v)));
    /** IBEA. */
    public static final ConfigSchema<AlgorithmConfig.Ibea> IBEA = evolutionary(List.of("indicator"),
            v -> new AlgorithmConfig.Ibea(Variation.read(v), v.choice("indicator",
                    AlgorithmConfig.IbeaIndicator.HYPERVOLUME, AlgorithmConfig.IbeaIndicator.class), threads(v)));
    /** RVEA (placement only). */
    public static final ConfigSchema<AlgorithmConfig.Rvea> RVEA = placementOnly(
            concat(PLACEMENT_VARIATION, List.of(DIVISIONS, "alpha", "adaptFrequency")), v -> new AlgorithmConfig.Rvea(
                    Variation.read(v), Lattice.read(v), v.real("alpha", AlgorithmConfig.Rvea.ALPHA, 0, 100),
                    v.real("adaptFrequency", AlgorithmConfig.Rvea.ADAPT_FREQUENCY, 0, 1), threads(v)));
    /** PESA-II and PAES (placement only). */
    public static final ConfigSchema<AlgorithmConfig.GridArchive> GRID_ARCHIVE = placementOnly(
            concat(PLACEMENT_VARIATION, List.of("bisections", "archiveSize")), v -> new AlgorithmConfig.GridArchive(
                    Variation.read(v), v.integer("bisections", AlgorithmConfig.GridArchive.BISECTIONS, 1,
                    AlgorithmConfig.GridArchive.MAX_BISECTIONS), v.integer("archiveSize",
                    AlgorithmConfig.GridArchive.ARCHIVE_SIZE, 1, 1_000_000), threads(v)));
    /** NSGA-II's keys on placement problems only (AGE-MOEA-II, VEGA of MOEA Framework). */
    public static final ConfigSchema<AlgorithmConfig.Genetic> GENETIC_PLACEMENT = GENETIC.placementOnly();
    /** NSGA-III's keys on placement problems only (U-NSGA-III of MOEA Framework). */
    public static final ConfigSchema<AlgorithmConfig.ReferencePoints> REFERENCE_POINTS_PLACEMENT =
            REFERENCE_POINTS.placementOnly();
    /** The weighted-sum method (placement only). */
    public static final ConfigSchema<AlgorithmConfig.WeightedSum> WEIGHTED_SUM = placementOnly(
            concat(PLACEMENT_VARIATION, DIVISIONS), v -> new AlgorithmConfig.WeightedSum(
                    Variation.read(v), v.integer(DIVISIONS, AlgorithmConfig.WeightedSum.DIVISIONS, 1,
                    Lattice.MAX_PLACEMENT_DIVISIONS), threads(v)));
    /** Random search (placement only, no parameters). */
    public static final ConfigSchema<AlgorithmConfig.RandomSampling> RANDOM = placementOnly(List.of(),
            v -> new AlgorithmConfig.RandomSampling(threads(v)));
    /** Exhaustive enumeration (placement only). */
    public static final ConfigSchema<AlgorithmConfig.Exhaustive> EXHAUSTIVE = placementOnly(List.of("maxSolutions"),
            v -> new AlgorithmConfig.Exhaustive(v.whole("maxSolutions", AlgorithmConfig.Exhaustive.MAX_SOLUTIONS, 1,
                    Long.MAX_VALUE), threads(v)));
    /** The composite-score baseline (placement only). */
    public static final ConfigSchema<AlgorithmConfig.Composite> COMPOSITE = placementOnly(
            List.of(DIVISIONS, CompositeWeights.KEY), CompositeWeights::read);
    /** An optimizer without a schema of its own: any key, values as given ({@link AlgorithmConfig.Custom}). */
    public static final ConfigSchema<AlgorithmConfig.Custom> CUSTOM = new ConfigSchema<>(null, null,
            v -> new AlgorithmConfig.Custom(v.values(), threads(v)));

    private final List<String> placementKeys;
    private final List<String> benchmarkKeys;
    private final Function<ConfigValues, C> build;

    private ConfigSchema(List<String> placementKeys, List<String> benchmarkKeys, Function<ConfigValues, C> build) {
        this.placementKeys = placementKeys == null ? null : List.copyOf(placementKeys);
        this.benchmarkKeys = benchmarkKeys == null ? null : List.copyOf(benchmarkKeys);
        this.build = build;
    }

    /**
     * A schema of its own: the keys valid on each target (without {@value #PARALLEL_EVALUATION}, always valid)
     * and the builder, which reads every key through {@link ConfigValues}' typed getters.
     */
    public static <C extends AlgorithmConfig> ConfigSchema<C> of(List<String> placementKeys,
                                                                 List<String> benchmarkKeys,
                                                                 Function<ConfigValues, C> build) {
        return new ConfigSchema<>(placementKeys, benchmarkKeys, build);
    }

    /** An evolutionary algorithm's schema: the operators' keys of each target plus {@code specific}. */
    static <C extends AlgorithmConfig> ConfigSchema<C> evolutionary(List<String> specific,
                                                                    Function<ConfigValues, C> build) {
        return of(concat(PLACEMENT_VARIATION, specific), concat(REAL_VARIATION,
                specific), build);
    }

    private static <C extends AlgorithmConfig> ConfigSchema<C> placementOnly(List<String> keys,
                                                                             Function<ConfigValues, C> build) {
        return of(keys, List.of(), build);
    }

    /** This schema for algorithms that run on placement problems only: no key is valid on benchmarks. */
    public ConfigSchema<C> placementOnly() {
        return of(placementKeys, List.of(), build);
    }

    /** This schema with further keys valid on benchmarks. */
    public ConfigSchema<C> withBenchmarkKeys(List<String> more) {
        return of(placementKeys, concat(benchmarkKeys, more), build);
    }

    /** The valid keys for {@code targets}, sorted, or empty when any key is accepted ({@link #CUSTOM}). */
    public java.util.Optional<List<String>> keys(Set<Target> targets) {
        if (placementKeys == null) {
            return java.util.Optional.empty();
        }
        TreeSet<String> keys = new TreeSet<>();
        keys.add(PARALLEL_EVALUATION);
        if (targets.contains(Target.PLACEMENT)) {
            keys.addAll(placementKeys);
        }
        if (targets.contains(Target.BENCHMARK)) {
            keys.addAll(benchmarkKeys);
        }
        return java.util.Optional.of(List.copyOf(keys));
    }

    /**
     * The record of {@code parameters} for a run on {@code targets}: every key must be valid there (the first
     * unknown key, alphabetically, is reported with the valid keys), every value of the right type and in range.
     *
     * @param algorithm the algorithm, as messages name it
     * @throws InputException file {@value #SOURCE}, field = the key, saying what is expected
     */
    public C read(String algorithm, Map<String, ?> parameters, Set<Target> targets) {
        java.util.Optional<List<String>> valid = keys(targets);
        if (valid.isPresent()) {
            for (String key : new TreeSet<>(parameters.keySet())) {
                if (!valid.get().contains(key)) {
                    throw new InputException(SOURCE, 0, key, "unknown parameter for " + algorithm
                            + (targets.equals(EnumSet.of(Target.BENCHMARK)) ? " on benchmark problems" : "")
                            + "; valid keys: " + String.join(", ", valid.get()));
                }
            }
        }
        return build.apply(new ConfigValues(algorithm, parameters, targets));
    }

    /**
     * The keys valid on {@code targets} as the builder reads them (key, type and range, default), sorted by key; empty
     * when any key is accepted ({@link #CUSTOM}). The builder is run once on no parameters, noting each key it
     * reads, so the listing cannot drift from what {@link #read} checks.
     */
    public java.util.Optional<List<Parameter>> parameters(Set<Target> targets) {
        java.util.Optional<List<String>> valid = keys(targets);
        if (valid.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<String, Parameter> notes = new java.util.HashMap<>();
        build.apply(new ConfigValues("parameters", Map.of(), targets, notes));
        return java.util.Optional.of(valid.get().stream()
                .map(k -> notes.getOrDefault(k, new Parameter(k, "value", "none"))).toList());
    }

    /** The record with every default (no parameters), as read for placement problems. */
    public C defaults() {
        return read("defaults", Map.of(), Target.PLACEMENT_ONLY);
    }

    private static int threads(ConfigValues v) {
        return v.integer(PARALLEL_EVALUATION, 1, 0, MAX_THREADS);
    }

    private static AlgorithmConfig.Moead moead(ConfigValues v) {
        return new AlgorithmConfig.Moead(Variation.read(v), Lattice.read(v),
                v.integer("neighborhoodSize", AlgorithmConfig.Moead.NEIGHBORHOOD_SIZE, 2, Integer.MAX_VALUE),
                v.real("delta", AlgorithmConfig.Moead.DELTA, 0, 1),
                v.integer("eta", AlgorithmConfig.Moead.ETA, 1, Integer.MAX_VALUE),
                v.choice("scalarization", AlgorithmConfig.Scalarization.PBI, AlgorithmConfig.Scalarization.class),
                v.real("theta", AlgorithmConfig.Moead.THETA, 0, 1e6), threads(v));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static List<String> concat(List<String> a, String b) {
        return concat(a, List.of(b));
    }
}
