package org.bomoco.algorithms.moea;

import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.moeaframework.core.Solution;
import org.moeaframework.core.operator.Mutation;

/**
 * The encoding-aware mutation of {@link PlacementVariation} alone, as a MOEA Framework {@code Mutation} (arity 1)
 * for the mutation-only algorithm PAES: copies the parent and mutates the copy, every draw from the run's seeded
 * {@link RandomGenerator}. O(n) per call.
 */
final class PlacementMoeaMutation implements Mutation {
    private final PlacementVariation operators;
    private final RandomGenerator rng;

    PlacementMoeaMutation(PlacementVariation operators, RandomGenerator rng) {
        this.operators = operators;
        this.rng = rng;
    }

    @Override
    public String getName() {
        return "placement-mutation";
    }

    @Override
    public Solution mutate(Solution parent) {
        Solution child = parent.copy();
        operators.mutate(PlacementMoeaProblem.decision(child), rng);
        return child;
    }
}
