package org.bomoco.algorithms;

import java.util.List;

/** Registers the library-free baselines (library id {@code bomoco}): random search, exact enumeration and the
 * composite-score method. */
public final class BaselineProvider implements OptimizerProvider {
    @Override
    public List<Optimizer> optimizers() {
        return List.of(new RandomSearch(), new ExhaustiveSearch(), new CompositeSearch());
    }
}
