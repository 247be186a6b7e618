package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    /** Copies the lists; a list missing from a stored record (an earlier version's file) is empty. */
    public RunRecord {
        Objects.requireNonNull(key, "key");
        algorithmId = algorithmId == null ? key.algorithm() : algorithmId;
        library = library == null ? "" : library;
        trace = trace == null ? List.of() : List.copyOf(trace);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        feasible = feasible == null ? List.of() : List.copyOf(feasible);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The feasible solutions' objective vectors (all of them when no feasibility is stored, as for benchmarks). */
    public List<double[]> feasibleObjectives() {
        if (feasible.isEmpty()) {
            return objectives;
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            if (feasible.get(i)) {
                out.add(objectives.get(i));
            }
        }
        return out;
    }

    /** Whether this run is of the composite baseline (its id or label starts with {@code composite}). */
    public boolean baseline() {
        return isBaseline(algorithmId) || isBaseline(key.algorithm());
    }

    /** Whether an algorithm id or label names the composite baseline (starts with {@code composite}). */
    public static boolean isBaseline(String id) {
        return id.toLowerCase(Locale.ROOT).startsWith("composite");
    }
}
