package org.bomoco.algorithms.jmetal;

import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIII;
import org.uma.jmetal.algorithm.multiobjective.nsgaiii.NSGAIIIBuilder;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * jMetal 6.6's classic NSGA-III on a real-valued benchmark, unchanged except that {@link #isStoppingConditionReached}
 * asks the {@link BenchmarkMonitor} (evaluation budget, checkpoints) instead of counting iterations.
 */
final class BenchmarkNSGAIII extends NSGAIII<DoubleSolution> {
    private static final long serialVersionUID = 1L;
    private final transient BenchmarkMonitor monitor;

    BenchmarkNSGAIII(NSGAIIIBuilder<DoubleSolution> builder, BenchmarkMonitor monitor) {
        super(builder);
        this.monitor = monitor;
    }

    @Override
    protected boolean isStoppingConditionReached() {
        return monitor.atGenerationEnd(getPopulation());
    }
}
