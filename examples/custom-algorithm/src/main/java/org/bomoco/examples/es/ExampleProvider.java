package org.bomoco.examples.es;

import java.util.List;

import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.OptimizerProvider;

/**
 * Registers {@link MuPlusLambda} with BOMOCO's algorithm registry. {@code java.util.ServiceLoader} finds this class
 * through {@code META-INF/services/org.bomoco.algorithms.OptimizerProvider} in the plug-in jar; it needs a public
 * no-argument constructor.
 */
public final class ExampleProvider implements OptimizerProvider {
    @Override
    public List<Optimizer> optimizers() {
        return List.of(new MuPlusLambda());
    }
}
