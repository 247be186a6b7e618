package org.bomoco.algorithms.jmetal;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.RealVariation;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.SpecParameters;
import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Lattice;
import org.bomoco.algorithms.config.Target;
import org.bomoco.algorithms.WeightLattice;
import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * One jMetal 6.6 algorithm behind the {@link Optimizer} port (library id {@code jmetal}).
 *
 * <p><b>Randomness.</b> The adapter's own draws (initial decisions, crossover, mutation, NSGA-III tournaments,
 * MOEA/D replacement order) come from an {@code L64X128MixRandom} seeded with {@code spec.seed()}; jMetal's own
 * draws (NSGA-II tournaments, crowding ties, NSGA-III niching, MOEA/D mating) come from the global
 * {@code JMetalRandom}, behind which {@link ThreadRandom} forwards each draw to the calling thread's own stream;
 * {@link #solve} gives its thread a stream seeded with {@code spec.seed()} and drops it at the end. Runs hold no
 * lock: concurrent jMetal runs on different threads draw from separate streams, so the same spec gives a
 * bit-identical front alone, beside other runs and on any thread. A run draws on its own thread only (parallel
 * evaluation, if any, draws nothing).
 *
 * <p><b>Budget.</b> Stops at the end of the first generation (NSGA-II, NSGA-III) or step (MOEA/D) at which the
 * evaluation count reaches {@code spec.evaluations()}; {@link SolveResult#evaluations()} is the real count. The
 * initial population includes the current-state decision ({@link JMetalPlacementProblem#createSolution()}).
 *
 * <p><b>Parameters</b> ({@code spec.parameters()}, read into an {@link AlgorithmConfig} by {@link ConfigSchema}): {@code crossoverRate} (default
 * 0.9) and {@code mutationRate} (per variable; 0, the default, means 1/n), as for every adapter
 * ({@link PlacementVariation#of}); NSGA-III and MOEA/D add {@code divisions} (Das–Dennis lattice, default 6 → 210
 * points); MOEA/D adds {@code neighborhoodSize} (T, default 20), {@code delta} (probability of mating within the
 * neighbourhood, 0.9) and {@code eta} (most subproblems one child may replace, 2), the names MOEA Framework uses.
 * NSGA-III's population is derived from {@code divisions} (212 for 6) and MOEA/D's is the lattice size (210 for 6):
 * {@code spec.population()} must then be 0 or that number.
 */
final class JMetalOptimizer implements Optimizer {
    /** Library id. */
    static final String LIBRARY = "jmetal";
    private static final long MAX_POINTS = 50_000;
    private static final int NSGA2_POPULATION = 100;
    private static final int OBJECTIVES = Objective.values().length;

    /** The three algorithms and their settings. */
    enum Kind {
        NSGA2("nsga2", List.of("NSGA-II"), ConfigSchema.GENETIC,
                "NSGA-II (jMetal component), constrained-domination ranking, workload-uniform crossover and "
                        + "encoding-aware mutation"),
        NSGA3("nsga3", List.of("NSGA-III"), ConfigSchema.REFERENCE_POINTS,
                "NSGA-III (jMetal), made constraint-aware: constrained non-dominated sort, Jain-Deb tournament, "
                        + "Das-Dennis reference points"),
        MOEAD("moead", List.of("MOEA/D"), ConfigSchema.MOEAD_SCALARIZED,
                "MOEA/D (jMetal components), Tchebycheff on normalised objectives, Das-Dennis weights, "
                        + "feasibility-first replacement");

        final String baseId;
        final List<String> aliases;
        /** The parameters: the operators' and the algorithm's; on benchmarks MOEA/D's scalarisation too. */
        final ConfigSchema<? extends AlgorithmConfig.Evolutionary> schema;
        final String description;

        Kind(String baseId, List<String> aliases, ConfigSchema<? extends AlgorithmConfig.Evolutionary> schema,
             String description) {
            this.baseId = baseId;
            this.aliases = aliases;
            this.schema = schema;
            this.description = description;
        }
    }

    private final Kind kind;

    JMetalOptimizer(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String baseId() {
        return kind.baseId;
    }

    @Override
    public String library() {
        return LIBRARY;
    }

    @Override
    public List<String> aliases() {
        return kind.aliases;
    }

    /** False: MOEA Framework's implementations are the faster ones (see the adapter's report). */
    @Override
    public boolean preferred() {
        return false;
    }

    @Override
    public ConfigSchema<? extends AlgorithmConfig.Evolutionary> configSchema() {
        return kind.schema;
    }

    @Override
    public String description() {
        return kind.description;
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
        AlgorithmConfig.Evolutionary config = kind.schema.read(id(), spec.parameters(), Target.PLACEMENT_ONLY);
        RunShape shape = RunShape.of(spec);
        int divisions = divisions(config, shape);
        int population = population(config, shape);
        JMetalAlgorithms.MoeadSettings moead = config instanceof AlgorithmConfig.Moead c
                ? new JMetalAlgorithms.MoeadSettings(divisions, Math.min(c.neighborhoodSize(), population),
                c.delta(), c.eta()) : null;
        int asked = ParallelEvaluation.threads(config);
        // MOEA/D evaluates one child per step: nothing to evaluate in parallel
        int evaluationThreads = kind == Kind.MOEAD ? 1 : asked;
        ThreadRandom.seed(spec.seed());
        try (ParallelEvaluation threads = ParallelEvaluation.of(evaluationThreads)) {
            RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(spec.seed());
            PlacementVariation variation = PlacementVariation.of(problem, config.variation());
            JMetalPlacementProblem jp = new JMetalPlacementProblem(problem, variation, rng);
            RunMonitor monitor = new RunMonitor(jp, spec.evaluations(), spec.checkpoints(), listener);
            JMetalAlgorithms.Context c = new JMetalAlgorithms.Context(jp,
                    new PlacementOperators.Crossover(variation, rng), new PlacementOperators.Mutation(variation, rng),
                    rng, monitor, new PlacementEvaluation(jp, threads));
            List<PlacementSolution> last = switch (kind) {
                case NSGA2 -> JMetalAlgorithms.nsga2(c, population);
                case NSGA3 -> JMetalAlgorithms.nsga3(c, divisions);
                case MOEAD -> JMetalAlgorithms.moead(c, moead);
            };
            List<Candidate> front = monitor.finish(last);
            return new SolveResult(id(), LIBRARY, front, jp.evaluations(), monitor.elapsed());
        } finally {
            ThreadRandom.clear();
        }
    }

    /** True: NSGA-II, NSGA-III and MOEA/D run on real-valued benchmarks ({@link JMetalBenchmarks}). */
    @Override
    public boolean supportsBenchmarks() {
        return true;
    }

    /**
     * A benchmark run: jMetal's own problem class, SBX and polynomial mutation ({@link RealVariation}), seeded as
     * {@link #solve}. NSGA-III: {@code divisions} (default {@link BenchmarkProblem#defaultDivisions}).
     * MOEA/D: {@code scalarization} = {@code pbi} (default, penalty {@code theta} = 5, as the MOEA/D-PBI of Deb
     * &amp; Jain 2014) or {@code tchebycheff}, plus the placement MOEA/D's keys.
     */
    @Override
    public SolveResult solveBenchmark(BenchmarkProblem problem, SolveSpec spec, ProgressListener listener) {
        checkBenchmark(problem);
        AlgorithmConfig.Evolutionary config = kind.schema.read(id(), spec.parameters(), Target.BENCHMARK_ONLY);
        RealVariation operators = RealVariation.of(config.variation(), problem.variables());
        RunShape shape = RunShape.of(problem, spec);
        int divisions = divisions(config, shape);
        int population = population(config, shape);
        JMetalBenchmarks.MoeadSettings moead = config instanceof AlgorithmConfig.Moead c
                ? new JMetalBenchmarks.MoeadSettings(divisions, Math.min(c.neighborhoodSize(), population),
                c.delta(), c.eta(), c.scalarization() == AlgorithmConfig.Scalarization.PBI, c.theta()) : null;
        ThreadRandom.seed(spec.seed());
        try {
            RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(spec.seed());
            JMetalBenchmarks.Context c = JMetalBenchmarks.Context.of(problem, operators, spec.evaluations(),
                    spec.checkpoints(), listener, rng);
            List<DoubleSolution> last = switch (kind) {
                case NSGA2 -> JMetalBenchmarks.nsga2(c, population);
                case NSGA3 -> JMetalBenchmarks.nsga3(c, divisions);
                case MOEAD -> JMetalBenchmarks.moead(c, moead);
            };
            List<Candidate> front = c.monitor().finish(last);
            return new SolveResult(id(), LIBRARY, front, c.problem().evaluations(), c.monitor().elapsed());
        } finally {
            ThreadRandom.clear();
        }
    }

    /** The divisions of NSGA-III's or MOEA/D's record (0 = not given). */
    private static int divisions(AlgorithmConfig config) {
        return config instanceof AlgorithmConfig.ReferencePoints r ? r.divisions()
                : config instanceof AlgorithmConfig.Moead d ? d.divisions() : 0;
    }

    /** The lattice size, the population asked for and the budget ({@link #population(AlgorithmConfig, RunShape)}). */
    @Override
    public void check(AlgorithmConfig config, RunShape shape) {
        population(config, shape);
    }

    /** The divisions of a run of {@code shape}: 0 for NSGA-II, else as given or the target's default. */
    private int divisions(AlgorithmConfig config, RunShape shape) {
        if (kind == Kind.NSGA2) {
            return 0;
        }
        return shape.benchmark() ? Lattice.benchmark(divisions(config), shape.objectives())
                : Lattice.placement(divisions(config));
    }

    /**
     * The population of a run of {@code shape}; {@link InputException} when the population asked for cannot be
     * honoured, the lattice is too large, or the budget is below one generation.
     */
    private int population(AlgorithmConfig config, RunShape shape) {
        int population = population(shape.population(), shape.objectives(), divisions(config, shape));
        SpecParameters.requireBudget(shape.evaluations(), population, id());
        return population;
    }

    private int population(int asked, int objectives, int divisions) {
        if (kind == Kind.NSGA2) {
            if (asked != 0 && (asked < 4 || asked % 2 != 0)) {
                throw new InputException("population", 0, null, id() + " needs an even population of at least 4, "
                        + "got " + asked);
            }
            return asked == 0 ? NSGA2_POPULATION : asked;
        }
        long points = WeightLattice.latticeSize(objectives, divisions);
        if (points > MAX_POINTS) {
            throw new InputException(SpecParameters.SOURCE, 0, "divisions", divisions + " divisions at " + objectives
                    + " objectives give " + points + " weight vectors, more than " + MAX_POINTS + "; use fewer");
        }
        int derived = kind == Kind.NSGA3 ? ConstrainedNSGAIII.populationFor(objectives, divisions)
                : Math.toIntExact(points);
        if (asked != 0 && asked != derived) {
            throw new InputException("population", 0, null, id() + " derives its population from divisions = "
                    + divisions + " (" + derived + "); leave the population unset (0) or change 'divisions'");
        }
        return derived;
    }
}
