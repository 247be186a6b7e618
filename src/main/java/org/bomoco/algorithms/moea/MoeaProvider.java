package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.List;

import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.OptimizerProvider;

/**
 * Registers the MOEA Framework 5.0 optimizers (library id {@code moea}) with the
 * {@link org.bomoco.algorithms.AlgorithmRegistry}: {@code nsga2}, {@code nsga3}, {@code moead}, {@code smsemoa},
 * {@code spea2}, {@code epsmoea}, {@code ibea}, {@code unsga3}, {@code agemoea2}, {@code rvea},
 * {@code pesa2}, {@code paes}, {@code vega} ({@link MoeaAlgorithm}) and {@code weighted-sum}
 * ({@link WeightedSumOptimizer}). Runs hold no lock: the library's global PRNG keeps one stream per thread,
 * seeded from {@code spec.seed()} at the start of each run, so runs give reproducible results on any thread and
 * beside each other ({@link MoeaRuns}).
 *
 * <p>{@link #PREFERRED}: the algorithms whose bare id resolves here when another library also implements them.
 * {@code nsga2}: on one core, about 21,000 evaluations/s against about 14,000 for {@code nsga2@jmetal} on a generated
 * 1,000-workload instance ({@code bomoco generate --workloads 1000 --seed 7}, then {@code bomoco solve
 * --evaluations 100000 --seed 1} under {@code taskset -c 0}; the same operators, so the difference is the
 * libraries' own overhead). {@code nsga3},
 * {@code moead}: jMetal 6.6's NSGA-III ignores constraints and its MOEA/D needs weight files (LIBRARIES.md). The
 * others have no measured reason either way and are preferred here until one is found.
 */
public final class MoeaProvider implements OptimizerProvider {
    /** Base ids preferred over other libraries' implementations. */
    static final List<String> PREFERRED = List.of("nsga2", "nsga3", "moead", "smsemoa", "spea2", "epsmoea", "ibea");

    @Override
    public List<Optimizer> optimizers() {
        List<Optimizer> all = new ArrayList<>();
        for (MoeaAlgorithm a : MoeaAlgorithm.values()) {
            all.add(new MoeaOptimizer(a, PREFERRED.contains(a.baseId())));
        }
        all.add(new WeightedSumOptimizer());
        return List.copyOf(all);
    }
}
