package org.bomoco.algorithms.config;

/**
 * Defaults and limits of the Das–Dennis {@code divisions} H read by NSGA-III, MOEA/D ({@link
 * AlgorithmConfig.ReferencePoints}, {@link AlgorithmConfig.Moead}): 0 in a record means "not given".
 */
public final class Lattice {
    public static final String DIVISIONS_KEY = "divisions";
    /** Default H on placement problems: C(6 + 4, 4) = 210 points at 5 objectives. */
    public static final int PLACEMENT_DIVISIONS = 6;
    /** Largest H on placement problems. */
    public static final int MAX_PLACEMENT_DIVISIONS = 40;
    /** Largest H on benchmark problems (the point count is limited separately by each adapter). */
    public static final int MAX_BENCHMARK_DIVISIONS = 200;

    private Lattice() {
    }

    /**
     * Default H for reference points, weight vectors and analytic reference sets at {@code m} objectives: 99
     * (m = 2, 100 points), 12 (m = 3, 91 points: Deb &amp; Jain 2014), 8 (m = 4, 165), 6 (m = 5, 210: Deb &amp;
     * Jain 2014), 4 (m = 6..7: 126, 210), 3 (m ≥ 8: 120 at m = 8, 220 at m = 10). Deb &amp; Jain use two-layer
     * sets from m = 8 on; BOMOCO uses one layer everywhere.
     */
    public static int benchmarkDivisions(int m) {
        return switch (m) {
            case 2 -> 99;
            case 3 -> 12;
            case 4 -> 8;
            case 5 -> 6;
            case 6, 7 -> 4;
            default -> 3;
        };
    }

    /** {@code divisions} of a record on a placement problem: as given, else {@value #PLACEMENT_DIVISIONS}. */
    public static int placement(int divisions) {
        return divisions > 0 ? divisions : PLACEMENT_DIVISIONS;
    }

    /** {@code divisions} of a record on a benchmark of {@code m} objectives: as given, else the default for m. */
    public static int benchmark(int divisions, int m) {
        return divisions > 0 ? divisions : benchmarkDivisions(m);
    }

    /** Reads {@value #DIVISIONS_KEY}: 0 when absent; at most 40 when placement problems are among the targets. */
    static int read(ConfigValues v) {
        return v.integer(DIVISIONS_KEY, 0, 1, v.placement() ? MAX_PLACEMENT_DIVISIONS : MAX_BENCHMARK_DIVISIONS);
    }
}
