package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * {@code composite@bomoco}: the original BOMOCO composite-score method ({@link CompositePlanner}) run over a set of
 * weight vectors; each vector gives one plan (one point), and the result is {@link Fronts#finalFront} of the plans.
 * Weight vectors: parameter {@code weights} (a list of 5-number lists, one 5-number list, or a string
 * {@code "w1,w2,w3,w4,w5; ..."}), else the Das–Dennis lattice ({@link WeightLattice#simplexLattice}) with parameter
 * {@code divisions} (default {@value #DEFAULT_DIVISIONS}: 70 vectors for 5 objectives). Deterministic: the seed,
 * population and {@code spec.evaluations()} are ignored; the real count (scoring plus greedy checks) is reported.
 */
public final class CompositeSearch implements Optimizer {
    /** Default lattice divisions. */
    public static final int DEFAULT_DIVISIONS = 4;
    /** Parameter keys. */
    public static final String DIVISIONS = "divisions";
    public static final String WEIGHTS = "weights";

    @Override
    public String baseId() {
        return "composite";
    }

    /** The seed is ignored (see the class comment). */
    @Override
    public boolean seedIndependent() {
        return true;
    }

    @Override
    public String library() {
        return "bomoco";
    }

    @Override
    public List<String> aliases() {
        return List.of("bomoco", "composite-score");
    }

    @Override
    public boolean preferred() {
        return true;
    }

    @Override
    public Optional<List<String>> parameterKeys() {
        return Optional.of(List.of(DIVISIONS, WEIGHTS));
    }

    @Override
    public String description() {
        return "composite-score baseline (original BOMOCO): greedy best single change per workload, one plan per "
                + "weight vector of a simplex lattice (no operators)";
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
        List<double[]> weights = weightVectors(spec);
        Checkpoints checkpoints = new Checkpoints(spec.checkpoints(), listener);
        CompositePlanner planner = new CompositePlanner(problem);
        long evaluations = planner.evaluations();
        Archive archive = new Archive(ViolationScales.of(problem));
        for (double[] w : weights) {
            CompositePlan plan = planner.plan(w);
            evaluations += plan.evaluations();
            archive.offer(plan.decision(), plan.objectives(), plan.constraints());
            checkpoints.report(evaluations, archive::front);
        }
        List<Candidate> front = archive.front();
        checkpoints.finish(evaluations, front);
        return new SolveResult(id(), library(), front, evaluations, checkpoints.elapsed());
    }

    /** The weight vectors a spec asks for (validated; unknown parameter keys are rejected). */
    public static List<double[]> weightVectors(SolveSpec spec) {
        SpecParameters parameters = SpecParameters.of(spec, List.of(DIVISIONS, WEIGHTS));
        int m = Objective.values().length;
        Object given = spec.parameters().get(WEIGHTS);
        if (given != null && spec.parameters().containsKey(DIVISIONS)) {
            throw new InputException(SpecParameters.SOURCE, 0, DIVISIONS, "give either 'weights' or 'divisions'");
        }
        if (given == null) {
            return WeightLattice.simplexLattice(m, parameters.intValue(DIVISIONS, DEFAULT_DIVISIONS, 1, 60));
        }
        List<double[]> out = new ArrayList<>();
        if (given instanceof String s) {
            for (String vector : s.split(";")) {
                out.add(vector(List.of((Object[]) vector.split(",")), m));
            }
        } else if (given instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof List<?>) {
            for (Object vector : list) {
                out.add(vector(vector instanceof List<?> l ? l : List.of(vector), m));
            }
        } else if (given instanceof List<?> list) {
            out.add(vector(list, m));
        } else if (given instanceof double[] single) {
            out.add(vector(Arrays.stream(single).boxed().map(Object.class::cast).toList(), m));
        } else {
            throw new InputException(SpecParameters.SOURCE, 0, WEIGHTS, "expected lists of " + m + " numbers");
        }
        return out;
    }

    private static double[] vector(List<?> values, int m) {
        if (values.size() != m) {
            throw new InputException(SpecParameters.SOURCE, 0, WEIGHTS, "a weight vector needs " + m
                    + " numbers (cost, carbon, water, performance, kpi), got " + values);
        }
        double[] w = new double[m];
        double sum = 0;
        for (int k = 0; k < m; k++) {
            w[k] = SpecParameters.number(values.get(k), WEIGHTS);
            if (!(w[k] >= 0) || !Double.isFinite(w[k])) {
                throw new InputException(SpecParameters.SOURCE, 0, WEIGHTS, "weights must be finite and "
                        + "non-negative, got " + values);
            }
            sum += w[k];
        }
        if (!(sum > 0)) {
            throw new InputException(SpecParameters.SOURCE, 0, WEIGHTS, "a weight vector must not be all zero");
        }
        return w;
    }
}
