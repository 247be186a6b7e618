package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.List;

import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
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
    /** Default lattice divisions ({@link AlgorithmConfig.Composite#DIVISIONS}). */
    public static final int DEFAULT_DIVISIONS = AlgorithmConfig.Composite.DIVISIONS;
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

    /** {@link ConfigSchema#COMPOSITE}: {@value #DIVISIONS} or {@value #WEIGHTS}. */
    @Override
    public ConfigSchema<AlgorithmConfig.Composite> configSchema() {
        return ConfigSchema.COMPOSITE;
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

    /** The weight vectors a spec asks for (read by {@link ConfigSchema#COMPOSITE}, which checks them). */
    public static List<double[]> weightVectors(SolveSpec spec) {
        return weightVectors(ConfigSchema.COMPOSITE.read(spec.algorithm(), spec.parameters(), Target.PLACEMENT_ONLY));
    }

    /** The weight vectors of {@code config}: its explicit ones, else the lattice of its divisions. */
    public static List<double[]> weightVectors(AlgorithmConfig.Composite config) {
        if (config.weights().isEmpty()) {
            return WeightLattice.simplexLattice(Objective.values().length, config.divisions());
        }
        List<double[]> out = new ArrayList<>();
        for (List<Double> w : config.weights()) {
            out.add(w.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out;
    }
}
