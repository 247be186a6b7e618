package org.bomoco.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.FrontFiles;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.Runner;
import org.bomoco.experiment.SpecReader;
import org.bomoco.model.InputException;
import org.bomoco.model.Provider;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.RegionScope;

/**
 * The stored final solutions of every placement instance of a results directory, <b>re-evaluated</b>: each stored
 * decision ({@link RunRecord#decisions()}) is parsed ({@link FrontFiles#parseDecision}) and evaluated with the
 * problem the instance compiles to (with its scope, egress factor and migration budget), so the objectives and
 * violations below do not trust the stored numbers. Input of the cross-cloud arbitrage tables and the violation check.
 *
 * @param instances the placement instances, in experiment order
 */
record ArbitrageData(List<Instance> instances) {
    ArbitrageData {
        instances = List.copyOf(instances);
    }

    /**
     * One placement instance.
     *
     * @param name instance name
     * @param spec its spec (source and modifiers)
     * @param maxMigrations the migration budget in force (the instance's own or {@code max_migrations})
     * @param current the current state's objectives ({@code Objective} order)
     * @param solutions every final solution of every stored run on it
     */
    record Instance(String name, InstanceSpec spec, int maxMigrations, double[] current, List<Solution> solutions) {
        Instance {
            Objects.requireNonNull(spec, "spec");
            solutions = List.copyOf(solutions);
        }

        RegionScope scope() {
            return spec.modifiers().effectiveScope();
        }
    }

    /**
     * One stored final solution, re-evaluated.
     *
     * @param algorithm algorithm label
     * @param replicate replicate index
     * @param objectives objectives ({@code Objective} order)
     * @param feasible whether every raw violation is 0
     * @param sovereignty raw sovereignty violation (workloads outside their jurisdictions)
     * @param latency raw latency violation (ms over the SLOs)
     * @param outOfScope workloads outside the instance's region scope
     * @param crossProvider workloads placed with another provider than their current one
     */
    record Solution(String algorithm, int replicate, double[] objectives, boolean feasible, double sovereignty,
                    double latency, int outOfScope, int crossProvider, boolean chosen) {
        /** A solution the run reported as feasible (a candidate the report offers). */
        Solution(String algorithm, int replicate, double[] objectives, boolean feasible, double sovereignty,
                 double latency, int outOfScope, int crossProvider) {
            this(algorithm, replicate, objectives, feasible, sovereignty, latency, outOfScope, crossProvider, true);
        }
    }

    /** Whether an experiment asks for the arbitrage section: some placement instance sets {@code scope}. */
    static boolean applies(ExperimentSpec spec) {
        return spec.instances().stream().anyMatch(i -> i.placement() && i.modifiers().scope() != null);
    }

    /**
     * The experiment spec of a results directory ({@code experiment.yaml}), or {@code null} when there is none or it
     * is not a complete experiment file (results assembled by hand carry only a {@code name}); {@code run} always
     * writes a complete one.
     */
    static ExperimentSpec spec(Path output) {
        Path yaml = output.resolve("experiment.yaml");
        if (!Files.isRegularFile(yaml)) {
            return null;
        }
        try {
            return SpecReader.read(yaml);
        } catch (InputException e) {
            return null;
        }
    }

    /** Loads and re-evaluates every finished run of every placement instance of {@code spec}. */
    static ArbitrageData load(Path output, ExperimentSpec spec, InstanceLoader loader) throws IOException {
        RunStore store = new RunStore(output);
        List<RunKey> finished = store.finished(Runner.keys(spec));
        List<Instance> out = new ArrayList<>();
        for (InstanceSpec i : spec.instances()) {
            if (!i.placement()) {
                continue;
            }
            PlacementProblem problem = loader.problem(i);
            List<Solution> solutions = new ArrayList<>();
            for (RunKey k : finished) {
                if (k.instance().equals(i.name())) {
                    solutions.addAll(solutions(problem, store.load(k), output));
                }
            }
            out.add(new Instance(i.name(), i, problem.instance().parameters().maxMigrations(),
                    problem.evaluate(problem.currentDecision()).objectives(), solutions));
        }
        return new ArbitrageData(out);
    }

    private static List<Solution> solutions(PlacementProblem problem, RunRecord run, Path output) {
        int[] current = problem.currentDecision();
        List<Solution> out = new ArrayList<>();
        for (int k = 0; k < run.decisions().size(); k++) {
            String cell = run.decisions().get(k);
            int[] x;
            try {
                x = FrontFiles.parseDecision(problem, cell);
            } catch (IllegalArgumentException e) {
                throw new InputException(output.resolve("runs").resolve(run.key().path() + ".json").toString(), 0,
                        "decisions", e.getMessage() + "; delete the run file and run the experiment again");
            }
            Evaluation ev = problem.evaluate(x);
            double[] c = ev.constraints();
            boolean feasible = java.util.Arrays.stream(c).allMatch(v -> v == 0);
            out.add(new Solution(run.key().algorithm(), run.key().replicate(), ev.objectives(), feasible,
                    c[Constraint.SOVEREIGNTY.ordinal()], c[Constraint.LATENCY.ordinal()], problem.outOfScope(x),
                    crossProvider(problem, current, x), run.feasible().get(k)));
        }
        return out;
    }

    /** Workloads of {@code x} whose region's provider differs from their current region's provider. O(N). */
    static int crossProvider(PlacementProblem problem, int[] current, int[] x) {
        var regions = problem.instance().regions();
        int count = 0;
        for (int b = 0; b < x.length; b += PlacementProblem.VARIABLES_PER_WORKLOAD) {
            Provider from = regions.get(current[b]).provider();
            count += regions.get(x[b]).provider() == from ? 0 : 1;
        }
        return count;
    }
}
