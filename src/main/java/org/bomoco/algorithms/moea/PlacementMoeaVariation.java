package org.bomoco.algorithms.moea;

import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.moeaframework.core.Solution;
import org.moeaframework.core.operator.Variation;

/**
 * {@link PlacementVariation} as a MOEA Framework {@code Variation} of arity 2: copies both parents, applies the
 * workload-uniform crossover to the copies, then the encoding-aware mutation to each, and returns the two
 * children. Every draw comes from the run's seeded {@link RandomGenerator}, never from the library's PRNG.
 * Algorithms that keep one child (SMS-EMOA, MOEA/D, ε-MOEA) use the first. O(n) per call.
 */
final class PlacementMoeaVariation implements Variation {
    private final PlacementVariation operators;
    private final RandomGenerator rng;

    PlacementMoeaVariation(PlacementVariation operators, RandomGenerator rng) {
        this.operators = operators;
        this.rng = rng;
    }

    /** The placement operators (PAES uses their mutation alone, {@link PlacementMoeaMutation}). */
    PlacementVariation operators() {
        return operators;
    }

    @Override
    public String getName() {
        return "placement-uniform-crossover+mutation";
    }

    @Override
    public int getArity() {
        return 2;
    }

    @Override
    public Solution[] evolve(Solution[] parents) {
        Solution a = parents[0].copy();
        Solution b = parents[1].copy();
        int[] xa = PlacementMoeaProblem.decision(a);
        int[] xb = PlacementMoeaProblem.decision(b);
        operators.crossover(xa, xb, xa, xb, rng);
        operators.mutate(xa, rng);
        operators.mutate(xb, rng);
        return new Solution[] {a, b};
    }
}
