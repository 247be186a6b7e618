package org.bomoco.algorithms;

import java.util.List;

/**
 * Supplies optimizers to the {@link AlgorithmRegistry} through {@link java.util.ServiceLoader}: each adapter package
 * ({@code algorithms.moea}, {@code algorithms.jmetal}) and this package register one provider in
 * {@code META-INF/services/org.bomoco.algorithms.OptimizerProvider}, so the registry never imports an adapter.
 */
public interface OptimizerProvider {
    List<Optimizer> optimizers();
}
