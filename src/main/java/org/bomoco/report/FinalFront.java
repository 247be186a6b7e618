package org.bomoco.report;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.bomoco.experiment.RunKey;

/**
 * The part of a stored {@code RunRecord} ({@code runs/<instance>/<algorithm>/r<k>.json}) that figures need: the
 * final front. Read with Jackson from the RunRecord JSON, skipping the trace and decisions.
 *
 * @param key instance, algorithm label, replicate
 * @param algorithmId resolved algorithm id, e.g. {@code nsga2@moea} or {@code composite}
 * @param evaluations evaluations the run did
 * @param objectives final objective vectors (minimised)
 * @param feasible per final solution, whether it is feasible (may be empty for benchmarks)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FinalFront(RunKey key, String algorithmId, long evaluations, List<double[]> objectives,
                         List<Boolean> feasible) {
    public FinalFront {
        Objects.requireNonNull(key, "key");
        algorithmId = algorithmId == null ? key.algorithm() : algorithmId;
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        feasible = feasible == null ? List.of() : List.copyOf(feasible);
    }

    /** The feasible solutions' objective vectors (all of them when no feasibility is stored, as for benchmarks). */
    public List<double[]> feasibleObjectives() {
        if (feasible.isEmpty()) {
            return objectives;
        }
        List<double[]> out = new java.util.ArrayList<>();
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

    static boolean isBaseline(String id) {
        return id.toLowerCase(java.util.Locale.ROOT).startsWith("composite");
    }
}
