package org.bomoco.api;

import java.util.List;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.config.Target;
import org.bomoco.model.InputException;
import org.bomoco.model.PlacementInstance;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.recommend.FrontPicker;
import org.bomoco.recommend.Recommendation;
import org.bomoco.recommend.Recommender;

/**
 * Solve a placement instance as a 5-objective problem, pick one trade-off, and rank the changes it makes.
 *
 * <pre>{@code
 * MultiObjectiveOptimizer optimizer = new MultiObjectiveOptimizer(OptimizerSettings.defaults().withSeed(42));
 * List<Recommendation> top = optimizer.generateRecommendations(instance, 10);
 * }</pre>
 *
 * Stateless apart from its settings; each call is one seeded run, so the same settings give the same answers.
 */
public final class MultiObjectiveOptimizer {
    private final OptimizerSettings settings;
    private final AlgorithmRegistry registry;

    public MultiObjectiveOptimizer(OptimizerSettings settings) {
        this(settings, AlgorithmRegistry.standard());
    }

    /**
     * @throws InputException on an unknown algorithm id, parameters its configuration refuses (file
     *     {@code parameters}, field = the key), or a population or budget it cannot run ({@code Optimizer.check})
     */
    public MultiObjectiveOptimizer(OptimizerSettings settings, AlgorithmRegistry registry) {
        this.settings = settings;
        this.registry = registry;
        // fail fast on an unknown id, an unknown parameter key or a bad value (the reader of experiment files),
        // and on what the population and budget make invalid (Optimizer.check)
        Optimizer optimizer = registry.get(settings.algorithm());
        optimizer.check(optimizer.configure(settings.parameters(), Target.PLACEMENT_ONLY),
                RunShape.of(settings.solveSpec()));
    }

    public OptimizerSettings settings() {
        return settings;
    }

    /** Runs the configured algorithm on {@code instance}: the final non-dominated set and run facts. */
    public SolveResult optimize(PlacementInstance instance) {
        return optimize(PlacementProblem.compile(instance));
    }

    /** Runs the configured algorithm on a compiled problem. */
    public SolveResult optimize(PlacementProblem problem) {
        return registry.get(settings.algorithm()).solve(problem, settings.solveSpec(), ProgressListener.NONE);
    }

    /**
     * The solution of {@code front} chosen by the settings' pick method and weights, preferring feasible solutions.
     *
     * @throws InputException when the front is empty
     */
    public Candidate pick(List<Candidate> front) {
        List<Candidate> pool = front.stream().filter(Candidate::feasible).toList();
        if (pool.isEmpty()) {
            pool = front;
        }
        if (pool.isEmpty()) {
            throw new InputException("front", 0, null, "the front is empty; nothing to pick");
        }
        double[][] objectives = pool.stream().map(Candidate::objectives).toArray(double[][]::new);
        int k = FrontPicker.pick(settings.pick(), objectives, settings.weights().normalized().toArray());
        return pool.get(k);
    }

    /**
     * Solves {@code instance}, picks one solution and returns at most {@code maxRecommendations} of its changes,
     * ranked by composite score under the settings' weights.
     */
    public List<Recommendation> generateRecommendations(PlacementInstance instance, int maxRecommendations) {
        PlacementProblem problem = PlacementProblem.compile(instance);
        Candidate chosen = pick(optimize(problem).front());
        return new Recommender(problem, settings.weights()).recommend(chosen.decision()).top(maxRecommendations);
    }
}
