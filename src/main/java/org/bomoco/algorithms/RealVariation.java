package org.bomoco.algorithms;

import org.bomoco.algorithms.config.Variation;

/**
 * The real-valued operators every adapter uses on {@link BenchmarkProblem}s: simulated binary crossover (SBX; Deb
 * &amp; Agrawal 1995) and polynomial mutation (PM; Deb &amp; Goyal 1996), with the settings of a {@link Variation}
 * record (defaults of Deb &amp; Jain 2014, NSGA-III, IEEE TEVC 18(4), Table II: SBX probability 1.0, η_c = 30, PM
 * probability 1/n, η_m = 20). Each adapter hands these numbers to its library's own SBX and PM.
 *
 * @param sbxRate probability that a pair of parents is recombined
 * @param sbxIndex η_c
 * @param pmRate probability that a variable is mutated (already resolved: 1/n for 0)
 * @param pmIndex η_m
 */
public record RealVariation(double sbxRate, double sbxIndex, double pmRate, double pmIndex) {
    /** Deb &amp; Jain's η_c for NSGA-III. */
    public static final double SBX_INDEX = Variation.SBX_INDEX;
    /** Deb &amp; Jain's η_m. */
    public static final double PM_INDEX = Variation.PM_INDEX;

    /** The operators of {@code variation} for a problem with {@code variables} variables. */
    public static RealVariation of(Variation variation, int variables) {
        return new RealVariation(variation.sbxRate(), variation.sbxIndex(), variation.pmRate(variables),
                variation.pmIndex());
    }
}
