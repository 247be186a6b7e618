package org.bomoco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bomoco.algorithms.Candidate;
import org.bomoco.api.MultiObjectiveOptimizer;
import org.bomoco.api.OptimizerSettings;
import org.bomoco.data.InstanceReader;
import org.bomoco.experiment.FrontFiles;
import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.recommend.FrontPicker;
import org.bomoco.recommend.Recommendation;
import org.bomoco.recommend.Recommender;
import org.bomoco.recommend.Weights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bomoco recommend}: pick one trade-off from a front and rank the changes it makes. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Solve an instance (or read a stored front), pick one solution and print its changes as "
                + "ranked recommendations with per-objective deltas, risk and composite score.")
final class RecommendCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--instance", required = true, paramLabel = "DIR", description = "Instance directory.")
    Path instance;

    @Option(names = "--front", paramLabel = "FILE",
            description = "A front CSV written by 'solve' for this instance (instead of solving again).")
    Path front;

    @Option(names = "--algorithm", defaultValue = "nsga2", paramLabel = "ID",
            description = "Algorithm when solving (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--evaluations", defaultValue = "20000", paramLabel = "N",
            description = "Evaluation budget when solving (default: ${DEFAULT-VALUE}).")
    long evaluations;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--weights", defaultValue = "cost=0.35,carbon=0.25,water=0.10,performance=0.20,kpi=0.10",
            paramLabel = "K=W,...", description = "Weights over cost, carbon, water, performance, kpi "
                    + "(default: ${DEFAULT-VALUE}).")
    String weights;

    @Option(names = "--pick", defaultValue = "weights", paramLabel = "knee|weights|compromise",
            description = "How to pick one solution: the knee point, the solution whose pseudo-weights are closest "
                    + "to --weights, or compromise programming (default: ${DEFAULT-VALUE}).")
    String pick;

    @Option(names = "--max", defaultValue = "20", paramLabel = "N",
            description = "At most this many recommendations (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws JsonProcessingException {
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new InputException("--format", 0, null, "'" + format + "' is not table, csv or json");
        }
        FrontPicker.Method method = FrontPicker.Method.parse(pick).orElseThrow(() -> new InputException("--pick", 0,
                null, "'" + pick + "' is not knee, weights or compromise"));
        OptimizerSettings settings = OptimizerSettings.defaults().withAlgorithm(algorithm)
                .withEvaluations(evaluations).withSeed(seed).withWeights(Weights.parse(weights)).withPick(method);
        MultiObjectiveOptimizer optimizer = new MultiObjectiveOptimizer(settings);
        PlacementProblem problem = PlacementProblem.compile(InstanceReader.read(instance));
        List<Candidate> set = front != null ? FrontFiles.read(problem, front) : optimizer.optimize(problem).front();
        Candidate chosen = optimizer.pick(set);
        List<Recommendation> recs = new Recommender(problem, settings.weights()).recommend(chosen.decision())
                .top(max);
        PrintWriter pw = spec.commandLine().getOut();
        switch (format) {
            case "json" -> pw.println(json(chosen, recs));
            case "csv" -> csv(pw, recs);
            default -> table(pw, chosen, recs, set.size());
        }
        pw.flush();
        return 0;
    }

    private static String deltaColumn(Objective o) {
        return "delta_" + FrontFiles.column(o);
    }

    private static void csv(PrintWriter pw, List<Recommendation> recs) {
        List<String> header = new ArrayList<>(List.of("rank", "workload", "action", "from", "to"));
        for (Objective o : Objective.values()) {
            header.add(deltaColumn(o));
        }
        header.addAll(List.of("risk", "composite_score"));
        pw.println(String.join(",", header));
        int rank = 1;
        for (Recommendation r : recs) {
            StringBuilder sb = new StringBuilder().append(rank++).append(',').append(r.workloadId()).append(',')
                    .append(r.action().id()).append(',').append(r.from()).append(',').append(r.to());
            for (double d : r.deltas()) {
                sb.append(',').append(d);
            }
            pw.println(sb.append(',').append(r.risk().id()).append(',').append(r.compositeScore()));
        }
    }

    private static String json(Candidate chosen, List<Recommendation> recs) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> objectives = new LinkedHashMap<>();
        for (Objective o : Objective.values()) {
            objectives.put(o.id(), chosen.objective(o.ordinal()));
        }
        root.put("chosen", Map.of("objectives", objectives, "feasible", chosen.feasible()));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Recommendation r : recs) {
            list.add(r.toJson());
        }
        root.put("recommendations", list);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static void table(PrintWriter pw, Candidate chosen, List<Recommendation> recs, int frontSize) {
        pw.printf(Locale.ROOT, "picked 1 of %d solutions (%s)%n", frontSize, chosen.feasible() ? "feasible"
                : "infeasible: total violation " + chosen.totalViolation());
        pw.printf(Locale.ROOT, "%-4s %-18s %-16s %-28s %11s %11s %11s %11s %11s %-6s %8s%n", "#", "workload", "action",
                "from -> to", "cost $", "carbon kg", "water L", "perf ms", "kpi $", "risk", "score");
        int rank = 1;
        for (Recommendation r : recs) {
            double[] d = r.deltas();
            pw.printf(Locale.ROOT, "%-4d %-18s %-16s %-28s %11.2f %11.3f %11.2f %11.2f %11.2f %-6s %8.4f%n", rank++,
                    r.workloadId(), r.action().id(), r.from() + " -> " + r.to(), d[0], d[1], d[2], d[3], d[4],
                    r.risk().id(), r.compositeScore());
        }
        if (recs.isEmpty()) {
            pw.println("(no change: the picked solution is the current state)");
        }
        pw.println("deltas are per month, the change alone against the current state; negative = saving");
    }
}
