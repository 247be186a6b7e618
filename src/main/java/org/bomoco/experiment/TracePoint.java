package org.bomoco.experiment;

import java.util.List;

/**
 * A run's state at one checkpoint: evaluations so far, wall time, and the objective vectors of its current
 * non-dominated set (feasible ones when any exists). Indicators are computed later, with the stored bounds.
 */
public record TracePoint(long evaluations, double elapsedSeconds, List<double[]> front) {
    public TracePoint {
        front = List.copyOf(front);
    }
}
