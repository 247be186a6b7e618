package org.bomoco.algorithms;

import org.bomoco.algorithms.config.Target;
import org.bomoco.problem.Objective;

/**
 * What a run is given besides its configuration, as far as it is known before any instance is loaded: the kind of
 * problem, its number of objectives, the population asked for and the budget. {@link Optimizer#check} tests a
 * configuration against it, so that an experiment file fails at load what would otherwise fail only when its run
 * starts (SPEA2's {@code k} against the population, an ε vector against the objectives, a lattice too large, a
 * budget below one generation).
 *
 * @param target placement or benchmark problem
 * @param objectives the problem's number of objectives (five on placement problems)
 * @param population the population asked for, 0 = the algorithm's default (a negative one is the optimizer's
 *     {@link org.bomoco.model.InputException} to raise)
 * @param evaluations the evaluation budget of the run
 */
public record RunShape(Target target, int objectives, int population, long evaluations) {
    /** The objectives of every placement problem. */
    public static final int PLACEMENT_OBJECTIVES = Objective.values().length;

    public RunShape {
        java.util.Objects.requireNonNull(target, "target");
        if (objectives < 1) {
            throw new IllegalArgumentException("a problem has at least one objective, got " + objectives);
        }
    }

    /** A placement run of {@code population} (0 = default) and {@code evaluations}. */
    public static RunShape placement(int population, long evaluations) {
        return new RunShape(Target.PLACEMENT, PLACEMENT_OBJECTIVES, population, evaluations);
    }

    /** A benchmark run at {@code objectives} objectives. */
    public static RunShape benchmark(int objectives, int population, long evaluations) {
        return new RunShape(Target.BENCHMARK, objectives, population, evaluations);
    }

    /** The placement run of {@code spec}. */
    public static RunShape of(SolveSpec spec) {
        return placement(spec.population(), spec.evaluations());
    }

    /** The run of {@code spec} on {@code problem}. */
    public static RunShape of(BenchmarkProblem problem, SolveSpec spec) {
        return benchmark(problem.objectives(), spec.population(), spec.evaluations());
    }

    /** Whether the run is on a benchmark problem. */
    public boolean benchmark() {
        return target == Target.BENCHMARK;
    }
}
