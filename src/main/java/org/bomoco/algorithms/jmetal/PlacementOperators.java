package org.bomoco.algorithms.jmetal;

import java.util.List;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.uma.jmetal.operator.crossover.CrossoverOperator;
import org.uma.jmetal.operator.mutation.MutationOperator;

/**
 * {@link PlacementVariation} as jMetal operators, drawing only from the run's {@link RandomGenerator} (seeded
 * from {@code SolveSpec.seed()}), never from {@code JMetalRandom}: workload-uniform crossover (each workload's four
 * genes inherited together from one parent) and the encoding-aware mutation (region reset, ordinal step for size
 * and delay, purchase flip). Real-coded operators (SBX, polynomial mutation, DE) do not fit a categorical region
 * gene, so all three jMetal algorithms use these.
 */
final class PlacementOperators {
    private PlacementOperators() {
    }

    /**
     * Two parents → two children: copies of the parents, recombined, whose decisions are built on first read
     * ({@link PlacementSolution#bred}; only the draws are made here, in the order of an eager crossover).
     */
    static final class Crossover implements CrossoverOperator<PlacementSolution> {
        private static final long serialVersionUID = 1L;
        private final transient PlacementVariation variation;
        private final transient RandomGenerator rng;

        Crossover(PlacementVariation variation, RandomGenerator rng) {
            this.variation = variation;
            this.rng = rng;
        }

        @Override
        public List<PlacementSolution> execute(List<PlacementSolution> parents) {
            if (parents.size() != 2) {
                throw new IllegalArgumentException("crossover needs 2 parents, got " + parents.size());
            }
            PlacementSolution a = parents.get(0);
            PlacementSolution b = parents.get(1);
            long[] coins = variation.drawCrossover(rng);
            return List.of(PlacementSolution.bred(a, b, coins, variation),
                    PlacementSolution.bred(b, a, coins, variation));
        }

        @Override
        public double crossoverProbability() {
            return variation.crossoverRate();
        }

        @Override
        public int numberOfRequiredParents() {
            return 2;
        }

        @Override
        public int numberOfGeneratedChildren() {
            return 2;
        }
    }

    /**
     * Mutates a solution in place (jMetal passes offspring that are already copies), or, for a child not yet
     * built, when it is built ({@link PlacementSolution#mutate}); the draws are made here either way.
     */
    static final class Mutation implements MutationOperator<PlacementSolution> {
        private static final long serialVersionUID = 1L;
        private final transient PlacementVariation variation;
        private final transient RandomGenerator rng;

        Mutation(PlacementVariation variation, RandomGenerator rng) {
            this.variation = variation;
            this.rng = rng;
        }

        @Override
        public PlacementSolution execute(PlacementSolution s) {
            s.mutate(variation.drawMutation(rng), variation);
            return s;
        }

        @Override
        public double mutationProbability() {
            return variation.mutationRate();
        }
    }
}
