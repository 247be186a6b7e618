package org.bomoco.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bomoco.data.DecisionReader;
import org.bomoco.data.InstanceReader;
import org.bomoco.model.PlacementInstance;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bomoco evaluate}: the five objectives and every constraint's violation of one placement. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a placement of an instance: the five objectives (with units) and every "
                + "constraint's violation.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--instance", required = true, paramLabel = "DIR", description = "Instance directory.")
    Path instance;

    @Option(names = "--decision", defaultValue = "current", paramLabel = "FILE|current",
            description = "Decision CSV (workload,region,size,purchase,delay_h), or 'current' for the current "
                    + "state (default).")
    String decision;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PlacementInstance inst = InstanceReader.read(instance);
        PlacementProblem problem = PlacementProblem.compile(inst);
        int[] x = "current".equals(decision)
                ? problem.currentDecision()
                : problem.encode(DecisionReader.read(Path.of(decision), inst));
        Evaluation ev = problem.evaluate(x);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(inst, ev));
        } else {
            printTable(out, inst, ev);
        }
        out.flush();
        return 0;
    }

    private String toJson(PlacementInstance inst, Evaluation ev) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("instance", inst.parameters().name());
        root.put("decision", decision);
        root.put("workloads", inst.workloads().size());
        Map<String, Object> objectives = new LinkedHashMap<>();
        for (Objective o : Objective.values()) {
            objectives.put(o.id(), entry("value", ev.objective(o), o.unit()));
        }
        root.put("objectives", objectives);
        Map<String, Object> constraints = new LinkedHashMap<>();
        for (Constraint c : Constraint.values()) {
            constraints.put(c.id(), entry("violation", ev.violation(c), c.unit()));
        }
        root.put("constraints", constraints);
        root.put("feasible", ev.feasible());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static Map<String, Object> entry(String key, double value, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        m.put("unit", unit);
        return m;
    }

    private void printTable(PrintWriter out, PlacementInstance inst, Evaluation ev) {
        out.printf(Locale.ROOT, "instance %s: %d workloads, %d regions; decision: %s%n%n",
                inst.parameters().name(), inst.workloads().size(), inst.regions().size(), decision);
        out.printf(Locale.ROOT, "%-12s %18s  %s%n", "objective", "value", "unit");
        for (Objective o : Objective.values()) {
            out.printf(Locale.ROOT, "%-12s %18.4f  %s%n", o.id(), ev.objective(o), o.unit());
        }
        out.println();
        out.printf(Locale.ROOT, "%-12s %18s  %s%n", "constraint", "violation", "unit");
        for (Constraint c : Constraint.values()) {
            out.printf(Locale.ROOT, "%-12s %18.6g  %s%n", c.id(), ev.violation(c), c.unit());
        }
        out.println();
        out.println("feasible: " + (ev.feasible() ? "yes" : "no"));
    }
}
