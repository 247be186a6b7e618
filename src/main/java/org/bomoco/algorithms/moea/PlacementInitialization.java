package org.bomoco.algorithms.moea;

import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.moeaframework.core.Solution;
import org.moeaframework.core.initialization.Initialization;

/**
 * The initial population of {@link PlacementVariation#initial}: the current-state decision, perturbed copies of it
 * and uniformly random decisions, alternating. Draws come from the run's seeded generator.
 */
final class PlacementInitialization implements Initialization {
    private final PlacementMoeaProblem problem;
    private final PlacementVariation operators;
    private final RandomGenerator rng;

    PlacementInitialization(PlacementMoeaProblem problem, PlacementVariation operators, RandomGenerator rng) {
        this.problem = problem;
        this.operators = operators;
        this.rng = rng;
    }

    @Override
    public Solution[] initialize(int populationSize) {
        Solution[] population = new Solution[populationSize];
        int[] current = problem.placementProblem().currentDecision();
        for (int p = 0; p < populationSize; p++) {
            population[p] = problem.newSolution();
            int[] x = PlacementMoeaProblem.decision(population[p]);
            operators.initial(p, current, x, rng);
        }
        return population;
    }
}
