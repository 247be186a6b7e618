package org.bomoco.algorithms.jmetal;

import org.uma.jmetal.util.comparator.constraintcomparator.ConstraintComparator;

/**
 * Deb's feasibility rules on the normalised total violation ({@link PlacementSolution#violation()}): a feasible
 * solution beats an infeasible one, the smaller violation wins between infeasible ones, feasible ones tie (and
 * {@code DominanceWithConstraintsComparator} then applies Pareto dominance). It orders exactly as jMetal's
 * {@code OverallConstraintViolationDegreeComparator} on the {@code constraints()} this adapter stores, but reads
 * the total computed once at evaluation instead of re-summing the constraints with a stream on every comparison
 * (jMetal only caches non-zero totals, so feasible solutions would be re-summed every time).
 */
final class ViolationComparator implements ConstraintComparator<PlacementSolution> {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(PlacementSolution a, PlacementSolution b) {
        double va = a.violation();
        double vb = b.violation();
        if (va > 0 && vb > 0) {
            return Double.compare(va, vb);
        }
        if (va == 0 && vb > 0) {
            return -1;
        }
        if (va > 0 && vb == 0) {
            return 1;
        }
        return 0;
    }
}
