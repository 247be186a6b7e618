package org.bomoco.algorithms.jmetal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.algorithms.ViolationScales;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.uma.jmetal.problem.Problem;
import org.uma.jmetal.util.bounds.Bounds;

/**
 * The placement problem as a jMetal {@link Problem} over integer decisions ({@link PlacementSolution}), for one
 * run: it holds one {@link Evaluator} per evaluating thread (each allocation-free and holding its own scratch),
 * so {@link #evaluate} may run concurrently on different solutions ({@link PlacementEvaluation}), and counts
 * evaluations.
 *
 * <p>Objectives are the problem's five (all minimised, {@link Objective} order). Constraints follow jMetal's
 * convention, violated when {@code constraints()[k] < 0}: entry {@code k} is {@code −raw_k/scale_k}
 * ({@link ViolationScales#normalised}) with the scales every optimizer shares ({@link ViolationScales#of}), so
 * jMetal's sum of them (its {@code OverallConstraintViolationDegreeComparator}) is the total the reported front
 * uses; the raw violations and their normalised total ({@link ViolationScales#total}) are kept on the solution.
 *
 * <p>The k-th call of {@link #createSolution()} returns member k of {@link PlacementVariation#initial} (the current
 * state, perturbed copies of it and uniformly random decisions). jMetal's initial-population creators (NSGA-II's and
 * MOEA/D's {@code RandomSolutionsCreation}, NSGA-III's {@code createInitialPopulation}) call it once per member.
 */
public final class JMetalPlacementProblem implements Problem<PlacementSolution> {
    private static final long serialVersionUID = 1L;
    private static final int OBJECTIVES = Objective.values().length;
    private static final int CONSTRAINTS = Constraint.values().length;

    private final transient PlacementProblem problem;
    private final transient ThreadLocal<Evaluator> evaluators;
    private final transient PlacementVariation variation;
    private final transient RandomGenerator rng;
    private final transient int[] current;
    private int created;
    private final double[] scales;
    private final List<Bounds<Integer>> bounds;
    private final AtomicLong evaluations = new AtomicLong();

    /**
     * @param problem the placement problem
     * @param variation supplies random decisions within bounds
     * @param rng the run's random generator (used by {@link #createSolution()})
     */
    public JMetalPlacementProblem(PlacementProblem problem, PlacementVariation variation, RandomGenerator rng) {
        this.problem = problem;
        this.evaluators = ThreadLocal.withInitial(problem::newEvaluator);
        this.variation = variation;
        this.rng = rng;
        this.current = problem.currentDecision();
        this.scales = ViolationScales.of(problem);
        List<Bounds<Integer>> b = new ArrayList<>(problem.variableCount());
        for (int j = 0; j < problem.variableCount(); j++) {
            b.add(Bounds.create(problem.lowerBound(j), problem.upperBound(j)));
        }
        this.bounds = Collections.unmodifiableList(b);
    }

    @Override
    public int numberOfVariables() {
        return problem.variableCount();
    }

    @Override
    public int numberOfObjectives() {
        return OBJECTIVES;
    }

    @Override
    public int numberOfConstraints() {
        return CONSTRAINTS;
    }

    @Override
    public String name() {
        return "placement:" + problem.instance().parameters().name();
    }

    /**
     * Evaluates the solution's decision in place (no copy of the variables): objectives, raw violations, jMetal
     * constraints {@code −raw_k/scale_k} and the normalised total; counts one evaluation. Thread-safe
     * for different solutions.
     */
    @Override
    public PlacementSolution evaluate(PlacementSolution s) {
        double[] raw = s.rawConstraints();
        evaluators.get().evaluate(s.decision(), s.objectives(), raw);
        double[] c = s.constraints();
        double total = 0;
        for (int k = 0; k < CONSTRAINTS; k++) {
            double v = ViolationScales.normalised(raw[k], scales[k]);
            c[k] = v == 0 ? 0 : -v;
            total += v;
        }
        s.violation(total);
        evaluations.incrementAndGet();
        return s;
    }

    /** The current state on the first call, then uniformly random decisions drawn from the run's generator. */
    @Override
    public PlacementSolution createSolution() {
        int[] x = new int[problem.variableCount()];
        variation.initial(created++, current, x, rng);
        return wrap(x);
    }

    /** A solution holding {@code x} (not copied), not yet evaluated. */
    public PlacementSolution wrap(int[] x) {
        return new PlacementSolution(x, OBJECTIVES, CONSTRAINTS, bounds);
    }

    /** Evaluations done so far by this problem. */
    public long evaluations() {
        return evaluations.get();
    }

    /** The violation scales of the problem ({@link ViolationScales#of}; a copy). */
    public double[] violationScales() {
        return scales.clone();
    }

    /** The placement problem. */
    public PlacementProblem placementProblem() {
        return problem;
    }
}
