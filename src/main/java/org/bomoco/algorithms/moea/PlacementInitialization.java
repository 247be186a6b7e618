package org.bomoco.algorithms.moea;

import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.moeaframework.core.Solution;
import org.moeaframework.core.initialization.Initialization;

/**
 * The initial population: the current-state decision ({@code PlacementProblem.currentDecision()}: every workload
 * stays, on-demand, no delay) followed by uniformly random decisions ({@link PlacementVariation#randomize}).
 * Seeding the current state gives every run a known reference point (it is often feasible on real instances and
 * is optimal in the business KPI, which measures loss relative to it), while the random decisions spread the
 * search over the whole space. Draws come from the run's seeded generator.
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
            if (p == 0) {
                System.arraycopy(current, 0, x, 0, x.length);
            } else {
                operators.randomize(x, rng);
            }
        }
        return population;
    }
}
