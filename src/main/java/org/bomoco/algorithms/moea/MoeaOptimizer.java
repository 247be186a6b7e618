package org.bomoco.algorithms.moea;

import java.util.List;

import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.SpecParameters;
import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.bomoco.algorithms.config.Variation;
import org.bomoco.problem.PlacementProblem;
import org.moeaframework.algorithm.Algorithm;

/**
 * One {@link MoeaAlgorithm} behind the optimizer port. A run: check the parameters and the budget (before
 * anything random), seed the thread's stream of the library's generator ({@link MoeaRuns#seedLibrary}), build
 * the algorithm with our operators, {@code step()} it until at least {@code spec.evaluations()} evaluations are done (the last
 * generation may overshoot; the result records the real count), and return the {@link Fronts#finalFront front} of
 * the library's result, re-evaluated to raw values. A warm-started run opens its initial population with the given
 * decisions ({@link PlacementInitialization}). Stateless; thread-safe: runs on different threads
 * proceed in parallel, each with its own random stream.
 */
final class MoeaOptimizer implements Optimizer {
    /** Library id of this package. */
    static final String LIBRARY = "moea";
    /** Library name recorded in results. */
    static final String LIBRARY_NAME = "moeaframework";

    private final MoeaAlgorithm algorithm;
    private final boolean preferred;

    MoeaOptimizer(MoeaAlgorithm algorithm, boolean preferred) {
        this.algorithm = algorithm;
        this.preferred = preferred;
    }

    @Override
    public String baseId() {
        return algorithm.baseId();
    }

    @Override
    public String library() {
        return LIBRARY;
    }

    @Override
    public List<String> aliases() {
        return algorithm.aliases();
    }

    @Override
    public boolean preferred() {
        return preferred;
    }

    @Override
    public ConfigSchema<? extends AlgorithmConfig> configSchema() {
        return algorithm.schema();
    }

    @Override
    public String description() {
        return algorithm.description() + " (MOEA Framework 5.0)";
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
        return solve(problem, spec, List.of(), listener);
    }

    /** True: every algorithm of this package builds its population with {@link PlacementInitialization}. */
    @Override
    public boolean supportsInitialPopulation() {
        return true;
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, List<int[]> initialPopulation,
                             ProgressListener listener) {
        AlgorithmConfig config = configure(spec.parameters(), Target.PLACEMENT_ONLY);
        int population = population(config, RunShape.of(spec));
        Scales scales = Scales.of(problem);
        int threads = ParallelEvaluation.threads(config);
        try (ParallelEvaluation evaluation = ParallelEvaluation.of(algorithm.batchEvaluation() ? threads : 1)) {
            MoeaRuns.Components c = MoeaRuns.components(problem, scales, algorithm.mode(), variation(config),
                    spec.seed(), initialPopulation, evaluation);
            Algorithm run = algorithm.build(new MoeaAlgorithm.Setup(c.search(), c.variation(),
                    c.initialization(), population, config, spec, c.rng()));
            Checkpoints checkpoints = new Checkpoints(spec.checkpoints(), listener);
            long evaluations = MoeaRuns.run(run, spec.evaluations(), checkpoints, 0, c.problem(), List.of(),
                    evaluation);
            List<Candidate> front = MoeaRuns.front(MoeaRuns.candidates(run.getResult(), c.problem(), evaluation),
                    c.problem());
            checkpoints.finish(evaluations, front);
            return new SolveResult(id(), LIBRARY_NAME, front, evaluations, checkpoints.elapsed());
        }
    }

    /** {@link #population}'s checks: lattice, population, budget, SPEA2's k, ε-MOEA's ε. */
    @Override
    public void check(AlgorithmConfig config, RunShape shape) {
        population(config, shape);
    }

    /** The population of a run of {@code shape}, after every check of {@link #check}. */
    private int population(AlgorithmConfig config, RunShape shape) {
        if (shape.benchmark()) {
            return MoeaBenchmarks.population(algorithm, id(), config, shape);
        }
        int population = algorithm.population(shape.population(), config);
        SpecParameters.requireBudget(shape.evaluations(), population, id());
        if (config instanceof AlgorithmConfig.Spea2 c) {
            MoeaAlgorithm.spea2K(c, population);
        }
        return population;
    }

    /** Whether {@link MoeaBenchmarks} builds the algorithm ({@link MoeaAlgorithm#benchmarks()}). */
    @Override
    public boolean supportsBenchmarks() {
        return algorithm.benchmarks();
    }

    @Override
    public SolveResult solveBenchmark(BenchmarkProblem problem, SolveSpec spec, ProgressListener listener) {
        checkBenchmark(problem);
        return MoeaBenchmarks.solve(algorithm, id(), problem, spec,
                configure(spec.parameters(), Target.BENCHMARK_ONLY), listener);
    }

    /** The variation settings of a configuration of this package (all are {@link AlgorithmConfig.Evolutionary}). */
    static Variation variation(AlgorithmConfig config) {
        return ((AlgorithmConfig.Evolutionary) config).variation();
    }

    @Override
    public String toString() {
        return id();
    }
}
