package org.bomoco.algorithms;

import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * {@code random@bomoco}: pure random search with the same budget as the evolutionary algorithms — the baseline an
 * optimizer must beat to show that it searches at all. Draws {@code spec.evaluations()} uniformly random decisions
 * through {@link PlacementVariation#randomize} from {@code new SplittableRandom(spec.seed())} (no variation
 * operators), evaluates each with one {@link Evaluator}, and keeps an {@link Archive}, so the result is
 * {@link Fronts#finalFront} of every sample. O(E·(N + |archive|)) time; no parameters; population is ignored.
 * Holds no lock: it uses no global state, so concurrent runs are independent.
 */
public final class RandomSearch implements Optimizer {
    @Override
    public String baseId() {
        return "random";
    }

    @Override
    public String library() {
        return "bomoco";
    }

    @Override
    public List<String> aliases() {
        return List.of("random-search");
    }

    @Override
    public boolean preferred() {
        return true;
    }

    /** {@link ConfigSchema#RANDOM}: no parameters (but {@code parallel_evaluation}, ignored). */
    @Override
    public ConfigSchema<AlgorithmConfig.RandomSampling> configSchema() {
        return ConfigSchema.RANDOM;
    }

    @Override
    public String description() {
        return "random search: uniformly random decisions with the same budget, non-dominated archive (no operators)";
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
        ConfigSchema.RANDOM.read(id(), spec.parameters(), Target.PLACEMENT_ONLY);
        SpecParameters.requireBudget(spec, 1);
        Checkpoints checkpoints = new Checkpoints(spec.checkpoints(), listener);
        PlacementVariation variation = new PlacementVariation(problem, 0, 0);
        SplittableRandom rng = new SplittableRandom(spec.seed());
        Evaluator evaluator = problem.newEvaluator();
        int[] x = new int[problem.variableCount()];
        double[] f = new double[Objective.values().length];
        double[] c = new double[Constraint.values().length];
        Archive archive = new Archive(ViolationScales.of(problem));
        for (long e = 1; e <= spec.evaluations(); e++) {
            variation.randomize(x, rng);
            evaluator.evaluate(x, f, c);
            archive.offer(x, f, c);
            if (checkpoints.reached(e)) {
                checkpoints.report(e, archive::front);
            }
        }
        List<Candidate> front = archive.front();
        checkpoints.finish(spec.evaluations(), front);
        return new SolveResult(id(), library(), front, spec.evaluations(), checkpoints.elapsed());
    }
}
