package org.bomoco.algorithms;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one optimisation run needs besides the problem: a complete spec, so that a factory builds the whole
 * algorithm at once (STYLE.md habit 5).
 *
 * @param algorithm registered id or alias (e.g. {@code nsga2}, {@code nsga2@jmetal}, {@code NSGA-II})
 * @param evaluations evaluation budget (the run may overshoot to the end of a generation; the result records
 *     the real count)
 * @param seed the run's seed; every random choice of the run flows from it
 * @param population population size, or 0 for the algorithm's default
 * @param parameters algorithm-specific parameters (e.g. {@code divisions}, {@code crossoverRate}); each
 *     optimizer rejects keys it does not know
 * @param checkpoints ascending evaluation counts at which the listener sees the current front (may be empty)
 */
public record SolveSpec(String algorithm, long evaluations, long seed, int population,
                        Map<String, Object> parameters, List<Long> checkpoints) {
    public SolveSpec {
        Objects.requireNonNull(algorithm, "algorithm");
        parameters = Map.copyOf(parameters);
        checkpoints = List.copyOf(checkpoints);
    }

    /** A spec with default population, no parameters and no checkpoints. */
    public static SolveSpec of(String algorithm, long evaluations, long seed) {
        return new SolveSpec(algorithm, evaluations, seed, 0, Map.of(), List.of());
    }
}
