package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.RunShape;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Parameter;
import org.bomoco.algorithms.config.Target;
import org.bomoco.data.InstanceReader;
import org.bomoco.experiment.FrontFiles;
import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bomoco solve}: one seeded run of one algorithm; the final non-dominated set as CSV. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Solve an instance with one algorithm and write the final non-dominated set (decision, five "
                + "objectives, feasibility) as CSV. Algorithms: see --list.")
final class SolveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--instance", paramLabel = "DIR", description = "Instance directory.")
    Path instance;

    @Option(names = "--algorithm", defaultValue = "nsga2", paramLabel = "ID",
            description = "Algorithm id or alias (default: ${DEFAULT-VALUE}); e.g. nsga2, nsga2@jmetal, nsga3, moead, "
                    + "composite, random, exact.")
    String algorithm;

    @Option(names = "--evaluations", defaultValue = "20000", paramLabel = "N",
            description = "Evaluation budget (default: ${DEFAULT-VALUE}).")
    long evaluations;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--population", defaultValue = "0", paramLabel = "P",
            description = "Population size (default: the algorithm's).")
    int population;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "Algorithm parameter, repeatable (e.g. --param divisions=6).")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--parallel-evaluation", paramLabel = "N",
            description = "Evaluate each generation's offspring on N threads (0: every core; same result as 1, "
                    + "the default). Sets --param " + ParallelEvaluation.KEY + "=N.")
    Integer parallelEvaluation;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Front CSV to write (default: results/<instance>/<algorithm>-s<seed>.csv).")
    Path out;

    @Option(names = "--list", description = "List the registered algorithms (plug-ins included) and exit.")
    boolean list;

    @Mixin
    PluginOption plugins;

    @Override
    public Integer call() throws IOException {
        AlgorithmRegistry registry = plugins.registry();
        PrintWriter pw = spec.commandLine().getOut();
        if (list) {
            list(pw, registry);
            pw.flush();
            return 0;
        }
        if (instance == null) {
            throw new InputException("--instance", 0, null, "missing; give an instance directory");
        }
        Optimizer optimizer = registry.get(algorithm);
        if (parallelEvaluation != null) {
            parameters.put(ParallelEvaluation.KEY, parallelEvaluation.toString());
        }
        configure(optimizer, parameters, RunShape.placement(population, evaluations));
        PlacementProblem problem = PlacementProblem.compile(InstanceReader.read(instance));
        SolveResult result = optimizer.solve(problem, new SolveSpec(algorithm, evaluations, seed, population,
                Map.copyOf(parameters), List.of()), ProgressListener.NONE);
        Path file = out != null ? out : Path.of("results", problem.instance().parameters().name(),
                result.algorithm().replace('@', '-') + "-s" + seed + ".csv");
        FrontFiles.write(problem, result.front(), file);
        printSummary(pw, problem, result);
        pw.println("wrote " + file);
        pw.flush();
        return 0;
    }

    /**
     * Reads {@code --param} values into the optimizer's typed configuration and checks it against the run's
     * population and budget ({@link Optimizer#check}) before the instance is read, so that a misspelled key or a
     * bad value fails at once (file {@code --param}, field = the key).
     */
    static void configure(Optimizer optimizer, Map<String, String> parameters, RunShape shape) {
        try {
            optimizer.check(optimizer.configure(parameters, Target.PLACEMENT_ONLY), shape);
        } catch (InputException e) {
            String prefix = new InputException(e.file(), e.line(), e.field(), "").getMessage();
            String message = e.getMessage();
            boolean option = e.field() == null && ("population".equals(e.file()) || "evaluations".equals(e.file()));
            throw new InputException(option ? "--" + e.file() : "--param", 0, e.field(),
                    message.startsWith(prefix) ? message.substring(prefix.length()) : message);
        }
    }

    /**
     * {@code --list}: per optimizer (plug-ins included) its id and description, then its parameters on placement
     * problems (key=default (type and range), from its {@link ConfigSchema}) and the further keys it takes on
     * benchmark problems.
     */
    static void list(PrintWriter pw, AlgorithmRegistry registry) {
        for (Optimizer o : registry.all()) {
            pw.printf(Locale.ROOT, "%-22s %s%s%n", o.id(), o.preferred() ? "(default for " + o.baseId() + ") "
                    : "", o.description());
            ConfigSchema<?> schema = o.configSchema();
            java.util.Optional<List<Parameter>> placement = schema.parameters(Target.PLACEMENT_ONLY);
            if (placement.isEmpty()) {
                pw.println("    parameters: any key (not declared by the optimizer; it checks them when it runs)");
                continue;
            }
            pw.println("    parameters: " + String.join(", ", placement.get().stream().map(Parameter::toString)
                    .toList()));
            List<String> placementKeys = placement.get().stream().map(Parameter::key).toList();
            List<Parameter> onBenchmarks = schema.parameters(Target.BENCHMARK_ONLY).orElse(List.of());
            List<String> benchmarkKeys = onBenchmarks.stream().map(Parameter::key).toList();
            List<String> more = onBenchmarks.stream().filter(p -> !placementKeys.contains(p.key()))
                    .map(Parameter::toString).toList();
            if (o.supportsBenchmarks() && !more.isEmpty()) {
                pw.println("    on benchmarks also: " + String.join(", ", more) + "; not: " + String.join(", ",
                        placementKeys.stream().filter(k -> !benchmarkKeys.contains(k)).toList()));
            }
        }
    }

    static void printSummary(PrintWriter pw, PlacementProblem problem, SolveResult r) {
        double secs = r.elapsed().toNanos() / 1e9;
        long feasible = r.front().stream().filter(Candidate::feasible).count();
        pw.printf(Locale.ROOT, "%s on %s: %,d evaluations in %.2f s (%,.0f evaluations/s)%n", r.algorithm(),
                problem.instance().parameters().name(), r.evaluations(), secs, r.evaluations() / Math.max(secs, 1e-9));
        pw.printf(Locale.ROOT, "front: %d solutions, %d feasible%n%n", r.front().size(), feasible);
        double[] current = problem.evaluate(problem.currentDecision()).objectives();
        pw.printf(Locale.ROOT, "%-12s %16s %16s %16s  %s%n", "objective", "min", "max", "current", "unit");
        for (Objective o : Objective.values()) {
            int k = o.ordinal();
            double min = r.front().stream().mapToDouble(c -> c.objective(k)).min().orElse(Double.NaN);
            double max = r.front().stream().mapToDouble(c -> c.objective(k)).max().orElse(Double.NaN);
            pw.printf(Locale.ROOT, "%-12s %16.4f %16.4f %16.4f  %s%n", o.id(), min, max, current[k], o.unit());
        }
    }
}
