package org.bomoco.study;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The re-planning strategies of the adaptation study ({@link AdaptationSimulation}).
 */
enum AdaptationStrategy {
    /** Optimise once at hour 0 with the first forecast, pick one plan and keep it (delays included) all week. */
    STATIC("static", "static plan"),
    /** Optimise from scratch at every hour with the freshly issued forecast ({@code evaluations} each). */
    REOPTIMISE("reoptimise", "re-optimise hourly"),
    /**
     * Hour 0 from scratch; then every hour starting from the deployed plan and the previous hour's front, with
     * {@code warm_evaluations} each.
     */
    WARMSTART("warmstart", "warm start"),
    /** As {@link #WARMSTART} with the full {@code evaluations} each hour. */
    WARMSTART_FULL("warmstart-full", "warm start, full budget"),
    /**
     * As {@link #WARMSTART}, with hysteresis: the new pick replaces the deployed plan only when its weighted,
     * range-normalised objective sum is lower by more than {@code switch_threshold} (a change must pay for itself).
     */
    WARMSTART_STICKY("warmstart-sticky", "warm start, sticky");

    private final String id;
    private final String label;

    AdaptationStrategy(String id, String label) {
        this.id = id;
        this.label = label;
    }

    String id() {
        return id;
    }

    String label() {
        return label;
    }

    /** Whether later epochs start from the previous front. */
    boolean warm() {
        return this == WARMSTART || this == WARMSTART_FULL || this == WARMSTART_STICKY;
    }

    static Optional<AdaptationStrategy> parse(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equalsIgnoreCase(id.trim())).findFirst();
    }

    static String ids() {
        return Arrays.stream(values()).map(AdaptationStrategy::id).collect(Collectors.joining(", "));
    }
}
