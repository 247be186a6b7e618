package org.bomoco.algorithms.moea;

import java.util.List;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.moeaframework.core.Solution;
import org.moeaframework.problem.Problem;
import org.moeaframework.core.initialization.Initialization;

/**
 * The initial population of {@link PlacementVariation#initial}: the current-state decision, perturbed copies of it
 * and uniformly random decisions, alternating. Draws come from the run's seeded generator.
 *
 * <p><b>Warm start.</b> With {@code seeds}, members {@code 0..k−1} (k = min(seeds, population)) are copies of the
 * seed decisions, in order, and member {@code p ≥ k} is member {@code p − k} of the usual initialisation (so the
 * first filler is the current state). Seeds are checked against the problem's bounds.
 */
final class PlacementInitialization implements Initialization {
    private final PlacementMoeaProblem problem;
    private final Problem factory;
    private final PlacementVariation operators;
    private final RandomGenerator rng;
    private final List<int[]> seeds;

    PlacementInitialization(PlacementMoeaProblem problem, PlacementVariation operators, RandomGenerator rng) {
        this(problem, problem, operators, rng, List.of());
    }

    /**
     * @param factory the problem the algorithm evaluates through, which makes the solutions ({@code problem}
     *     itself, or a {@link BatchEvaluation} over it)
     * @param seeds decisions that open the initial population (warm start); each within the problem's bounds
     * @throws IllegalArgumentException when a seed has the wrong length or a value out of bounds
     */
    PlacementInitialization(PlacementMoeaProblem problem, Problem factory, PlacementVariation operators,
                            RandomGenerator rng, List<int[]> seeds) {
        this.problem = problem;
        this.factory = factory;
        this.operators = operators;
        this.rng = rng;
        this.seeds = seeds.stream().map(int[]::clone).toList();
        this.seeds.forEach(problem.placementProblem()::checkBounds);
    }

    @Override
    public Solution[] initialize(int populationSize) {
        Solution[] population = new Solution[populationSize];
        int[] current = problem.placementProblem().currentDecision();
        int k = Math.min(seeds.size(), populationSize);
        for (int p = 0; p < populationSize; p++) {
            population[p] = factory.newSolution();
            int[] x = PlacementMoeaProblem.decision(population[p]);
            if (p < k) {
                System.arraycopy(seeds.get(p), 0, x, 0, x.length);
            } else {
                operators.initial(p - k, current, x, rng);
            }
        }
        return population;
    }
}
