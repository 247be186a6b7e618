package org.bomoco.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bomoco.data.AtomicFiles;
import org.bomoco.algorithms.Candidate;
import org.bomoco.data.CsvTable;
import org.bomoco.model.Choice;
import org.bomoco.model.Placement;
import org.bomoco.model.Purchase;
import org.bomoco.model.Workload;
import org.bomoco.problem.Constraint;
import org.bomoco.problem.Objective;
import org.bomoco.problem.PlacementProblem;

/**
 * The front CSV ({@code docs/formats.md}, "Front file"): one row per solution with its five objectives, feasibility,
 * raw violations and the decision ({@code region/size/purchase/delay} per workload, {@code ;}-separated, in the
 * instance's workload order). Written atomically (temp file, then rename).
 */
public final class FrontFiles {
    /** The header, in order. */
    public static final List<String> COLUMNS = columns();

    private FrontFiles() {
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("solution"));
        for (Objective o : Objective.values()) {
            c.add(column(o));
        }
        c.add("feasible");
        for (Constraint k : Constraint.values()) {
            c.add("violation_" + k.id());
        }
        c.add("decision");
        return List.copyOf(c);
    }

    /** The front-file column of an objective, e.g. {@code cost_usd_per_month}. */
    public static String column(Objective o) {
        return switch (o) {
            case COST -> "cost_usd_per_month";
            case CARBON -> "carbon_kg_per_month";
            case WATER -> "water_l_per_month";
            case PERFORMANCE -> "performance_ms";
            case BUSINESS_KPI -> "kpi_usd_per_month";
        };
    }

    /** Writes {@code front} to {@code file} atomically. */
    public static void write(PlacementProblem problem, List<Candidate> front, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (int s = 0; s < front.size(); s++) {
            Candidate c = front.get(s);
            sb.append(s);
            for (double v : c.objectives()) {
                sb.append(',').append(number(v));
            }
            sb.append(',').append(c.feasible());
            for (double v : c.constraints()) {
                sb.append(',').append(number(v));
            }
            sb.append(',').append(decision(problem, c.decision())).append('\n');
        }
        AtomicFiles.write(file, sb);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** The decision cell: {@code region/size/purchase/delay} per workload, {@code ;}-separated. */
    public static String decision(PlacementProblem problem, int[] x) {
        StringBuilder sb = new StringBuilder();
        for (Choice c : problem.decode(x).choices()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(c.regionId()).append('/').append(c.sizeId()).append('/').append(c.purchase().id())
                    .append('/').append(c.delayHours());
        }
        return sb.toString();
    }

    /**
     * Reads a front file written for {@code problem}'s instance, re-evaluating each decision (the stored objective
     * columns are not trusted). Errors name the file, line and field.
     */
    public static List<Candidate> read(PlacementProblem problem, Path file) {
        CsvTable table = CsvTable.read(file, COLUMNS, true);
        List<Candidate> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int[] x = parseDecision(problem, row);
            var ev = problem.evaluate(x);
            out.add(new Candidate(x, ev.objectives(), ev.constraints()));
        }
        return out;
    }

    private static int[] parseDecision(PlacementProblem problem, CsvTable.Row row) {
        try {
            return parseDecision(problem, row.text("decision"));
        } catch (IllegalArgumentException e) {
            throw row.error("decision", e.getMessage());
        }
    }

    /**
     * The decision vector of a decision cell ({@link #decision}) of {@code problem}'s instance, within bounds.
     *
     * @throws IllegalArgumentException naming the faulty entry (wrong entry count, malformed entry, unknown id,
     *     value out of bounds)
     */
    public static int[] parseDecision(PlacementProblem problem, String cell) {
        String[] genes = cell.split(";", -1);
        List<Workload> workloads = problem.instance().workloads();
        if (genes.length != workloads.size()) {
            throw new IllegalArgumentException("has " + genes.length + " entries but the instance has "
                    + workloads.size() + " workloads; was the front written for another instance?");
        }
        List<Choice> choices = new ArrayList<>(genes.length);
        for (int i = 0; i < genes.length; i++) {
            final int entry = i + 1;
            String[] p = genes[i].split("/", -1);
            if (p.length != 4) {
                throw new IllegalArgumentException("entry " + entry + " '" + genes[i]
                        + "' is not region/size/purchase/delay");
            }
            Purchase purchase = Purchase.parse(p[2]).orElseThrow(() -> new IllegalArgumentException(
                    "entry " + entry + ": purchase '" + p[2] + "' is not on_demand or spot"));
            int delay;
            try {
                delay = Integer.parseInt(p[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("entry " + entry + ": delay '" + p[3] + "' is not an integer");
            }
            choices.add(new Choice(workloads.get(i).id(), p[0], p[1], purchase, delay));
        }
        try {
            int[] x = problem.encode(new Placement(choices));
            problem.checkBounds(x);
            return x;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().toLowerCase(Locale.ROOT).startsWith("unknown")
                    ? e.getMessage() : "invalid decision: " + e.getMessage(), e);
        }
    }
}
