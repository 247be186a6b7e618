package org.bomoco.report;

import static org.bomoco.report.TableWriters.htmlEscape;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bomoco.results.Results;

/**
 * The "Pareto vs composite" tables and report section from a {@link FrontAnalysis}:
 * <ul>
 *   <li>{@code front-sizes}: per instance × algorithm, runs, median distinct non-dominated feasible points per run,
 *       union front size and how many of its points are reference points; plus the Pareto union and the reference
 *       set;</li>
 *   <li>{@code supported}: per placement instance × set (reference, Pareto union, each algorithm's union front),
 *       points, unsupported points (no weighted-sum weight vector selects them), their share, and points dominated
 *       by the Pareto union;</li>
 *   <li>{@code extremes}: per instance × objective, each algorithm's best (minimum) value over its union front, in
 *       objective units.</li>
 * </ul>
 */
public final class FrontAnalysisTables {
    /** Set names of the non-algorithm rows. */
    static final String REFERENCE = "reference set";
    static final String PARETO_UNION = "Pareto union";

    private FrontAnalysisTables() {
    }

    /** The three tables, in the order front-sizes, supported, extremes. */
    public static List<Table> tables(Results results, FrontAnalysis analysis) {
        return List.of(frontSizes(analysis), supported(analysis), extremes(results, analysis));
    }

    static Table frontSizes(FrontAnalysis analysis) {
        List<List<String>> rows = new ArrayList<>();
        for (FrontAnalysis.InstanceFronts i : analysis.instances()) {
            int runs = 0;
            for (FrontAnalysis.AlgorithmFronts a : i.algorithms()) {
                rows.add(List.of(i.instance(), a.algorithm(), kind(a), Integer.toString(a.runs()),
                        Cells.number(a.medianPerRun()), Integer.toString(a.union()),
                        Integer.toString(a.inReference())));
                runs += a.pareto() ? a.runs() : 0;
            }
            if (i.hasPareto()) {
                rows.add(List.of(i.instance(), PARETO_UNION, "union", Integer.toString(runs), Cells.NONE,
                        Integer.toString(i.paretoUnion()), Cells.NONE));
            }
            rows.add(List.of(i.instance(), REFERENCE, "reference", Cells.NONE, Cells.NONE,
                    Integer.toString(i.reference()), Integer.toString(i.reference())));
        }
        return new Table("front-sizes", "Non-dominated feasible points per run (median) and in each union front",
                List.of("instance", "algorithm", "kind", "runs", "median points per run", "union front points",
                        "in reference set"), rows, 3,
                "Union front: the distinct non-dominated feasible objective vectors of all runs of the algorithm. "
                        + "Pareto union: the union front of the Pareto algorithms together (all but composite, "
                        + "weighted-sum and random).");
    }

    static Table supported(FrontAnalysis analysis) {
        List<List<String>> rows = new ArrayList<>();
        for (FrontAnalysis.InstanceFronts i : analysis.instances()) {
            if (!i.placement()) {
                continue;
            }
            rows.add(supportedRow(i.instance(), REFERENCE, i.reference(), i.referenceUnsupported(), -1));
            if (i.hasPareto()) {
                rows.add(supportedRow(i.instance(), PARETO_UNION, i.paretoUnion(), i.paretoUnsupported(), 0));
            }
            for (FrontAnalysis.AlgorithmFronts a : i.algorithms()) {
                rows.add(supportedRow(i.instance(), a.algorithm(), a.union(), a.unsupported(),
                        i.hasPareto() ? a.dominatedByPareto() : -1));
            }
        }
        return new Table("supported", "Unsupported points: reachable by no weighted sum of the objectives",
                List.of("instance", "set", "points", "unsupported", "unsupported %", "dominated by Pareto union"),
                rows, 2, "A point of a set is supported when some weights w ≥ 0, Σw = 1 make it a minimiser of the "
                        + "weighted sum over the set (one LP per point, objectives normalised by the reference "
                        + "bounds; positive scaling does not change the answer). Each set is judged on its own, so "
                        + "the counts are lower bounds for the true front. Placement instances only.");
    }

    private static List<String> supportedRow(String instance, String set, int points, int unsupported,
                                             int dominated) {
        return List.of(instance, set, Integer.toString(points), count(unsupported),
                unsupported < 0 || points == 0 ? Cells.NONE : percent(unsupported, points), count(dominated));
    }

