package org.bomoco.algorithms.moea;

import static org.bomoco.algorithms.moea.MoeaAlgorithm.DIVISIONS;
import static org.bomoco.algorithms.moea.MoeaAlgorithm.DIVISIONS_KEY;
import static org.bomoco.algorithms.moea.MoeaAlgorithm.MAX_DIVISIONS;
import static org.bomoco.algorithms.moea.MoeaAlgorithm.OBJECTIVES;

import org.bomoco.algorithms.SpecParameters;
import org.moeaframework.algorithm.AGEMOEAII;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.PAES;
import org.moeaframework.algorithm.PESA2;
import org.moeaframework.algorithm.RVEA;
import org.moeaframework.algorithm.UNSGAIII;
import org.moeaframework.algorithm.VEGA;
import org.moeaframework.core.population.NondominatedPopulation;
import org.moeaframework.core.population.Population;
import org.moeaframework.core.population.ReferenceVectorGuidedPopulation;
import org.moeaframework.util.weights.NormalBoundaryDivisions;

/**
 * Builds the MOEA Framework 5.0 algorithms added to {@link MoeaAlgorithm} after the first seven, each with our
 * variation and initialization. Where the library's full constructor takes a package-private population type
 * (AGE-MOEA-II) or a niching comparator (U-NSGA-III), the short constructor is used and the library's setters
 * replace its default (real-valued) operators and random initialization before the first step. Each method reads
 * only its own parameters, so a typed configuration can replace {@link SpecParameters} method by method.
 */
final class MoeaBuilders {
    /** Largest grid bisections of PESA2 and PAES: the adaptive grid has 2^(5·b) cells at 5 objectives. */
    static final int MAX_BISECTIONS = 4;
    static final int BISECTIONS = 4;
    static final int ARCHIVE = 100;

    private MoeaBuilders() {
    }

    static Algorithm unsga3(MoeaAlgorithm.Setup s) {
        UNSGAIII a = new UNSGAIII(s.problem(), new NormalBoundaryDivisions(
                s.parameters().intValue(DIVISIONS_KEY, DIVISIONS, 1, MAX_DIVISIONS)));
        a.setInitialPopulationSize(s.population());
        a.setVariation(s.variation());
        a.setInitialization(s.initialization());
        return a;
    }

    static Algorithm agemoea2(MoeaAlgorithm.Setup s) {
        AGEMOEAII a = new AGEMOEAII(s.problem());
        a.setInitialPopulationSize(s.population());
        a.setVariation(s.variation());
        a.setInitialization(s.initialization());
        return a;
    }

    /** RVEA's angle penalty grows with generation/maxGenerations: the budget's generations are passed. */
    static Algorithm rvea(MoeaAlgorithm.Setup s) {
        SpecParameters p = s.parameters();
        int generations = (int) Math.max(1, Math.min(Integer.MAX_VALUE, s.spec().evaluations() / s.population()));
        ReferenceVectorGuidedPopulation population = new ReferenceVectorGuidedPopulation(OBJECTIVES,
                new NormalBoundaryDivisions(MoeaAlgorithm.moeadDivisions(s.spec(), p)),
                p.doubleValue("alpha", 2, 0, 100));
        return new RVEA(s.problem(), s.population(), population, s.variation(), s.initialization(), generations,
                Math.max(1, (int) Math.round(generations * p.doubleValue("adaptFrequency", 0.1, 0, 1))));
    }

    static Algorithm pesa2(MoeaAlgorithm.Setup s) {
        SpecParameters p = s.parameters();
        return new PESA2(s.problem(), s.population(), s.variation(), s.initialization(),
                p.intValue("bisections", BISECTIONS, 1, MAX_BISECTIONS), p.intValue("archiveSize", ARCHIVE, 1,
                        1_000_000));
    }

    static Algorithm paes(MoeaAlgorithm.Setup s) {
        SpecParameters p = s.parameters();
        PAES a = new PAES(s.problem(), new PlacementMoeaMutation(s.variation().operators(), s.rng()),
                p.intValue("bisections", BISECTIONS, 1, MAX_BISECTIONS),
                p.intValue("archiveSize", ARCHIVE, 1, 1_000_000));
        a.setInitialization(s.initialization());
        return a;
    }

    static Algorithm vega(MoeaAlgorithm.Setup s) {
        return new VEGA(s.problem(), s.population(), new Population(), new NondominatedPopulation(),
                s.initialization(), s.variation());
    }
}
