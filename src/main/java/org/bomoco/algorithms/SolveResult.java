package org.bomoco.algorithms;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one run.
 *
 * @param algorithm the resolved algorithm id (e.g. {@code nsga2@moea})
 * @param library the library that ran it ({@code moeaframework}, {@code jmetal}, or {@code bomoco} for baselines)
 * @param front the final non-dominated set: the feasible non-dominated candidates when any feasible one was found,
 *     else the candidates of least total violation
 * @param evaluations the real number of evaluations done
 * @param elapsed wall time of the run
 */
public record SolveResult(String algorithm, String library, List<Candidate> front, long evaluations,
                          Duration elapsed) {
    public SolveResult {
        front = List.copyOf(front);
    }
}
