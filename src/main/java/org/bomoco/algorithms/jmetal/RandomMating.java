package org.bomoco.algorithms.jmetal;

import java.util.List;
import java.util.random.RandomGenerator;

import org.uma.jmetal.operator.selection.SelectionOperator;

/**
 * Uniform random mating selection: NSGA-III's choice for unconstrained problems (Deb &amp; Jain 2014, §IV-E:
 * "parents are chosen randomly", no tournament). Draws from the run's seeded {@link RandomGenerator}. O(1).
 *
 * @param <S> solution type
 */
final class RandomMating<S> implements SelectionOperator<List<S>, S> {
    private static final long serialVersionUID = 1L;
    private final transient RandomGenerator rng;

    RandomMating(RandomGenerator rng) {
        this.rng = rng;
    }

    @Override
    public S execute(List<S> population) {
        return population.get(rng.nextInt(population.size()));
    }
}
