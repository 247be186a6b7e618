package org.bomoco.algorithms.jmetal;

import java.util.List;
import java.util.logging.Level;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.algorithms.RealVariation;
import org.bomoco.algorithms.WeightLattice;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIIIBuilder;
import org.uma.jmetal.component.algorithm.EvolutionaryAlgorithm;
import org.uma.jmetal.component.algorithm.multiobjective.NSGAIIBuilder;
import org.uma.jmetal.component.catalogue.common.evaluation.impl.SequentialEvaluation;
import org.uma.jmetal.component.catalogue.common.solutionscreation.impl.RandomSolutionsCreation;
import org.uma.jmetal.component.catalogue.ea.replacement.impl.MOEADReplacement;
import org.uma.jmetal.component.catalogue.ea.selection.impl.PopulationAndNeighborhoodSelection;
import org.uma.jmetal.component.catalogue.ea.variation.impl.CrossoverAndMutationVariation;
import org.uma.jmetal.operator.crossover.impl.SBXCrossover;
import org.uma.jmetal.operator.mutation.impl.PolynomialMutation;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.JMetalLogger;
import org.uma.jmetal.util.aggregationfunction.AggregationFunction;
import org.uma.jmetal.util.aggregationfunction.impl.PenaltyBoundaryIntersection;
import org.uma.jmetal.util.aggregationfunction.impl.Tschebyscheff;
import org.uma.jmetal.util.neighborhood.impl.WeightVectorNeighborhood;
import org.uma.jmetal.util.sequencegenerator.impl.IntegerPermutationGenerator;

/**
 * jMetal 6.6 runs on real-valued {@link BenchmarkProblem}s, with the library's problem classes
 * ({@link JMetalBenchmarkProblems}), random solutions ({@code DefaultDoubleSolution}, uniform in the box) and its
 * {@code SBXCrossover} and {@code PolynomialMutation} ({@link RealVariation}); every library draw comes from
 * {@code JMetalRandom}, seeded per thread by the caller ({@link ThreadRandom}). Each method returns the final population.
 */
final class JMetalBenchmarks {
    static {
        // jMetal's NSGAIII constructor logs "rpssize: N" at INFO on every run; keep jMetal's own logger to warnings
        JMetalLogger.logger.setLevel(Level.WARNING);
    }

    private JMetalBenchmarks() {
    }

    /** What every run shares. */
    record Context(CountingProblem problem, SBXCrossover crossover, PolynomialMutation mutation,
                   RandomGenerator rng, BenchmarkMonitor monitor) {
        static Context of(BenchmarkProblem b, RealVariation v, long budget, List<Long> checkpoints,
                          org.bomoco.algorithms.ProgressListener listener, RandomGenerator rng) {
            CountingProblem p = new CountingProblem(JMetalBenchmarkProblems.of(b));
            return new Context(p, new SBXCrossover(v.sbxRate(), v.sbxIndex()),
                    new PolynomialMutation(v.pmRate(), v.pmIndex()), rng,
                    new BenchmarkMonitor(p, budget, checkpoints, listener));
        }
    }

    /** MOEA/D settings; {@code pbi} chooses PBI with penalty {@code theta} over Tchebycheff. */
    record MoeadSettings(int divisions, int neighborhoodSize, double delta, int maxReplaced, boolean pbi,
                         double theta) {
    }

    /** NSGA-II from the component {@code NSGAIIBuilder}, its defaults (binary tournament on rank and crowding). */
    static List<DoubleSolution> nsga2(Context c, int population) {
        EvolutionaryAlgorithm<DoubleSolution> algorithm = new NSGAIIBuilder<>(c.problem(), population, population,
                c.crossover(), c.mutation()).setTermination(c.monitor()).build();
        algorithm.run();
        return algorithm.result();
    }

    /**
     * The classic NSGA-III with {@code divisions} Das–Dennis reference points (population = points rounded up to a
     * multiple of 4) and random mating ({@link RandomMating}), as Deb &amp; Jain (2014) for unconstrained problems.
     */
    static List<DoubleSolution> nsga3(Context c, int divisions) {
        NSGAIIIBuilder<DoubleSolution> builder = new NSGAIIIBuilder<>(c.problem())
                .setCrossoverOperator(c.crossover())
                .setMutationOperator(c.mutation())
                .setSelectionOperator(new RandomMating<>(c.rng()))
                .setNumberOfDivisions(divisions)
                .setMaxIterations(Integer.MAX_VALUE);
        BenchmarkNSGAIII algorithm = new BenchmarkNSGAIII(builder, c.monitor());
        algorithm.run();
        return algorithm.getPopulation();
    }

    /**
     * MOEA/D (Zhang &amp; Li 2007) from jMetal's components with the library's {@code MOEADReplacement}: Das–Dennis
     * weights (population = lattice size), mating in the neighbourhood with probability δ, one child per step, at
     * most {@code maxReplaced} replacements, and PBI (θ; Zhang &amp; Li's penalty-based boundary intersection, the
     * MOEA/D-PBI of Deb &amp; Jain 2014) or Tchebycheff, both on raw objectives relative to the ideal point.
     */
    static List<DoubleSolution> moead(Context c, MoeadSettings s) {
        List<double[]> weights = WeightLattice.simplexLattice(c.problem().numberOfObjectives(), s.divisions());
        int population = weights.size();
        WeightVectorNeighborhood<DoubleSolution> neighborhood = WeightFiles.neighborhood(weights, s.neighborhoodSize());
        CrossoverAndMutationVariation<DoubleSolution> variation =
                new CrossoverAndMutationVariation<>(1, c.crossover(), c.mutation());
        IntegerPermutationGenerator sequence = new IntegerPermutationGenerator(population);
        PopulationAndNeighborhoodSelection<DoubleSolution> selection = new PopulationAndNeighborhoodSelection<>(
                variation.getMatingPoolSize(), sequence, neighborhood, s.delta(), true);
        AggregationFunction aggregation = s.pbi() ? new PenaltyBoundaryIntersection(s.theta(), false)
                : new Tschebyscheff(false);
        MOEADReplacement<DoubleSolution> replacement = new MOEADReplacement<>(selection, neighborhood, aggregation,
                sequence, s.maxReplaced(), false);
        EvolutionaryAlgorithm<DoubleSolution> algorithm = new EvolutionaryAlgorithm<>("MOEAD",
                new RandomSolutionsCreation<>(c.problem(), population), new SequentialEvaluation<>(c.problem()),
                c.monitor(), selection, variation, replacement);
        algorithm.run();
        return algorithm.result();
    }

}
