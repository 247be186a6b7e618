package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.List;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.SpecParameters;
import org.bomoco.algorithms.WeightLattice;
import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.bomoco.problem.PlacementProblem;
import org.moeaframework.algorithm.single.GeneticAlgorithm;
import org.moeaframework.core.comparator.LinearDominanceComparator;

/**
 * The weighted-sum method ({@code weighted-sum@moea}): one single-objective genetic algorithm (MOEA Framework's
 * {@code GeneticAlgorithm}: binary tournament, elitist) per weight vector of a Das–Dennis simplex lattice
 * ({@link WeightLattice#simplexLattice}) with parameter {@code divisions} (default {@value #DIVISIONS}: C(3+4, 4) = 35
 * vectors at 5 objectives), each minimising {@code Σ w_k·f_k/scale_k} with the objectives normalised by their current-state values
 * ({@link Scales}), constraints first (the library's {@code LinearDominanceComparator}: smaller total normalised
 * violation wins, then the weighted sum). Each GA uses our operators and initialization and gets an equal share
 * of the budget ({@code evaluations / vectors}, the first {@code evaluations mod vectors} one more); its
 * population is the spec's or {@value #POPULATION} (small, as each GA has a small share). The front is the
 * {@link Fronts#finalFront} of the per-weight best solutions (feasible ones when any exists). A weighted sum only
 * reaches supported (convex-hull) points of the front: that is the method's known limit, and the reason to
 * compare it with the Pareto-based algorithms.
 */
final class WeightedSumOptimizer implements Optimizer {
    /** Default lattice divisions ({@link AlgorithmConfig.WeightedSum#DIVISIONS}). */
    static final int DIVISIONS = AlgorithmConfig.WeightedSum.DIVISIONS;
    /** Default population of each GA. */
    static final int POPULATION = 50;

    @Override
    public String baseId() {
        return "weighted-sum";
    }

    @Override
    public String library() {
        return MoeaOptimizer.LIBRARY;
    }

    @Override
    public boolean preferred() {
        return true;
    }

    @Override
    public ConfigSchema<AlgorithmConfig.WeightedSum> configSchema() {
        return ConfigSchema.WEIGHTED_SUM;
    }

    @Override
    public String description() {
        return "weighted sums over a simplex lattice, one genetic algorithm per weight vector, objectives "
                + "normalised by the current state; placement crossover and mutation (MOEA Framework 5.0)";
    }

    /** The population asked for and the budget: one generation per weight vector must fit. */
    @Override
    public void check(AlgorithmConfig config, RunShape shape) {
        population((AlgorithmConfig.WeightedSum) config, shape);
    }

    private int population(AlgorithmConfig.WeightedSum config, RunShape shape) {
        long vectors = WeightLattice.latticeSize(MoeaAlgorithm.OBJECTIVES, config.divisions());
        int population = MoeaRuns.population(shape.population(), POPULATION);
        SpecParameters.requireBudget(shape.evaluations(), population * vectors, id() + " (" + vectors
                + " weight vectors share the budget, one generation of " + population + " each)");
        return population;
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
        AlgorithmConfig.WeightedSum config = ConfigSchema.WEIGHTED_SUM.read(id(), spec.parameters(),
                Target.PLACEMENT_ONLY);
        List<double[]> weights = WeightLattice.simplexLattice(MoeaAlgorithm.OBJECTIVES, config.divisions());
        int population = population(config, RunShape.of(spec));
        Scales scales = Scales.of(problem);
        try (ParallelEvaluation evaluation = ParallelEvaluation.of(config)) {
            MoeaRuns.Components c = MoeaRuns.components(problem, scales, PlacementMoeaProblem.Mode.CONSTRAINED,
                    config.variation(), spec.seed(), List.of(), evaluation);
            Checkpoints checkpoints = new Checkpoints(spec.checkpoints(), listener);
            List<Candidate> bests = new ArrayList<>();
            long evaluations = 0;
            for (int w = 0; w < weights.size(); w++) {
                long share = spec.evaluations() / weights.size()
                        + (w < spec.evaluations() % weights.size() ? 1 : 0);
                GeneticAlgorithm ga = new GeneticAlgorithm(c.search(), population,
                        new LinearDominanceComparator(weights.get(w)), c.initialization(), c.variation());
                evaluations += MoeaRuns.run(ga, share, checkpoints, evaluations, c.problem(), bests, evaluation);
                bests.addAll(MoeaRuns.candidates(ga.getResult(), c.problem(), evaluation));
            }
            List<Candidate> front = MoeaRuns.front(bests, c.problem());
            checkpoints.finish(evaluations, front);
            return new SolveResult(id(), MoeaOptimizer.LIBRARY_NAME, front, evaluations, checkpoints.elapsed());
        }
    }

    @Override
    public String toString() {
        return id();
    }
}
