package org.bomoco.examples.es;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.Archive;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.ViolationScales;
import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.bomoco.model.InputException;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * {@code mu-plus-lambda@example}: a multi-objective (μ+λ) evolution strategy (Schwefel's plus selection, with
 * Pareto ranks as fitness as in Deb's "Multi-Objective Optimization Using Evolutionary Algorithms", 2001, ch. 5),
 * written against BOMOCO's optimizer API only.
 *
 * <p>μ parents ({@code population}, default {@value #MU}) start from BOMOCO's informed initialisation (the current
 * state, its headroom repair, perturbed and random plans: {@link PlacementVariation#initial}). Each generation
 * makes λ children (parameter {@code lambda}, default 2μ), each a copy of a uniformly drawn parent mutated by the
 * encoding-aware mutation ({@link PlacementVariation#mutate}, rate {@code mutationRate}, default 1/n; no
 * crossover). The next μ parents are the best of the μ+λ by constrained non-dominated rank
 * ({@link Fronts#nonDominated}: feasible first, then least normalised violation, then Pareto dominance), the last
 * rank that does not fit whole sampled at random. Every evaluated plan goes into a non-dominated {@link Archive},
 * whose front is the result. Exactly {@code spec.evaluations()} evaluations; every random choice comes from
 * {@code new SplittableRandom(spec.seed())}, so a seed gives the same front. O(E·(n + |archive|) + G·(μ+λ)²·m).
 */
public final class MuPlusLambda implements Optimizer {
    /** Default μ. */
    static final int MU = 20;
    static final String LAMBDA = "lambda";
    private static final int MAX_TRIES = 16;

    @Override
    public String baseId() {
        return "mu-plus-lambda";
    }

    @Override
    public String library() {
        return "example";
    }

    @Override
    public List<String> aliases() {
        return List.of("mu+lambda-es");
    }

    /**
     * The keys and their types, checked when a config is loaded ({@code validate}, {@code solve --param}); the
     * values stay a map ({@link AlgorithmConfig.Custom}), read by {@link #number}.
     */
    static final ConfigSchema<AlgorithmConfig.Custom> SCHEMA = ConfigSchema.of(
            List.of(LAMBDA, PlacementVariation.MUTATION_RATE), List.of(), v -> {
                v.integer(LAMBDA, 1, 1, 1_000_000);
                v.real(PlacementVariation.MUTATION_RATE, 0, 0, 1);
                return new AlgorithmConfig.Custom(v.values(),
                        v.integer(ConfigSchema.PARALLEL_EVALUATION, 1, 0, ConfigSchema.MAX_THREADS));
            });

    @Override
    public ConfigSchema<AlgorithmConfig.Custom> configSchema() {
        return SCHEMA;
    }

    @Override
    public String description() {
        return "(mu+lambda) evolution strategy, Pareto-rank plus selection, non-dominated archive (plug-in example)";
    }

    /** Refuses a budget below μ: experiment files call this at load ({@code validate}), {@link #solve} at start. */
    @Override
    public void check(AlgorithmConfig config, RunShape shape) {
        int mu = shape.population() > 0 ? shape.population() : MU;
        if (shape.evaluations() < mu) {
            throw new InputException("evaluations", 0, null, "a budget of " + shape.evaluations() + " is below mu = "
                    + mu + "; give at least " + mu + " evaluations or a smaller population");
        }
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
        check(configure(spec.parameters(), Target.PLACEMENT_ONLY), RunShape.of(spec));
        int mu = spec.population() > 0 ? spec.population() : MU;
        int lambda = (int) number(spec, LAMBDA, 2.0 * mu, 1, 1_000_000);
        double rate = number(spec, PlacementVariation.MUTATION_RATE, 0, 0, 1);
        RandomGenerator rng = new SplittableRandom(spec.seed());
        Run run = new Run(problem, new PlacementVariation(problem, 0, rate), spec, listener);
        List<Candidate> parents = new ArrayList<>();
        int[] current = problem.currentDecision();
        for (int i = 0; i < mu; i++) {
            int[] x = new int[problem.variableCount()];
            run.variation.initial(i, current, x, rng);
            parents.add(run.evaluate(x));
        }
        while (run.evaluations < spec.evaluations()) {
            List<Candidate> pool = new ArrayList<>(parents);
            for (int k = 0; k < lambda && run.evaluations < spec.evaluations(); k++) {
                int[] x = parents.get(rng.nextInt(parents.size())).decision();
                for (int t = 0; t < MAX_TRIES && !run.variation.mutate(x, rng); t++) {
                    // redraw until the child differs from its parent (at most MAX_TRIES times)
                }
                pool.add(run.evaluate(x));
            }
            parents = select(pool, mu, run.scales, rng);
        }
        List<Candidate> front = run.archive.front();
        run.checkpoints.finish(run.evaluations, front);
        return new SolveResult(id(), library(), front, run.evaluations, run.checkpoints.elapsed());
    }

    /** The μ best of {@code pool} by constrained non-dominated rank; the last rank is sampled without bias. */
    static List<Candidate> select(List<Candidate> pool, int mu, double[] scales, RandomGenerator rng) {
        List<Candidate> rest = new ArrayList<>(pool);
        List<Candidate> next = new ArrayList<>();
        while (next.size() < mu && !rest.isEmpty()) {
            List<Candidate> rank = new ArrayList<>(Fronts.nonDominated(rest, scales));
            Set<Candidate> taken = Collections.newSetFromMap(new IdentityHashMap<>());
            taken.addAll(rank);
            rest.removeIf(taken::contains);
            if (next.size() + rank.size() > mu) {
                for (int i = rank.size() - 1; i > 0; i--) {
                    Collections.swap(rank, i, rng.nextInt(i + 1));
                }
                rank = rank.subList(0, mu - next.size());
            }
            next.addAll(rank);
        }
        return next;
    }

    /** A numeric parameter in [min, max], or {@code fallback} when absent. */
    private double number(SolveSpec spec, String key, double fallback, double min, double max) {
        Map<String, Object> p = spec.parameters();
        if (!p.containsKey(key)) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(String.valueOf(p.get(key)));
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("parameters", 0, key, "expected a number from " + min + " to " + max + " for "
                + id() + " but found '" + p.get(key) + "'");
    }

    /** One run's evaluator, archive, checkpoints and evaluation count. */
    private static final class Run {
        final PlacementVariation variation;
        final double[] scales;
        final Archive archive;
        final Checkpoints checkpoints;
        final Evaluator evaluator;
        final double[] f = new double[Objective.values().length];
        final double[] c = new double[Constraint.values().length];
        long evaluations;

        Run(PlacementProblem problem, PlacementVariation variation, SolveSpec spec, ProgressListener listener) {
            this.variation = variation;
            this.scales = ViolationScales.of(problem);
            this.archive = new Archive(scales);
            this.checkpoints = new Checkpoints(spec.checkpoints(), listener);
            this.evaluator = problem.newEvaluator();
        }

        /** Evaluates {@code x}, offers it to the archive and reports a reached checkpoint. */
        Candidate evaluate(int[] x) {
            evaluator.evaluate(x, f, c);
            archive.offer(x, f, c);
            evaluations++;
            if (checkpoints.reached(evaluations)) {
                checkpoints.report(evaluations, archive::front);
            }
            return new Candidate(x, f, c);
        }
    }
}
