package org.bomoco.algorithms.jmetal;

import org.uma.jmetal.util.VectorUtils;
import org.uma.jmetal.util.comparator.dominanceComparator.DominanceComparator;

/**
 * Constrained domination: {@link ViolationComparator} first, Pareto dominance of the objectives
 * ({@code VectorUtils.dominanceTest}) on a tie. The same order as jMetal's
 * {@code DominanceWithConstraintsComparator(new ViolationComparator())}, whose Pareto step
 * ({@code DefaultDominanceComparator}) builds an error message string on EVERY comparison (4% of a 5,000-workload
 * NSGA-II run's time, on the run's thread, where it caps the parallel-evaluation speed-up). Objective vectors of
 * one problem have the same length, so that check is left out.
 */
final class ConstrainedDominance implements DominanceComparator<PlacementSolution> {
    private static final long serialVersionUID = 1L;
    private final ViolationComparator violation = new ViolationComparator();

    @Override
    public int compare(PlacementSolution a, PlacementSolution b) {
        int byViolation = violation.compare(a, b);
        return byViolation != 0 ? byViolation : VectorUtils.dominanceTest(a.objectives(), b.objectives());
    }
}
