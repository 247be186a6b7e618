package org.bomoco.algorithms.jmetal;

import java.util.List;
import java.util.random.RandomGenerator;

import org.uma.jmetal.component.catalogue.ea.replacement.Replacement;
import org.uma.jmetal.component.catalogue.ea.selection.impl.PopulationAndNeighborhoodSelection;
import org.uma.jmetal.util.aggregationfunction.AggregationFunction;
import org.uma.jmetal.util.neighborhood.Neighborhood;
import org.uma.jmetal.util.neighborhood.impl.WeightVectorNeighborhood;
import org.uma.jmetal.util.point.impl.IdealPoint;
import org.uma.jmetal.util.point.impl.NadirPoint;
import org.uma.jmetal.util.sequencegenerator.SequenceGenerator;

/**
 * MOEA/D's update step (Zhang and Li 2007; with the replacement limit {@code n_r} and the neighbourhood/population
 * choice of Li and Zhang 2009, MOEA/D-DE) made constraint-aware, in place of jMetal's {@code MOEADReplacement},
 * which compares aggregation values only and so ignores constraints. The child replaces subproblem {@code j} when
 * it has a smaller normalised violation, or the same violation (e.g. both feasible) and a smaller aggregation value
 * {@code g(f | w_j, z*, z^nad)}: the feasibility rules of Jan and Zhang (2010, "MOEA/D for constrained
 * multiobjective optimization: some preliminary experimental results", UKCI) with threshold 0.
 *
 * <p>Follows the protocol of jMetal's component MOEA/D: the offspring list holds one child of the subproblem
 * {@code sequence.getValue()}; the candidates are that subproblem's neighbours or the whole population, as the
 * {@link PopulationAndNeighborhoodSelection} chose; at most {@code maxReplaced} are replaced (by copies); then the
 * sequence advances. The candidates are visited in a random order drawn from the run's {@link RandomGenerator}.
 * The ideal and nadir points are the coordinate-wise min and max over every solution seen. O(T·m) per child.
 */
final class ConstrainedMoeadReplacement implements Replacement<PlacementSolution> {
    private final PopulationAndNeighborhoodSelection<PlacementSolution> selection;
    private final WeightVectorNeighborhood<PlacementSolution> neighborhood;
    private final AggregationFunction aggregation;
    private final SequenceGenerator<Integer> sequence;
    private final int maxReplaced;
    private final RandomGenerator rng;
    private IdealPoint ideal;
    private NadirPoint nadir;
    private int[] order = new int[0];

    ConstrainedMoeadReplacement(PopulationAndNeighborhoodSelection<PlacementSolution> selection,
            WeightVectorNeighborhood<PlacementSolution> neighborhood, AggregationFunction aggregation,
            SequenceGenerator<Integer> sequence, int maxReplaced, RandomGenerator rng) {
        this.selection = selection;
        this.neighborhood = neighborhood;
        this.aggregation = aggregation;
        this.sequence = sequence;
        this.maxReplaced = maxReplaced;
        this.rng = rng;
    }

    @Override
    public List<PlacementSolution> replace(List<PlacementSolution> population, List<PlacementSolution> offspring) {
        PlacementSolution child = offspring.get(0);
        if (ideal == null) {
            int m = child.objectives().length;
            ideal = new IdealPoint(m);
            nadir = new NadirPoint(m);
            ideal.update(population);
            nadir.update(population);
        }
        ideal.update(child.objectives());
        nadir.update(child.objectives());
        int candidates = candidateOrder(population.size());
        double[][] weights = neighborhood.getWeightVector();
        int replaced = 0;
        for (int c = 0; c < candidates && replaced < maxReplaced; c++) {
            int j = order[c];
            if (better(child, population.get(j), weights[j])) {
                population.set(j, child.copy());
                replaced++;
            }
        }
        sequence.generateNext();
        return population;
    }

    /** Fills {@link #order} with the candidate subproblems in random order; returns how many there are. */
    private int candidateOrder(int populationSize) {
        int[] pool = selection.getNeighborType() == Neighborhood.NeighborType.NEIGHBOR
                ? neighborhood.getNeighborhood()[sequence.getValue()] : null;
        int n = pool == null ? populationSize : pool.length;
        if (order.length < n) {
            order = new int[Math.max(n, populationSize)];
        }
        for (int i = 0; i < n; i++) {
            order[i] = pool == null ? i : pool[i];
        }
        for (int i = n - 1; i > 0; i--) {
            int k = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
        return n;
    }

    private boolean better(PlacementSolution child, PlacementSolution incumbent, double[] w) {
        double vc = child.violation();
        double vi = incumbent.violation();
        if (vc != vi) {
            return vc < vi;
        }
        return aggregation.compute(child.objectives(), w, ideal, nadir)
                < aggregation.compute(incumbent.objectives(), w, ideal, nadir);
    }
}
