package org.bomoco.algorithms.config;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of problem a configuration is read for: the valid keys, and some ranges, differ (placement problems use
 * the placement operators, benchmark problems SBX and polynomial mutation).
 */
public enum Target {
    /** A cloud workload placement instance. */
    PLACEMENT,
    /** A standard test problem (DTLZ, WFG, ZDT). */
    BENCHMARK;

    /** Placement only (what {@code solve} and the library API run). */
    public static final Set<Target> PLACEMENT_ONLY = Set.copyOf(EnumSet.of(PLACEMENT));
    /** Benchmark only. */
    public static final Set<Target> BENCHMARK_ONLY = Set.copyOf(EnumSet.of(BENCHMARK));
    /** Both: an experiment that mixes placement and benchmark instances. */
    public static final Set<Target> BOTH = Set.copyOf(EnumSet.allOf(Target.class));
}
