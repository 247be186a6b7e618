package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.RealVariation;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.SpecParameters;
import org.bomoco.algorithms.WeightLattice;
import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.Lattice;
import org.bomoco.model.InputException;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.EpsilonMOEA;
import org.moeaframework.algorithm.IBEA;
import org.moeaframework.algorithm.MOEAD;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.algorithm.NSGAIII;
import org.moeaframework.algorithm.SMSEMOA;
import org.moeaframework.algorithm.SPEA2;
import org.moeaframework.core.Epsilons;
import org.moeaframework.core.Solution;
import org.moeaframework.core.comparator.ChainedComparator;
import org.moeaframework.core.comparator.CrowdingComparator;
import org.moeaframework.core.comparator.ParetoDominanceComparator;
import org.moeaframework.core.fitness.AdditiveEpsilonIndicatorFitnessEvaluator;
import org.moeaframework.core.fitness.HypervolumeFitnessEvaluator;
import org.moeaframework.core.initialization.Initialization;
import org.moeaframework.core.initialization.RandomInitialization;
import org.moeaframework.core.operator.CompoundVariation;
import org.moeaframework.core.operator.Variation;
import org.moeaframework.core.operator.real.PM;
import org.moeaframework.core.operator.real.SBX;
import org.moeaframework.core.population.EpsilonBoxDominanceArchive;
import org.moeaframework.core.population.NondominatedSortingPopulation;
import org.moeaframework.core.population.Population;
import org.moeaframework.core.selection.TournamentSelection;
import org.moeaframework.problem.Problem;
import org.moeaframework.util.weights.FixedWeights;
import org.moeaframework.util.weights.NormalBoundaryDivisions;

/**
 * MOEA Framework 5.0 runs on {@link BenchmarkProblem}s: the library's own problem classes
 * ({@link MoeaBenchmarkProblems}), its random initialization (uniform in the box, from {@code PRNG}) and its SBX and
 * PM operators ({@link RealVariation}), with the thread's {@code PRNG} stream seeded by {@code spec.seed()}
 * ({@link MoeaRuns#seedLibrary}). Algorithms, as for placement but with the library's real-valued components:
 * <ul>
 *   <li>{@code nsga2}: binary tournament on (Pareto dominance, crowding), population 100;</li>
 *   <li>{@code nsga3}: the library's NSGA-III with {@code divisions} Das–Dennis points (default
 *   {@link BenchmarkProblem#defaultDivisions}: 12 → 91 points at m = 3, 6 → 210 at m = 5), population = points
 *   rounded up to a multiple of 4 (92, 212), random mating selection (the library's choice for unconstrained
 *   problems, as Deb &amp; Jain 2014); its own reset of η_c to 30 concerns only its default operator, unused here;</li>
 *   <li>{@code moead}: the library's MOEA/D with <b>Tchebycheff</b> (Chebyshev) scalarisation (the only one MOEA
 *   Framework 5.0 offers; no PBI) on raw objectives with the ideal point, lattice weights with the same
 *   {@code divisions} (population = lattice size, 91 / 210), {@code neighborhoodSize} 20, {@code delta} 0.9,
 *   {@code eta} 2 replacements;</li>
 *   <li>{@code spea2} (k = 1), {@code smsemoa} (sampled contributions), {@code epsmoea} ({@code epsilon} in
 *   objective units, default 0.01), {@code ibea} (hypervolume or epsilon indicator), population 100.</li>
 * </ul>
 */
final class MoeaBenchmarks {
    /** Largest lattice accepted for NSGA-III and MOEA/D. */
    static final long MAX_POINTS = 50_000;

    private MoeaBenchmarks() {
    }

    /** One run (see the class comment). */
    static org.bomoco.algorithms.SolveResult solve(MoeaAlgorithm algorithm, String id, BenchmarkProblem b,
                                                   SolveSpec spec, AlgorithmConfig config,
                                                   ProgressListener listener) {
        RealVariation operators = RealVariation.of(MoeaOptimizer.variation(config), b.variables());
        int divisions = divisions(config, b.objectives());
        int population = population(algorithm, id, config, RunShape.of(b, spec));
        MoeaRuns.seedLibrary(spec.seed());
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(spec.seed());
        Problem problem = MoeaBenchmarkProblems.of(b);
        Variation variation = new CompoundVariation(new SBX(operators.sbxRate(), operators.sbxIndex()),
                new PM(operators.pmRate(), operators.pmIndex()));
        Algorithm run = build(algorithm, new Setup(problem, variation, new RandomInitialization(problem),
                population, divisions, config, rng));
        Checkpoints checkpoints = new Checkpoints(spec.checkpoints(), listener);
        while (run.getNumberOfEvaluations() < spec.evaluations()) {
            run.step();
            checkpoints.report(run.getNumberOfEvaluations(), () -> front(run.getResult()));
        }
        List<Candidate> front = front(run.getResult());
        checkpoints.finish(run.getNumberOfEvaluations(), front);
        return new org.bomoco.algorithms.SolveResult(id, MoeaOptimizer.LIBRARY_NAME, front,
                run.getNumberOfEvaluations(), checkpoints.elapsed());
    }

    /** What {@link #build} needs. */
    private record Setup(Problem problem, Variation variation, Initialization initialization, int population,
                         int divisions, AlgorithmConfig config, RandomGenerator rng) {
        <C extends AlgorithmConfig> C config(Class<C> type) {
            return type.cast(config);
        }
    }

