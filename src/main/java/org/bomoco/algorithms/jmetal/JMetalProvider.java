package org.bomoco.algorithms.jmetal;

import java.util.List;

import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.OptimizerProvider;

/**
 * Registers the jMetal 6.6 optimizers {@code nsga2@jmetal} (alias NSGA-II), {@code nsga3@jmetal} (NSGA-III) and
 * {@code moead@jmetal} (MOEA/D) through {@link java.util.ServiceLoader}. None is {@code preferred}: MOEA Framework's
 * implementations run faster on this problem.
 */
public final class JMetalProvider implements OptimizerProvider {
    @Override
    public List<Optimizer> optimizers() {
        return List.of(new JMetalOptimizer(JMetalOptimizer.Kind.NSGA2), new JMetalOptimizer(JMetalOptimizer.Kind.NSGA3),
                new JMetalOptimizer(JMetalOptimizer.Kind.MOEAD));
    }
}
