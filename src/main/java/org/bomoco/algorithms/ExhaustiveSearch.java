package org.bomoco.algorithms;

import java.util.List;

import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.bomoco.model.InputException;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * {@code exact@bomoco}: exhaustive enumeration of the whole decision space (the product of the variable ranges),
 * giving the true Pareto front of small instances — the reference front for indicators. The result is
 * {@link Fronts#finalFront} of the whole space: every feasible non-dominated decision, ties kept (two decisions with
 * equal objectives are both returned), or the least-violating ones when nothing is feasible.
 *
 * <p>An odometer over one {@code int[]} (variable 0 turns fastest) and ONE {@link Evaluator}; a running
 * {@link Archive}; nothing is allocated per point except archive entries. O(|space|·(N + |archive|)) time.
 * Region variables run over the workload's {@link PlacementProblem#regionChoices} only (its region scope).
 * {@code spec.evaluations()}, population and seed are ignored; the real count (the space size) is reported.
 * Parameter {@code maxSolutions} (default {@value #DEFAULT_MAX_SOLUTIONS}): the run is refused with an
 * {@link InputException} when the space is larger.
 */
public final class ExhaustiveSearch implements Optimizer {
    /** Default largest space enumerated ({@link AlgorithmConfig.Exhaustive#MAX_SOLUTIONS}). */
    public static final long DEFAULT_MAX_SOLUTIONS = AlgorithmConfig.Exhaustive.MAX_SOLUTIONS;
    /** The parameter key. */
    public static final String MAX_SOLUTIONS = "maxSolutions";

    @Override
    public String baseId() {
        return "exact";
    }

    @Override
    public String library() {
        return "bomoco";
    }

    @Override
    public List<String> aliases() {
        return List.of("exhaustive");
    }

    @Override
    public boolean preferred() {
        return true;
    }

    /** {@link ConfigSchema#EXHAUSTIVE}: {@value #MAX_SOLUTIONS}. */
    @Override
    public ConfigSchema<AlgorithmConfig.Exhaustive> configSchema() {
        return ConfigSchema.EXHAUSTIVE;
    }

    @Override
    public String description() {
        return "exhaustive enumeration of every decision: the true Pareto front of small instances (no operators)";
    }

    /**
     * The number of decisions, {@code Π_j (upper_j − lower_j + 1)} (a region variable counts its workload's
     * allowed regions), saturating at {@link Long#MAX_VALUE}.
     */
    public static long spaceSize(PlacementProblem problem) {
        long size = 1;
        for (int j = 0; j < problem.variableCount(); j++) {
            long range = values(problem, j).length;
            if (size > Long.MAX_VALUE / range) {
                return Long.MAX_VALUE;
            }
            size *= range;
        }
        return size;
    }

    /** The exact size, or {@code about 1.2e45} when it saturates. */
    private static String describe(PlacementProblem problem, long size) {
        if (size < Long.MAX_VALUE) {
            return Long.toString(size);
        }
        double log10 = 0;
        for (int j = 0; j < problem.variableCount(); j++) {
            log10 += Math.log10(values(problem, j).length);
        }
        int exponent = (int) Math.floor(log10);
        return String.format(java.util.Locale.ROOT, "about %.1fe%d", Math.pow(10, log10 - exponent), exponent);
    }

    @Override
    public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
        long max = ConfigSchema.EXHAUSTIVE.read(id(), spec.parameters(), Target.PLACEMENT_ONLY).maxSolutions();
        long size = spaceSize(problem);
        if (size > max) {
            throw new InputException(SpecParameters.SOURCE, 0, MAX_SOLUTIONS, "the decision space of "
                    + problem.instance().parameters().name() + " has " + describe(problem, size) + " solutions ("
                    + problem.workloadCount() + " workloads, " + problem.regionCount() + " regions), more than "
                    + "maxSolutions = " + max + "; " + (size < Long.MAX_VALUE ? "raise the limit with the parameter "
                    + "maxSolutions=" + size + " if you can wait for as many evaluations, or use a smaller instance"
                    : "that is beyond any limit the parameter maxSolutions can be raised to; use an instance of a "
                    + "few workloads"));
        }
        Checkpoints checkpoints = new Checkpoints(spec.checkpoints(), listener);
        Archive archive = enumerate(problem, checkpoints);
        List<Candidate> front = archive.front();
        checkpoints.finish(archive.offered(), front);
        return new SolveResult(id(), library(), front, archive.offered(), checkpoints.elapsed());
    }

    /** The values variable {@code j} runs over, ascending: its bounds, or the allowed regions of a region variable. */
    static int[] values(PlacementProblem problem, int j) {
        if (j % PlacementProblem.VARIABLES_PER_WORKLOAD == 0) {
            return problem.regionChoices(j / PlacementProblem.VARIABLES_PER_WORKLOAD);
        }
        return java.util.stream.IntStream.rangeClosed(problem.lowerBound(j), problem.upperBound(j)).toArray();
    }

    private static Archive enumerate(PlacementProblem problem, Checkpoints checkpoints) {
        int n = problem.variableCount();
        int[][] values = new int[n][];
        int[] zero = new int[n];
        int[] last = new int[n];
        for (int j = 0; j < n; j++) {
            values[j] = values(problem, j);
            last[j] = values[j].length - 1;
        }
        int[] digits = zero.clone();
        int[] x = new int[n];
        double[] f = new double[Objective.values().length];
        double[] c = new double[Constraint.values().length];
        Evaluator evaluator = problem.newEvaluator();
        Archive archive = new Archive(ViolationScales.of(problem));
        long count = 0;
        do {
            for (int j = 0; j < n; j++) {
                x[j] = values[j][digits[j]];
            }
            evaluator.evaluate(x, f, c);
            archive.offer(x, f, c);
            count++;
            if (checkpoints.reached(count)) {
                checkpoints.report(count, archive::front);
            }
        } while (advance(digits, zero, last));
        return archive;
    }

    /** Odometer step: increments {@code x} (variable 0 fastest); false after the last decision. */
    static boolean advance(int[] x, int[] lower, int[] upper) {
        for (int j = 0; j < x.length; j++) {
            if (x[j] < upper[j]) {
                x[j]++;
                return true;
            }
            x[j] = lower[j];
        }
        return false;
    }
}
