package org.bomoco.algorithms.jmetal;

import java.util.List;
import java.util.random.RandomGenerator;

import org.uma.jmetal.operator.selection.SelectionOperator;

/**
 * Mating selection of constrained NSGA-III (Jain and Deb 2014, "An evolutionary many-objective optimization
 * algorithm using reference-point based nondominated sorting approach, part II", IEEE TEVC 18(4), Algorithm 1):
 * a binary tournament between two distinct random members where a feasible member beats an infeasible one, the
 * smaller (normalised) violation wins between infeasible ones, and a feasible pair is decided at random. Draws
 * from the run's {@link RandomGenerator}. O(1) per call.
 */
final class ConstrainedTournament implements SelectionOperator<List<PlacementSolution>, PlacementSolution> {
    private static final long serialVersionUID = 1L;
    private final transient RandomGenerator rng;

    ConstrainedTournament(RandomGenerator rng) {
        this.rng = rng;
    }

    @Override
    public PlacementSolution execute(List<PlacementSolution> population) {
        int n = population.size();
        if (n == 1) {
            return population.get(0);
        }
        int i = rng.nextInt(n);
        int j = rng.nextInt(n - 1);
        if (j >= i) {
            j++;
        }
        PlacementSolution a = population.get(i);
        PlacementSolution b = population.get(j);
        double va = a.violation();
        double vb = b.violation();
        if (va < vb) {
            return a;
        }
        if (vb < va) {
            return b;
        }
        return rng.nextBoolean() ? a : b;
    }
}
