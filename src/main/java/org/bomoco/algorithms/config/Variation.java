package org.bomoco.algorithms.config;

/**
 * The variation operators' settings, shared by every evolutionary algorithm of both adapters. On placement
 * problems: workload-uniform crossover with probability {@code crossoverRate} and encoding-aware mutation with
 * probability {@code mutationRate} per variable ({@code org.bomoco.algorithms.PlacementVariation}). On benchmark
 * problems: SBX (Deb &amp; Agrawal 1995) with probability {@code sbxRate} and distribution index {@code sbxIndex}
 * η_c, polynomial mutation (Deb &amp; Goyal 1996) with probability {@code pmRate} per variable and index
 * {@code pmIndex} η_m; defaults of Deb &amp; Jain (2014, NSGA-III, IEEE TEVC 18(4), Table II). A mutation rate of 0
 * means 1/n for n variables ({@link #mutationRate(int)}, {@link #pmRate(int)}).
 *
 * @param crossoverRate placement crossover probability, [0, 1], default {@value #CROSSOVER_RATE}
 * @param mutationRate placement mutation probability per variable, [0, 1], 0 (default) = 1/n
 * @param sbxRate SBX probability per pair, [0, 1], default {@value #SBX_RATE}
 * @param sbxIndex η_c, [0, {@value #MAX_INDEX}], default {@value #SBX_INDEX}
 * @param pmRate PM probability per variable, [0, 1], 0 (default) = 1/n
 * @param pmIndex η_m, [0, {@value #MAX_INDEX}], default {@value #PM_INDEX}
 */
public record Variation(double crossoverRate, double mutationRate, double sbxRate, double sbxIndex, double pmRate,
                        double pmIndex) implements java.io.Serializable {
    public static final String CROSSOVER_RATE_KEY = "crossoverRate";
    public static final String MUTATION_RATE_KEY = "mutationRate";
    public static final String SBX_RATE_KEY = "sbxRate";
    public static final String SBX_INDEX_KEY = "sbxIndex";
    public static final String PM_RATE_KEY = "pmRate";
    public static final String PM_INDEX_KEY = "pmIndex";
    public static final double CROSSOVER_RATE = 0.9;
    public static final double SBX_RATE = 1.0;
    /** Deb &amp; Jain's η_c for NSGA-III. */
    public static final double SBX_INDEX = 30;
    /** Deb &amp; Jain's η_m. */
    public static final double PM_INDEX = 20;
    public static final double MAX_INDEX = 1000;
    /** Every default. */
    public static final Variation DEFAULT = new Variation(CROSSOVER_RATE, 0, SBX_RATE, SBX_INDEX, 0, PM_INDEX);

    public Variation {
        if (!(rate(crossoverRate) && rate(mutationRate) && rate(sbxRate) && rate(pmRate) && index(sbxIndex)
                && index(pmIndex))) {
            throw new IllegalArgumentException("variation settings out of range: " + crossoverRate + ", "
                    + mutationRate + ", " + sbxRate + ", " + sbxIndex + ", " + pmRate + ", " + pmIndex);
        }
    }

    private static boolean rate(double r) {
        return r >= 0 && r <= 1;
    }

    private static boolean index(double i) {
        return i >= 0 && i <= MAX_INDEX;
    }

    /** The placement mutation rate for {@code variables} variables (1/n when 0). */
    public double mutationRate(int variables) {
        return mutationRate > 0 ? mutationRate : 1.0 / variables;
    }

    /** The PM rate for {@code variables} variables (1/n when 0). */
    public double pmRate(int variables) {
        return pmRate > 0 ? pmRate : 1.0 / variables;
    }

    /** Reads the six keys (absent keys take the defaults above). */
    static Variation read(ConfigValues v) {
        return new Variation(v.real(CROSSOVER_RATE_KEY, CROSSOVER_RATE, 0, 1), v.real(MUTATION_RATE_KEY, 0, 0, 1),
                v.real(SBX_RATE_KEY, SBX_RATE, 0, 1), v.real(SBX_INDEX_KEY, SBX_INDEX, 0, MAX_INDEX),
                v.real(PM_RATE_KEY, 0, 0, 1), v.real(PM_INDEX_KEY, PM_INDEX, 0, MAX_INDEX));
    }
}
