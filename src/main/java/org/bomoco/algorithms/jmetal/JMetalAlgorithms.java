package org.bomoco.algorithms.jmetal;

import java.util.List;
import java.util.logging.Level;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.WeightLattice;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIIIBuilder;
import org.uma.jmetal.component.algorithm.EvolutionaryAlgorithm;
import org.uma.jmetal.component.algorithm.multiobjective.NSGAIIBuilder;
import org.uma.jmetal.component.catalogue.common.evaluation.impl.SequentialEvaluation;
import org.uma.jmetal.component.catalogue.common.solutionscreation.impl.RandomSolutionsCreation;
import org.uma.jmetal.component.catalogue.ea.selection.impl.PopulationAndNeighborhoodSelection;
import org.uma.jmetal.component.catalogue.ea.variation.impl.CrossoverAndMutationVariation;
import org.uma.jmetal.util.aggregationfunction.impl.Tschebyscheff;
import org.uma.jmetal.util.JMetalLogger;
import org.uma.jmetal.util.neighborhood.impl.WeightVectorNeighborhood;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;
import org.uma.jmetal.util.sequencegenerator.impl.IntegerPermutationGenerator;

/**
 * Builds and runs the three jMetal algorithms on one run's {@link Context}; each returns the final population
 * (the caller filters it to the reported front). Every piece that would otherwise ignore constraints is replaced.
 */
final class JMetalAlgorithms {
    static {
        // jMetal's NSGAIII constructor logs "rpssize: N" at INFO on every run; keep jMetal's own logger to warnings
        JMetalLogger.logger.setLevel(Level.WARNING);
    }

    private JMetalAlgorithms() {
    }

    /**
     * What every run shares: the problem, the operators, the run's generator, the budget monitor and the list
     * evaluation (on the run's {@code parallel_evaluation} threads; MOEA/D evaluates one child per step, serially).
     */
    record Context(JMetalPlacementProblem problem, PlacementOperators.Crossover crossover,
                   PlacementOperators.Mutation mutation, RandomGenerator rng, RunMonitor monitor,
                   PlacementEvaluation evaluation) {
    }

    /** MOEA/D settings: lattice divisions, neighbourhood size T, neighbourhood probability δ, replacement cap. */
    record MoeadSettings(int divisions, int neighborhoodSize, double delta, int maxReplaced) {
    }

    /**
     * NSGA-II (Deb et al. 2002) from jMetal's component {@code NSGAIIBuilder}: generational, offspring = population,
     * binary tournament on (rank, crowding distance). The ranking is replaced by a fast non-dominated sort under
     * constrained domination (the builder's default ranks by plain dominance, so it would ignore constraints);
     * the tournament reads the same rank attribute, so it is constraint-aware too.
     */
    static List<PlacementSolution> nsga2(Context c, int population) {
        EvolutionaryAlgorithm<PlacementSolution> algorithm = new NSGAIIBuilder<>(c.problem(), population,
                population, c.crossover(), c.mutation())
                .setRanking(new FastNonDominatedSortRanking<>(new ConstrainedDominance()))
                .setTermination(c.monitor())
                .setEvaluation(c.evaluation())
                .build();
        algorithm.run();
        return algorithm.result();
    }

    /**
     * NSGA-III (Deb and Jain 2014) from jMetal's classic implementation, made constraint-aware
     * ({@link ConstrainedNSGAIII}) with the constrained tournament of Jain and Deb ({@link ConstrainedTournament})
     * as the explicit selection operator jMetal requires. Reference points: the Das–Dennis lattice with
     * {@code divisions} (jMetal's default of 12 would give 1,820 points at 5 objectives).
     */
    static List<PlacementSolution> nsga3(Context c, int divisions) {
        NSGAIIIBuilder<PlacementSolution> builder = new NSGAIIIBuilder<>(c.problem())
                .setCrossoverOperator(c.crossover())
                .setMutationOperator(c.mutation())
                .setSelectionOperator(new ConstrainedTournament(c.rng()))
                .setNumberOfDivisions(divisions)
                .setSolutionListEvaluator(c.evaluation())
                .setMaxIterations(Integer.MAX_VALUE);
        ConstrainedNSGAIII algorithm = new ConstrainedNSGAIII(builder, c.monitor());
        int expected = ConstrainedNSGAIII.populationFor(c.problem().numberOfObjectives(), divisions);
        if (algorithm.getMaxPopulationSize() != expected) {
            throw new IllegalStateException("jMetal NSGA-III population " + algorithm.getMaxPopulationSize()
                    + " differs from the expected " + expected);
        }
        algorithm.run();
        return algorithm.getPopulation();
    }

    /**
     * MOEA/D (Zhang and Li 2007) assembled from jMetal's components: Das–Dennis weight vectors written to the
     * {@code W5D_<N>.dat} file jMetal reads (population N = lattice size), neighbourhood mating with probability δ
     * (else the whole population), one child per step, Tchebycheff aggregation on objectives normalised by the
     * ideal and nadir points, and the constraint-aware {@link ConstrainedMoeadReplacement} in place of jMetal's
     * {@code MOEADReplacement}. The subproblem order is a random permutation per sweep (jMetal's
     * {@code IntegerPermutationGenerator}, which draws from {@code JMetalRandom}).
     */
    static List<PlacementSolution> moead(Context c, MoeadSettings s) {
        List<double[]> weights = WeightLattice.simplexLattice(c.problem().numberOfObjectives(), s.divisions());
        int population = weights.size();
        WeightVectorNeighborhood<PlacementSolution> neighborhood = WeightFiles.neighborhood(weights, s.neighborhoodSize());
        CrossoverAndMutationVariation<PlacementSolution> variation =
                new CrossoverAndMutationVariation<>(1, c.crossover(), c.mutation());
        IntegerPermutationGenerator sequence = new IntegerPermutationGenerator(population);
        PopulationAndNeighborhoodSelection<PlacementSolution> selection = new PopulationAndNeighborhoodSelection<>(
                variation.getMatingPoolSize(), sequence, neighborhood, s.delta(), true);
        ConstrainedMoeadReplacement replacement = new ConstrainedMoeadReplacement(selection, neighborhood,
                new Tschebyscheff(true), sequence, s.maxReplaced(), c.rng());
        EvolutionaryAlgorithm<PlacementSolution> algorithm = new EvolutionaryAlgorithm<>("MOEAD",
                new RandomSolutionsCreation<>(c.problem(), population), new SequentialEvaluation<>(c.problem()),
                c.monitor(), selection, variation, replacement);
        algorithm.run();
        return algorithm.result();
    }

}