    static Table extremes(Results results, FrontAnalysis analysis) {
        List<String> algorithms = new ArrayList<>();
        for (FrontAnalysis.InstanceFronts i : analysis.instances()) {
            i.algorithms().stream().filter(FrontAnalysis.AlgorithmFronts::composite)
                    .forEach(a -> addOnce(algorithms, a.algorithm()));
        }
        analysis.instances().forEach(i -> i.algorithms().forEach(a -> addOnce(algorithms, a.algorithm())));
        List<List<String>> rows = new ArrayList<>();
        for (FrontAnalysis.InstanceFronts i : analysis.instances()) {
            List<String> labels = results.axisLabels(i.instance());
            for (int k = 0; k < labels.size(); k++) {
                List<String> row = new ArrayList<>(List.of(i.instance(), labels.get(k)));
                for (String label : algorithms) {
                    final int objective = k;
                    row.add(i.algorithms().stream().filter(a -> a.algorithm().equals(label)).findFirst()
                            .map(a -> significant(a.best()[objective])).orElse(Cells.NONE));
                }
                rows.add(row);
            }
        }
        List<String> header = new ArrayList<>(List.of("instance", "objective"));
        header.addAll(algorithms);
        return new Table("extremes", "Best (minimum) value of each objective over each algorithm's union front",
                header, rows, 2, "Objective units; composite baseline first. – : no feasible point.");
    }

    /**
     * The headline of a placement instance with Pareto algorithms, e.g. "Pareto algorithms found 212 non-dominated
     * points on gen1000, 64% of which no composite weight vector can reach; 30 of the composite baseline's 41 points
     * are dominated by them."; {@code null} otherwise.
     */
    static String headline(FrontAnalysis.InstanceFronts i) {
        if (!i.placement() || !i.hasPareto() || i.paretoUnsupported() < 0) {
            return null;
        }
        FrontAnalysis.AlgorithmFronts c = i.composite();
        if (i.paretoUnion() == 0) {
            return "Pareto algorithms found no feasible point on " + i.instance()
                    + (c == null ? "." : "; the composite baseline found " + c.union() + ".");
        }
        StringBuilder sb = new StringBuilder("Pareto algorithms found ").append(i.paretoUnion())
                .append(" non-dominated points on ").append(i.instance()).append(", ")
                .append(percent(i.paretoUnsupported(), i.paretoUnion()))
                .append(" of which no composite weight vector can reach");
        if (c != null) {
            sb.append("; ").append(c.dominatedByPareto()).append(" of the composite baseline's ").append(c.union())
                    .append(c.union() == 1 ? " point is" : " points are").append(" dominated by them");
        }
        return sb.append('.').toString();
    }

    /** The report section: headlines, a short explanation and the three tables. */
    static String html(FrontAnalysis analysis, List<Table> tables) {
        if (analysis.instances().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2 id=\"pareto-vs-composite\">Pareto vs composite</h2>\n");
        for (FrontAnalysis.InstanceFronts i : analysis.instances()) {
            String h = headline(i);
            if (h != null) {
                sb.append("<p class=\"headline\">").append(htmlEscape(h)).append("</p>\n");
            }
        }
        sb.append("<p>A weighted sum of the objectives, as the composite score and the weighted-sum baseline use, "
                + "can only select <em>supported</em> points: those minimising the sum for some weights. Points "
                + "of a front that no weights select (unsupported) are reachable by Pareto search only.</p>\n");
        tables.forEach(t -> sb.append(TableWriters.html(t)));
        return sb.toString();
    }

    private static String kind(FrontAnalysis.AlgorithmFronts a) {
        return a.composite() ? "composite" : a.pareto() ? "Pareto" : "baseline";
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    private static String count(int n) {
        return n < 0 ? Cells.NONE : Integer.toString(n);
    }

    private static String percent(int part, int whole) {
        return Math.round(100.0 * part / whole) + "%";
    }

    /** Six significant digits, plain notation below 1e9 (objective values keep their units readable). */
    static String significant(double v) {
        if (!Double.isFinite(v)) {
            return Cells.NONE;
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e9) {
            return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.5e", v);
    }
}
