package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.List;

/**
 * The real-valued operators every adapter uses on {@link BenchmarkProblem}s: simulated binary crossover (SBX; Deb
 * &amp; Agrawal 1995) and polynomial mutation (PM; Deb &amp; Goyal 1996), with the settings of Deb &amp; Jain (2014,
 * NSGA-III, IEEE TEVC 18(4), Table II) as defaults: crossover probability {@code sbxRate} = 1.0, distribution index
 * {@code sbxIndex} η_c = 30; mutation probability per variable {@code pmRate} = 1/n (0 = that default), index
 * {@code pmIndex} η_m = 20. Each adapter hands these numbers to its library's own SBX and PM.
 *
 * @param sbxRate probability that a pair of parents is recombined
 * @param sbxIndex η_c
 * @param pmRate probability that a variable is mutated (already resolved: 1/n for 0)
 * @param pmIndex η_m
 */
public record RealVariation(double sbxRate, double sbxIndex, double pmRate, double pmIndex) {
    /** The parameter names, in {@link SolveSpec#parameters()}. */
    public static final List<String> PARAMETERS = List.of("sbxRate", "sbxIndex", "pmRate", "pmIndex");
    /** Deb &amp; Jain's η_c for NSGA-III. */
    public static final double SBX_INDEX = 30;
    /** Deb &amp; Jain's η_m. */
    public static final double PM_INDEX = 20;
    private static final double MAX_INDEX = 1000;

    /**
     * The operators of {@code parameters} for a problem with {@code variables} variables (defaults as in the class
     * comment); out-of-range values are {@link org.bomoco.model.InputException}s.
     */
    public static RealVariation of(SpecParameters parameters, int variables) {
        double pm = parameters.doubleValue("pmRate", 0, 0, 1);
        return new RealVariation(parameters.doubleValue("sbxRate", 1.0, 0, 1),
                parameters.doubleValue("sbxIndex", SBX_INDEX, 0, MAX_INDEX),
                pm == 0 ? 1.0 / variables : pm,
                parameters.doubleValue("pmIndex", PM_INDEX, 0, MAX_INDEX));
    }

    /** {@link #PARAMETERS} followed by {@code specific}. */
    public static List<String> parametersWith(List<String> specific) {
        List<String> all = new ArrayList<>(PARAMETERS);
        all.addAll(specific);
        return List.copyOf(all);
    }
}
