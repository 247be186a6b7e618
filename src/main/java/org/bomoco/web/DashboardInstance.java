package org.bomoco.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.bomoco.model.InputException;
import org.bomoco.model.PlacementInstance;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.recommend.FrontPicker;
import org.bomoco.recommend.Weights;

/**
 * An instance the dashboard shows: an {@code --instance} directory (plans: the current state only) or a placement
 * instance of a served experiment (plans: the current state, the knee, weights and compromise picks of the feasible
 * union front, or any stored point by number). Compiled lazily, once.
 */
final class DashboardInstance {
    private final String key;
    private final Supplier<PlacementProblem> problem;
    private final ResultsSource source;
    private final String name;
    private volatile PlacementProblem compiled;

    private DashboardInstance(String key, Supplier<PlacementProblem> problem, ResultsSource source, String name) {
        this.key = key;
        this.problem = problem;
        this.source = source;
        this.name = name;
    }

    static DashboardInstance of(String key, PlacementInstance instance) {
        return new DashboardInstance(key, () -> PlacementProblem.compile(instance), null, null);
    }

    static DashboardInstance of(String key, ResultsSource source, String name) {
        return new DashboardInstance(key, () -> source.problem(name).orElseThrow(), source, name);
    }

    String key() {
        return key;
    }

    PlacementProblem problem() {
        if (compiled == null) {
            synchronized (this) {
                if (compiled == null) {
                    compiled = problem.get();
                }
            }
        }
        return compiled;
    }

    PlacementInstance instance() {
        return problem().instance();
    }

    /** The plan ids offered: {@code current}, then (experiment instances) the picks. */
    List<String> plans() {
        List<String> out = new ArrayList<>(List.of("current"));
        if (source != null) {
            for (FrontPicker.Method m : FrontPicker.Method.values()) {
                out.add(m.id());
            }
        }
        return out;
    }

    /** The decision of plan {@code id} ({@link #plans()} or a point number of the experiment's front). */
    int[] plan(String id) {
        if ("current".equals(id)) {
            return problem().currentDecision();
        }
        int p = point(id);
        return source.decision(name, source.points(name).get(p));
    }

    /** A human-readable name of plan {@code id}. */
    String planLabel(String id) {
        if ("current".equals(id)) {
            return "current state";
        }
        int p = point(id);
        ResultsSource.Point pt = source.points(name).get(p);
        return (id.equals(String.valueOf(p)) ? "" : id + " pick, ") + "point " + p + " (" + pt.algorithm()
                + ", replicate " + pt.replicate() + ")";
    }

    private int point(String id) {
        if (source == null) {
            throw new InputException("plan", 0, null, "instance '" + key + "' is not part of a served experiment: "
                    + "its only plan is 'current'");
        }
        Map<String, Object> picks = ExplorerApi.picks(source, name, Weights.DEFAULT);
        if (picks.containsKey(id)) {
            return (Integer) picks.get(id);
        }
        try {
            int p = Integer.parseInt(id);
            if (p >= 0 && p < source.points(name).size()) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("plan", 0, null, "no plan '" + id + "'; use current, knee, weights, compromise "
                + "or a point number 0.." + (source.points(name).size() - 1));
    }
}
