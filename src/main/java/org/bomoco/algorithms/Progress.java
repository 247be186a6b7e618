package org.bomoco.algorithms;

import java.time.Duration;
import java.util.List;

/**
 * A run's state at a checkpoint: evaluations done so far, wall time, and the current non-dominated set
 * (feasible candidates only when any exists).
 */
public record Progress(long evaluations, Duration elapsed, List<Candidate> front) {
    public Progress {
        front = List.copyOf(front);
    }
}
