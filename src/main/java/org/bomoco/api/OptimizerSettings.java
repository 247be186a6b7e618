package org.bomoco.api;

import java.util.Map;
import java.util.Objects;

import org.bomoco.algorithms.SolveSpec;
import org.bomoco.recommend.FrontPicker;
import org.bomoco.recommend.Weights;

/**
 * Everything {@link MultiObjectiveOptimizer} needs, as one immutable value (no builder whose result depends on the
 * order of calls): the algorithm and its budget, the seed, the user's weights over the five objectives, and how one
 * solution is picked from the front.
 *
 * @param algorithm registered algorithm id or alias (see {@code ./bomoco solve --help})
 * @param evaluations evaluation budget
 * @param seed the run's seed
 * @param population population size, or 0 for the algorithm's default
 * @param parameters algorithm-specific parameters
 * @param weights weights over cost, carbon, water, performance and KPI
 * @param pick how to choose one solution of the front
 */
public record OptimizerSettings(String algorithm, long evaluations, long seed, int population,
                                Map<String, Object> parameters, Weights weights, FrontPicker.Method pick) {
    public OptimizerSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(pick, "pick");
    }

    /** NSGA-II, 20,000 evaluations, seed 1, the default weights, the solution closest to the weights. */
    public static OptimizerSettings defaults() {
        return new OptimizerSettings("nsga2", 20_000, 1L, 0, Map.of(), Weights.DEFAULT, FrontPicker.Method.WEIGHTS);
    }

    public OptimizerSettings withAlgorithm(String id) {
        return new OptimizerSettings(id, evaluations, seed, population, parameters, weights, pick);
    }

    public OptimizerSettings withEvaluations(long n) {
        return new OptimizerSettings(algorithm, n, seed, population, parameters, weights, pick);
    }

    public OptimizerSettings withSeed(long s) {
        return new OptimizerSettings(algorithm, evaluations, s, population, parameters, weights, pick);
    }

    public OptimizerSettings withPopulation(int p) {
        return new OptimizerSettings(algorithm, evaluations, seed, p, parameters, weights, pick);
    }

    public OptimizerSettings withParameters(Map<String, Object> p) {
        return new OptimizerSettings(algorithm, evaluations, seed, population, p, weights, pick);
    }

    public OptimizerSettings withWeights(Weights w) {
        return new OptimizerSettings(algorithm, evaluations, seed, population, parameters, w, pick);
    }

    public OptimizerSettings withPick(FrontPicker.Method m) {
        return new OptimizerSettings(algorithm, evaluations, seed, population, parameters, weights, m);
    }

    /** The solve spec of these settings (no checkpoints). */
    public SolveSpec solveSpec() {
        return new SolveSpec(algorithm, evaluations, seed, population, parameters, java.util.List.of());
    }
}
