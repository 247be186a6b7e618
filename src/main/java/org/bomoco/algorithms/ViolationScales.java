package org.bomoco.algorithms;

import org.bomoco.model.Workload;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.PlacementProblem;

/**
 * The one definition of how raw constraint violations are normalised before they are summed, used by every
 * optimizer: by {@link Fronts} and {@link Archive} (constrained dominance, the "least violating" final front) and by
 * both library adapters (the magnitudes MOEA Framework sums, the {@code constraints()} jMetal sums). Raw violations
 * have different units (workloads, ms, fractions), so the total is {@code Σ_k raw_k / scale_k}, each scale being
 * the violation counted as one unit, roughly "one workload placed wrongly":
 * <ul>
 *   <li>sovereignty, spot, migrations: 1 (they count workloads or migrations);</li>
 *   <li>latency: the mean latency SLO {@code mean_i L_i} ms of the instance (an excess as large as a typical SLO is
 *   one unit; 1 ms when there are no workloads);</li>
 *   <li>headroom: {@value #HEADROOM_MARGIN}, the margin between the 0.9 limit on {@code u95'} and full utilisation
 *   ({@code docs/model.md}, "Constraints");</li>
 *   <li>capacity: 1, as the raw violation is already a relative overload {@code Σ_r max(0, load_r − cap_r)/cap_r}
 *   (a region at twice its capacity is one unit).</li>
 * </ul>
 * This is the right-hand-side normalisation of Deb (2000, "An efficient constraint handling method for genetic
 * algorithms", CMAME 186) for constraints whose bound is 0. The scales depend on the instance only, never on the
 * set being compared, so every optimizer ranks infeasible candidates the same way.
 */
public final class ViolationScales {
    /** Scale of the headroom violation: the margin between the 0.9 limit and full utilisation. */
    public static final double HEADROOM_MARGIN = 0.1;

    private ViolationScales() {
    }

    /** The scales of {@code problem}'s instance, in {@link Constraint} order; all positive. O(N). */
    public static double[] of(PlacementProblem problem) {
        double sum = 0;
        int n = 0;
        for (Workload w : problem.instance().workloads()) {
            sum += w.latencySloMs();
            n++;
        }
        double meanSlo = n == 0 ? 0 : sum / n;
        double[] s = new double[Constraint.values().length];
        for (Constraint c : Constraint.values()) {
            s[c.ordinal()] = switch (c) {
                case LATENCY -> meanSlo > 0 && Double.isFinite(meanSlo) ? meanSlo : 1;
                case HEADROOM -> HEADROOM_MARGIN;
                default -> 1;
            };
        }
        return s;
    }

    /**
     * {@code raw / scale}: exactly 0 when {@code raw} is 0 (or negative), and never rounded down to 0 otherwise, so
     * that a normalised violation is 0 exactly when the raw one is (feasibility is preserved).
     */
    public static double normalised(double raw, double scale) {
        return raw > 0 ? Math.max(raw / scale, Double.MIN_VALUE) : 0.0;
    }

    /** {@code Σ_k normalised(raw[k], scales[k])}, summed in index order from 0 (the order both libraries use). */
    public static double total(double[] raw, double[] scales) {
        double sum = 0;
        for (int k = 0; k < raw.length; k++) {
            sum += normalised(raw[k], scales[k]);
        }
        return sum;
    }
}
