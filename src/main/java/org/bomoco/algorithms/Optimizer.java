package org.bomoco.algorithms;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;

/**
 * The optimizer port: one algorithm from one library (or a baseline), identified by {@code base@library}. Instances
 * are stateless and thread-safe; each {@link #solve} call is one independent, seeded run.
 */
public interface Optimizer {
    /** The base algorithm id, e.g. {@code nsga2}. */
    String baseId();

    /** The library id, e.g. {@code moea}, {@code jmetal}, {@code bomoco}. */
    String library();

    /** The full id {@code base@library}. */
    default String id() {
        return baseId() + "@" + library();
    }

    /** Other names users may type for the base algorithm (e.g. {@code NSGA-II}); matched case-insensitively. */
    default List<String> aliases() {
        return List.of();
    }

    /** Whether a bare {@link #baseId()} should resolve to this library's implementation (the faster one). */
    default boolean preferred() {
        return false;
    }

    /**
     * What this optimizer accepts in {@code parameters:} ({@link ConfigSchema}: valid keys per target, types,
     * ranges, defaults, and the {@link AlgorithmConfig} record they make). Experiment files, {@code solve --param}
     * and the API check parameters with it ({@link #configure}) before any run starts, and {@link #solve} reads its
     * record with it. The default, {@link ConfigSchema#CUSTOM}, accepts any key and leaves the values to the
     * optimizer (for plug-ins that declare nothing).
     */
    default ConfigSchema<? extends AlgorithmConfig> configSchema() {
        return ConfigSchema.CUSTOM;
    }

    /**
     * The typed configuration of {@code parameters} for runs on {@code targets} ({@link ConfigSchema#read}).
     *
     * @throws InputException (file {@value ConfigSchema#SOURCE}, field = the key) on an unknown key, listing the
     *     valid keys, or an ill-typed or out-of-range value, saying what is expected
     */
    default AlgorithmConfig configure(Map<String, ?> parameters, Set<Target> targets) {
        return configSchema().read(id(), parameters, targets);
    }

    /**
     * Refuses a configuration that the run's shape makes invalid, before any run: SPEA2's {@code k} against the
     * population, an ε vector's length against the objectives, a reference-point lattice too large, a population
     * the algorithm cannot honour, a budget below one generation. Experiment files call it at load for each kind of
     * run they will make ({@code validate} fails), {@link #solve} and {@link #solveBenchmark} at the start of a run.
     * The default accepts everything (a plug-in may override it).
     *
     * @param config the configuration read for {@code shape.target()} ({@link #configure})
     * @throws InputException file {@value ConfigSchema#SOURCE} with the parameter as field, or file
     *     {@code population} or {@code evaluations}, saying the fix
     */
    default void check(AlgorithmConfig config, RunShape shape) {
    }

    /** One line on what the algorithm is and which operators it uses. */
    String description();

    /**
     * Runs the algorithm. User errors in the spec (unknown parameter, budget below one generation) are
     * {@link org.bomoco.model.InputException}s.
     */
    SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener);

    /**
     * Whether the result does not depend on the seed (a deterministic baseline): the experiment runner then solves
     * each instance once and stores that result for every replicate.
     */
    default boolean seedIndependent() {
        return false;
    }

    /** Whether {@link #solve(PlacementProblem, SolveSpec, List, ProgressListener)} accepts a non-empty population. */
    default boolean supportsInitialPopulation() {
        return false;
    }

    /**
     * A warm-started run: as {@link #solve(PlacementProblem, SolveSpec, ProgressListener)}, but the initial
     * population opens with the decisions of {@code initialPopulation}, in order (at most the population size of
     * them; the rest is filled by the optimizer's usual initialisation). The initial population counts towards the
     * budget, so with a budget of one population and as many seeds the result is the final front of the seeds.
     * Used by rolling-horizon re-optimisation to start from the previous epoch's front.
     *
     * @throws InputException when the optimizer does not support it ({@link #supportsInitialPopulation()} false)
     *     and {@code initialPopulation} is not empty
     * @throws IllegalArgumentException when a seed decision is out of the problem's bounds
     */
    default SolveResult solve(PlacementProblem problem, SolveSpec spec, List<int[]> initialPopulation,
                              ProgressListener listener) {
        if (initialPopulation.isEmpty()) {
            return solve(problem, spec, listener);
        }
        throw new InputException("algorithm '" + id() + "'", 0, null, id() + " cannot start from a given population "
                + "(warm start); use an algorithm of MOEA Framework, e.g. nsga2@moea");
    }

    /** Whether {@link #solveBenchmark} runs (false for the placement-only baselines). */
    default boolean supportsBenchmarks() {
        return false;
    }

    /**
     * Refuses a benchmark problem this optimizer cannot solve: any, when it does not {@link #supportsBenchmarks()
     * support benchmarks}; a binary one (ZDT5), whose variables the real-valued operators cannot vary. Experiment
     * files call it at load, {@link #solveBenchmark} at the start of a run.
     *
     * @throws InputException (file {@code algorithm '<id>'}) saying which algorithms or problems to use instead
     */
    default void checkBenchmark(BenchmarkProblem problem) {
        if (!supportsBenchmarks()) {
            throw new InputException("algorithm '" + id() + "'", 0, null, id() + " solves placement problems only, "
                    + "not benchmark " + problem.name() + "; use nsga2, nsga3 or moead (@moea or @jmetal), or "
                    + "smsemoa, spea2, epsmoea, ibea (@moea)");
        }
        if (!problem.realValued()) {
            throw new InputException("benchmark", 0, "problem", problem.name() + " has binary variables; the "
                    + "real-valued operators (SBX, PM) of " + id() + " do not apply; choose another problem");
        }
    }

    /**
     * Runs the algorithm on a standard test problem, built from the library's own implementation, with real-valued
     * operators ({@link RealVariation}: SBX and polynomial mutation). Same semantics as {@link #solve} (seed,
     * budget, parameters, checkpoints, lock); the result's candidates have an empty decision, the problem's
     * objectives and no constraints, and the front is {@link Fronts#benchmarkFront}.
     *
     * @throws org.bomoco.model.InputException when this optimizer does not support benchmarks (the default), or
     *     on a user error in the spec
     */
    default SolveResult solveBenchmark(BenchmarkProblem problem, SolveSpec spec, ProgressListener listener) {
        checkBenchmark(problem);
        throw new IllegalStateException(id() + " declares benchmark support but does not implement solveBenchmark");
    }
}
