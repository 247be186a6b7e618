package org.bomoco.indicators;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quality indicators of the workbench: each constant carries the id used in configs, tables and the
 * {@code indicators} command, its direction, and its computation on a front, a reference set and a hypervolume
 * reference point (all minimised and, in the pipeline, already normalised). The one list of indicator ids: experiment
 * configs, scoring, the command line and the reports' direction all read it.
 */
public enum Indicator {
    /** {@link Hypervolume}: larger is better; uses the reference point only. */
    HYPERVOLUME("hypervolume", true) {
        @Override
        public double compute(double[][] front, double[][] referenceSet, double[] referencePoint) {
            return Hypervolume.compute(front, referencePoint);
        }
    },
    /** {@link IgdPlus}: smaller is better. */
    IGD_PLUS("igd+", false) {
        @Override
        public double compute(double[][] front, double[][] referenceSet, double[] referencePoint) {
            return IgdPlus.compute(front, referenceSet);
        }
    },
    /** {@link Igd} (power 1): smaller is better. */
    IGD("igd", false) {
        @Override
        public double compute(double[][] front, double[][] referenceSet, double[] referencePoint) {
            return Igd.compute(front, referenceSet);
        }
    },
    /** {@link AdditiveEpsilon}: smaller is better. */
    EPSILON("epsilon", false) {
        @Override
        public double compute(double[][] front, double[][] referenceSet, double[] referencePoint) {
            return AdditiveEpsilon.compute(front, referenceSet);
        }
    },
    /** {@link Spread} (generalised Δ*): smaller is better. */
    SPREAD("spread", false) {
        @Override
        public double compute(double[][] front, double[][] referenceSet, double[] referencePoint) {
            return Spread.compute(front, referenceSet);
        }
    };

    /** Computed when a config or the command line names none (every indicator but IGD, which IGD+ supersedes). */
    public static final List<Indicator> DEFAULTS = List.of(HYPERVOLUME, IGD_PLUS, EPSILON, SPREAD);

    private final String id;
    private final boolean largerIsBetter;

    Indicator(String id, boolean largerIsBetter) {
        this.id = id;
        this.largerIsBetter = largerIsBetter;
    }

    /** The id of configs, {@code indicators.csv} and the command line (lower case). */
    public String id() {
        return id;
    }

    /** Whether larger values are better (hypervolume) or smaller (every distance indicator). */
    public boolean largerIsBetter() {
        return largerIsBetter;
    }

    /**
     * The indicator of {@code front} against {@code referenceSet} (distance indicators) or {@code referencePoint}
     * (hypervolume). An empty front gives each class's own value (hypervolume 0, distance indicators {@code +∞}).
     *
     * @throws IllegalArgumentException on mismatched dimensions, non-finite values or an empty reference set
     */
    public abstract double compute(double[][] front, double[][] referenceSet, double[] referencePoint);

    /** The indicator with this id, case-insensitive ({@code "IGD+"} is {@link #IGD_PLUS}). */
    public static Optional<Indicator> byId(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.id.equals(key)).findFirst();
    }

    /**
     * The indicator with this id, case-insensitive.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static Indicator of(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown indicator '" + id + "'; valid: "
                + String.join(", ", ids())));
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Indicator::id).toList();
    }

    /** The ids of {@link #DEFAULTS}. */
    public static List<String> defaultIds() {
        return DEFAULTS.stream().map(Indicator::id).toList();
    }
}
