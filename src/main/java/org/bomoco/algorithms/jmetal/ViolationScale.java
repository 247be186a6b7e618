package org.bomoco.algorithms.jmetal;

import org.bomoco.model.Workload;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.PlacementProblem;

/**
 * Per-constraint scales that make the raw violations of {@link Constraint} commensurable before jMetal sums them
 * (its {@code OverallConstraintViolationDegreeComparator} adds up the negative {@code constraints()} entries). Each
 * scale is the violation counted as one unit, roughly "one workload placed wrongly":
 * <ul>
 *   <li>sovereignty, spot, migrations: 1 (they count workloads or migrations);</li>
 *   <li>latency: the mean latency SLO {@code mean_i L_i} ms (an excess as large as a typical SLO is one unit);</li>
 *   <li>headroom and capacity: 0.1 (the 10-point headroom margin above {@code u95' = 0.9}; a region loaded 10%
 *   over capacity).</li>
 * </ul>
 * This is the right-hand-side normalisation of Deb (2000, "An efficient constraint handling method for genetic
 * algorithms", CMAME 186) for constraints whose bound is 0. jMetal stores {@code −raw_k/scale_k}; the raw values
 * are kept beside them ({@link PlacementSolution#rawConstraints()}) and are what {@code Candidate}s report.
 */
final class ViolationScale {
    /** Scale of the headroom and capacity violations (fractions). */
    static final double FRACTION_UNIT = 0.1;

    private ViolationScale() {
    }

    /** The scales, in {@link Constraint} order; all positive. */
    static double[] of(PlacementProblem problem) {
        double[] s = new double[Constraint.values().length];
        double sumSlo = 0;
        int n = 0;
        for (Workload w : problem.instance().workloads()) {
            sumSlo += w.latencySloMs();
            n++;
        }
        double meanSlo = n == 0 ? 0 : sumSlo / n;
        for (Constraint c : Constraint.values()) {
            s[c.ordinal()] = switch (c) {
                case LATENCY -> meanSlo > 0 ? meanSlo : 1;
                case HEADROOM, CAPACITY -> FRACTION_UNIT;
                default -> 1;
            };
        }
        return s;
    }
}
