package org.bomoco.algorithms.jmetal;

import java.util.List;

import org.bomoco.algorithms.WeightLattice;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIII;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIIIBuilder;
import org.uma.jmetal.util.ranking.Ranking;
import org.uma.jmetal.util.ranking.impl.FastNonDominatedSortRanking;

/**
 * jMetal 6.6's classic NSGA-III (Deb and Jain 2014) made constraint-aware and budgeted by evaluations:
 * <ul>
 *   <li>{@link #computeRanking} sorts with constrained domination ({@link ConstrainedDominance}: jMetal's
 *   {@code DominanceWithConstraintsComparator} over {@link ViolationComparator}, without its per-call string)
 *   instead of jMetal's plain dominance, which ignores constraints: the constrained
 *   NSGA-III of Jain and Deb (2014, part II), whose niching then runs on the last front admitted;</li>
 *   <li>{@link #isStoppingConditionReached} asks the {@link RunMonitor} (evaluations, checkpoints) instead of
 *   counting iterations.</li>
 * </ul>
 * The population is the reference-point count rounded up to a multiple of 4, as jMetal sets it (its builder's
 * {@code setPopulationSize} is ignored).
 */
final class ConstrainedNSGAIII extends NSGAIII<PlacementSolution> {
    private static final long serialVersionUID = 1L;
    private final transient RunMonitor monitor;
    private final transient ConstrainedDominance dominance = new ConstrainedDominance();

    ConstrainedNSGAIII(NSGAIIIBuilder<PlacementSolution> builder, RunMonitor monitor) {
        super(builder);
        this.monitor = monitor;
    }

    @Override
    protected Ranking<PlacementSolution> computeRanking(List<PlacementSolution> solutions) {
        Ranking<PlacementSolution> ranking = new FastNonDominatedSortRanking<>(dominance);
        ranking.compute(solutions);
        return ranking;
    }

    @Override
    protected boolean isStoppingConditionReached() {
        return monitor.atGenerationEnd(getPopulation());
    }

    /** Population size jMetal derives from the reference points: their count rounded up to a multiple of 4. */
    static int populationFor(int objectives, int divisions) {
        int points = Math.toIntExact(WeightLattice.latticeSize(objectives, divisions));
        return (points + 3) / 4 * 4;
    }
}