    private static Algorithm build(MoeaAlgorithm algorithm, Setup s) {
        Problem problem = s.problem();
        int m = problem.getNumberOfObjectives();
        return switch (algorithm) {
            case NSGA2 -> new NSGAII(problem, s.population(), new NondominatedSortingPopulation(), null,
                    new TournamentSelection(2, new ChainedComparator(new ParetoDominanceComparator(),
                            new CrowdingComparator())), s.variation(), s.initialization());
            case NSGA3 -> {
                NSGAIII a = new NSGAIII(problem, new NormalBoundaryDivisions(s.divisions()));
                a.setVariation(s.variation());
                a.setInitialPopulationSize(s.population());
                yield a;
            }
            case MOEAD -> {
                AlgorithmConfig.Moead c = s.config(AlgorithmConfig.Moead.class);
                yield new MOEAD(problem, s.population(), Math.min(s.population(), c.neighborhoodSize()),
                        new FixedWeights(WeightLattice.simplexLattice(m, s.divisions())), s.initialization(),
                        s.variation(), c.delta(), c.eta(), -1);
            }
            case SPEA2 -> new SPEA2(problem, s.population(), s.initialization(), s.variation(), s.population(),
                    MoeaAlgorithm.spea2K(s.config(AlgorithmConfig.Spea2.class), s.population()));
            case SMSEMOA -> new SMSEMOA(problem, s.population(), s.initialization(), s.variation(),
                    new SampledContributionEvaluator(s.config(AlgorithmConfig.SmsEmoa.class).samples(), s.rng()));
            case EPSMOEA -> new EpsilonMOEA(problem, s.population(), new Population(),
                    new EpsilonBoxDominanceArchive(new Epsilons(epsilon(s.config(AlgorithmConfig.EpsMoea.class), m))),
                    new TournamentSelection(2), s.variation(), s.initialization());
            case IBEA -> new IBEA(problem, s.population(), null, s.initialization(), s.variation(),
                    s.config(AlgorithmConfig.Ibea.class).indicator() == AlgorithmConfig.IbeaIndicator.HYPERVOLUME
                            ? new HypervolumeFitnessEvaluator(problem)
                            : new AdditiveEpsilonIndicatorFitnessEvaluator(problem));
            default -> throw new IllegalStateException(algorithm + " runs on placement problems only");
        };
    }

    /**
     * The population of a run of {@code shape} (a benchmark run), after the checks {@link MoeaOptimizer#check}
     * makes: the lattice's size, the population asked for, the budget, SPEA2's {@code k}, ε-MOEA's ε vector.
     */
    static int population(MoeaAlgorithm a, String id, AlgorithmConfig config, RunShape shape) {
        int m = shape.objectives();
        int population = population(a, shape.population(), m, divisions(config, m), id);
        SpecParameters.requireBudget(shape.evaluations(), population, id);
        if (config instanceof AlgorithmConfig.Spea2 c) {
            MoeaAlgorithm.spea2K(c, population);
        }
        if (config instanceof AlgorithmConfig.EpsMoea c) {
            epsilon(c, m);
        }
        return population;
    }

    /** ε of ε-MOEA at {@code m} objectives: one number, or a list of m. */
    private static double[] epsilon(AlgorithmConfig.EpsMoea c, int m) {
        if (c.epsilon().size() != 1 && c.epsilon().size() != m) {
            throw new InputException(SpecParameters.SOURCE, 0, "epsilon", "epsmoea: " + c.epsilon().size()
                    + " values for a problem of " + m + " objectives; give one number or a list of " + m);
        }
        return c.epsilon(m);
    }

    /** {@code divisions} for NSGA-III and MOEA/D (default {@link BenchmarkProblem#defaultDivisions}). */
    static int divisions(AlgorithmConfig config, int m) {
        int given = config instanceof AlgorithmConfig.ReferencePoints r ? r.divisions()
                : config instanceof AlgorithmConfig.Moead d ? d.divisions() : 0;
        int h = Lattice.benchmark(given, m);
        long points = WeightLattice.latticeSize(m, h);
        if (points > MAX_POINTS) {
            throw new InputException(SpecParameters.SOURCE, 0, Lattice.DIVISIONS_KEY, h + " divisions at "
                    + m + " objectives give " + points + " reference points, more than "
                    + MAX_POINTS + "; use fewer divisions");
        }
        return h;
    }

    private static int population(MoeaAlgorithm a, int asked, int m, int divisions, String id) {
        int points = Math.toIntExact(WeightLattice.latticeSize(m, divisions));
        return switch (a) {
            case NSGA3 -> MoeaRuns.population(asked, (points + 3) / 4 * 4);
            case MOEAD -> {
                if (asked != 0 && asked != points) {
                    throw new InputException("population", 0, null, id + " on benchmarks uses one member per "
                            + "weight vector: " + points + " for divisions = " + divisions + " at " + m
                            + " objectives; leave the population unset (0) or change 'divisions'");
                }
                yield points;
            }
            default -> MoeaRuns.population(asked, MoeaAlgorithm.POPULATION);
        };
    }

    /** {@link Fronts#benchmarkFront} of the library's solutions. */
    static List<Candidate> front(Iterable<Solution> solutions) {
        List<Candidate> out = new ArrayList<>();
        int[] none = new int[0];
        double[] noConstraints = new double[0];
        for (Solution s : solutions) {
            out.add(new Candidate(none, s.getObjectiveValues(), noConstraints));
        }
        return Fronts.benchmarkFront(out);
    }
}
