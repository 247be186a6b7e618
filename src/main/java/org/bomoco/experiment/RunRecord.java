package org.bomoco.experiment;

import java.util.List;
import java.util.Objects;

/**
 * Everything stored for one finished run ({@code runs/<instance>/<algorithm>/r<k>.json}).
 *
 * @param key the run
 * @param seed the seed the run used (derived from the master seed and the key)
 * @param algorithmId resolved algorithm id, e.g. {@code nsga2@moea}
 * @param library library that ran it
 * @param evaluations real evaluations done
 * @param elapsedSeconds wall time of the run
 * @param trace the front at each checkpoint and at the end
 * @param objectives the final front's objective vectors (minimised)
 * @param feasible per final solution, whether it is feasible
 * @param decisions per final solution, its decision in the front-file notation (empty for benchmark problems)
 */
public record RunRecord(RunKey key, long seed, String algorithmId, String library, long evaluations,
                        double elapsedSeconds, List<TracePoint> trace, List<double[]> objectives,
                        List<Boolean> feasible, List<String> decisions) {
    public RunRecord {
        Objects.requireNonNull(key, "key");
        trace = List.copyOf(trace);
        objectives = List.copyOf(objectives);
        feasible = List.copyOf(feasible);
        decisions = List.copyOf(decisions);
    }
}
