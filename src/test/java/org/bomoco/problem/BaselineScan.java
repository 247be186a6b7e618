package org.bomoco.problem;

/**
 * The memory-traffic floor of {@link Evaluator#evaluate}: one pass that reads the decision vector and every
 * per-workload array the evaluator reads (at the same indices, including the N×R rows at the chosen region) and
 * sums them, with no model arithmetic. The benchmark reports evaluate/baseline so the ratio is stable across
 * machines.
 */
public final class BaselineScan {
    private BaselineScan() {
    }

    /** The sum of the decision and of the per-workload tables read by the evaluator. */
    public static double sum(PlacementProblem problem, int[] x) {
        WorkloadTables w = problem.workloadTables;
        int regions = problem.regionCount();
        double sum = 0;
        for (int i = 0, n = w.workloadCount; i < n; i++) {
            int r = x[4 * i];
            sum += r + x[4 * i + 1] + x[4 * i + 2] + x[4 * i + 3] + w.region0[i] + w.count[i]
                    + w.ciOffset[i] + w.ciLength[i] + w.spotForbidden[i] + w.depStart[i];
            sum += w.instanceHours[i];
            sum += w.migrationGbPerMonth[i];
            sum += w.busyVcpus[i];
            sum += w.busyVcpusP95[i];
            sum += w.invCiLength[i];
            sum += w.sloMs[i];
            sum += w.revenueUsd[i];
            sum += w.revenueUsdPerMs[i];
            sum += w.perf0[i];
            sum += w.userLatencyMs[i * regions + r];
            sum += w.allowed[i * regions + r] ? 1 : 0;
        }
        return sum;
    }
}
