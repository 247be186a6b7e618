package org.bomoco.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.bomoco.plot.Palette;
import org.bomoco.problem.Objective;
import org.bomoco.web.ResultsSource.Point;

/** JSON bodies of the explorer's front and convergence views, and the union front. */
final class Fronts {
    private Fronts() {
    }

    /**
     * Every stored final solution of {@code instance}, column-major: {@code alg[i]} (index into {@code algorithms}),
     * {@code rep[i]}, {@code obj[k][i]}, {@code feasible[i]}; plus the reference set and the current state's
     * objectives (placement instances). The union front is a separate request ({@link ResultsSource#union}): with
     * 20,000 points it takes seconds, and the first page does not need it.
     */
    static Map<String, Object> front(ResultsSource s, String instance) {
        List<Point> pts = s.points(instance);
        List<String> columns = s.objectiveColumns(instance);
        int m = columns.size();
        List<String> algs = new ArrayList<>(new LinkedHashSet<>(pts.stream().map(Point::algorithm).toList()));
        int[] alg = new int[pts.size()];
        int[] rep = new int[pts.size()];
        boolean[] feasible = new boolean[pts.size()];
        double[][] obj = new double[m][pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            Point p = pts.get(i);
            alg[i] = algs.indexOf(p.algorithm());
            rep[i] = p.replicate();
            feasible[i] = p.feasible();
            for (int k = 0; k < m; k++) {
                obj[k][i] = p.objectives()[k];
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("instance", instance);
        out.put("columns", columns);
        out.put("labels", labels(s, instance, columns));
        out.put("algorithms", algorithms(s, pts, algs));
        out.put("alg", alg);
        out.put("rep", rep);
        out.put("feasible", feasible);
        out.put("obj", obj);
        out.put("reference", columnMajor(s.reference(instance), m));
        s.problem(instance).ifPresent(p -> out.put("current", p.evaluate(p.currentDecision()).objectives()));
        out.put("missing", s.missing());
        return out;
    }

    private static List<String> labels(ResultsSource s, String instance, List<String> columns) {
        if (s.problem(instance).isEmpty()) {
            return columns;
        }
        return Arrays.stream(Objective.values()).map(o -> o.id() + " (" + o.unit() + ")").toList();
    }

    private static List<Map<String, Object>> algorithms(ResultsSource s, List<Point> pts, List<String> algs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String a : algs) {
            Map<String, Object> m = new LinkedHashMap<>();
            String id = pts.stream().filter(p -> p.algorithm().equals(a)).findFirst().orElseThrow().algorithmId();
            m.put("label", a);
            m.put("id", id);
            m.put("color", Palette.hex(a));
            m.put("baseline", s.baseline(a) || s.baseline(id));
            m.put("replicates", pts.stream().filter(p -> p.algorithm().equals(a)).map(Point::replicate)
                    .distinct().sorted().toList());
            out.add(m);
        }
        return out;
    }

    private static double[][] columnMajor(List<double[]> rows, int m) {
        double[][] out = new double[m][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < m && k < rows.get(i).length; k++) {
                out[k][i] = rows.get(i)[k];
            }
        }
        return out;
    }

    /**
     * Whether each point is in the non-dominated set of all feasible points (minimisation; duplicates keep their
     * first copy). Points are visited in lexicographic order, so a point can only be dominated by one already kept:
     * O(n log n + n·h) for h kept points.
     */
    static boolean[] union(List<Point> pts) {
        Integer[] order = new Integer[pts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> pts.get(i).objectives(), Arrays::compare));
        boolean[] in = new boolean[pts.size()];
        List<double[]> kept = new ArrayList<>();
        for (int i : order) {
            double[] x = pts.get(i).objectives();
            if (!pts.get(i).feasible()) {
                continue;
            }
            boolean dominated = false;
            for (double[] y : kept) {
                if (weaklyDominates(y, x)) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated) {
                kept.add(x);
                in[i] = true;
            }
        }
        return in;
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
        }
        return true;
    }

    /** Per algorithm: evaluations, median, first and third quartile of {@code indicator} over replicates. */
    static Map<String, Object> convergence(ResultsSource s, String instance, String indicator) {
        List<Map<String, Object>> algs = new ArrayList<>();
        s.traces(instance, indicator).forEach((a, runs) -> {
            java.util.TreeMap<Double, List<Double>> byEval = new java.util.TreeMap<>();
            for (double[][] run : runs) {
                for (double[] xy : run) {
                    if (Double.isFinite(xy[1])) {
                        byEval.computeIfAbsent(xy[0], k -> new ArrayList<>()).add(xy[1]);
                    }
                }
            }
            List<Double> ev = new ArrayList<>();
            List<Double> q1 = new ArrayList<>();
            List<Double> med = new ArrayList<>();
            List<Double> q3 = new ArrayList<>();
            byEval.forEach((e, vals) -> {
                double[] v = vals.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                ev.add(e);
                q1.add(quantile(v, 0.25));
                med.add(quantile(v, 0.5));
                q3.add(quantile(v, 0.75));
            });
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", a);
            m.put("color", Palette.hex(a));
            m.put("evaluations", ev);
            m.put("q1", q1);
            m.put("median", med);
            m.put("q3", q3);
            algs.add(m);
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("indicator", indicator);
        out.put("algorithms", algs);
        return out;
    }

    /** Linear-interpolation quantile of sorted {@code v} (type 7 of Hyndman and Fan 1996). */
    static double quantile(double[] v, double p) {
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, v.length - 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }
}
