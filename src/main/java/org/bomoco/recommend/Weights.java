package org.bomoco.recommend;

import java.util.EnumMap;
import java.util.Map;

import org.bomoco.model.InputException;
import org.bomoco.problem.Objective;

/**
 * User weights over the five objectives, used by the composite score ({@code docs/model.md}, "Composite-score
 * baseline") and by {@link FrontPicker}. Non-negative and finite with a positive sum; {@link #parse} and
 * {@link #normalized()} give weights that sum to 1.
 *
 * @param cost weight of {@link Objective#COST}
 * @param carbon weight of {@link Objective#CARBON}
 * @param water weight of {@link Objective#WATER}
 * @param performance weight of {@link Objective#PERFORMANCE}
 * @param kpi weight of {@link Objective#BUSINESS_KPI}
 */
public record Weights(double cost, double carbon, double water, double performance, double kpi) {
    /** The original BOMOCO defaults: cost 0.35, carbon 0.25, water 0.10, performance 0.20, KPI 0.10. */
    public static final Weights DEFAULT = new Weights(0.35, 0.25, 0.10, 0.20, 0.10);

    private static final String ARGUMENT = "--weights";

    public Weights {
        double[] w = {cost, carbon, water, performance, kpi};
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            if (!Double.isFinite(w[k]) || w[k] < 0) {
                throw new IllegalArgumentException("weight of " + Objective.values()[k].id()
                        + " must be finite and non-negative, got " + w[k]);
            }
            sum += w[k];
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
    }

    /**
     * Parses {@code "cost=0.35,carbon=0.25,..."} (keys are {@link Objective#id()}s, case-insensitive; missing keys
     * weigh 0, blank entries are skipped) and normalises the result to sum 1.
     *
     * @throws InputException (file {@code --weights}) on a malformed entry, an unknown or repeated key, a value
     *         that is not a finite non-negative number, or weights that are all zero
     */
    public static Weights parse(String text) {
        Map<Objective, Double> values = new EnumMap<>(Objective.class);
        for (String entry : text.split(",", -1)) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new InputException(ARGUMENT, 0, null, "entry '" + entry.trim() + "' is not key=value; write "
                        + "e.g. cost=0.35,carbon=0.25,water=0.10,performance=0.20,kpi=0.10");
            }
            String key = entry.substring(0, eq).trim();
            Objective objective = objective(key);
            if (values.put(objective, value(key, entry.substring(eq + 1).trim())) != null) {
                throw new InputException(ARGUMENT, 0, key, "weight given twice; give each objective once");
            }
        }
        double[] w = new double[Objective.values().length];
        values.forEach((o, v) -> w[o.ordinal()] = v);
        if (values.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new InputException(ARGUMENT, 0, null, "the weights sum to zero; give at least one objective a "
                    + "positive weight, e.g. cost=1");
        }
        return new Weights(w[0], w[1], w[2], w[3], w[4]).normalized();
    }

    private static Objective objective(String key) {
        for (Objective o : Objective.values()) {
            if (o.id().equalsIgnoreCase(key)) {
                return o;
            }
        }
        throw new InputException(ARGUMENT, 0, key, "unknown objective; valid keys are cost, carbon, water, "
                + "performance, kpi");
    }

    private static double value(String key, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(ARGUMENT, 0, key, "'" + text + "' is not a number; write a non-negative "
                    + "decimal such as 0.25");
        }
        if (!Double.isFinite(v) || v < 0) {
            throw new InputException(ARGUMENT, 0, key, "weight " + text + " must be a finite number ≥ 0");
        }
        return v;
    }

    /** These weights divided by their sum. */
    public Weights normalized() {
        double sum = cost + carbon + water + performance + kpi;
        return new Weights(cost / sum, carbon / sum, water / sum, performance / sum, kpi / sum);
    }

    /** The weight of one objective. */
    public double weight(Objective objective) {
        return toArray()[objective.ordinal()];
    }

    /** The weights in {@link Objective#ordinal()} order. */
    public double[] toArray() {
        return new double[] {cost, carbon, water, performance, kpi};
    }

    /** {@code cost=…,carbon=…,water=…,performance=…,kpi=…}, which {@link #parse} reads back (normalised). */
    public String format() {
        StringBuilder sb = new StringBuilder();
        double[] w = toArray();
        for (Objective o : Objective.values()) {
            sb.append(sb.isEmpty() ? "" : ",").append(o.id()).append('=').append(w[o.ordinal()]);
        }
        return sb.toString();
    }
}
