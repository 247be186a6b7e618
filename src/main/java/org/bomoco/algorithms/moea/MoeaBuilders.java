package org.bomoco.algorithms.moea;

import static org.bomoco.algorithms.moea.MoeaAlgorithm.OBJECTIVES;

import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.Lattice;
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
 * its record of {@link AlgorithmConfig} (defaults and ranges are the record's).
 */
final class MoeaBuilders {
    private MoeaBuilders() {
    }

    static Algorithm unsga3(MoeaAlgorithm.Setup s) {
        UNSGAIII a = new UNSGAIII(s.problem(), new NormalBoundaryDivisions(
                Lattice.placement(s.config(AlgorithmConfig.ReferencePoints.class).divisions())));
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
        AlgorithmConfig.Rvea c = s.config(AlgorithmConfig.Rvea.class);
        int generations = (int) Math.max(1, Math.min(Integer.MAX_VALUE, s.spec().evaluations() / s.population()));
        ReferenceVectorGuidedPopulation population = new ReferenceVectorGuidedPopulation(OBJECTIVES,
                new NormalBoundaryDivisions(MoeaAlgorithm.moeadDivisions(s.spec().population(), c.divisions())), c.alpha());
        return new RVEA(s.problem(), s.population(), population, s.variation(), s.initialization(), generations,
                Math.max(1, (int) Math.round(generations * c.adaptFrequency())));
    }

    static Algorithm pesa2(MoeaAlgorithm.Setup s) {
        AlgorithmConfig.GridArchive c = s.config(AlgorithmConfig.GridArchive.class);
        return new PESA2(s.problem(), s.population(), s.variation(), s.initialization(), c.bisections(),
                c.archiveSize());
    }

    static Algorithm paes(MoeaAlgorithm.Setup s) {
        AlgorithmConfig.GridArchive c = s.config(AlgorithmConfig.GridArchive.class);
        PAES a = new PAES(s.problem(), new PlacementMoeaMutation(s.variation().operators(), s.rng()),
                c.bisections(), c.archiveSize());
        a.setInitialization(s.initialization());
        return a;
    }

    static Algorithm vega(MoeaAlgorithm.Setup s) {
        return new VEGA(s.problem(), s.population(), new Population(), new NondominatedPopulation(),
                s.initialization(), s.variation());
    }
}
