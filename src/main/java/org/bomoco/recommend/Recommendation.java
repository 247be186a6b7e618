package org.bomoco.recommend;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.bomoco.problem.Objective;

/**
 * One change of one workload against the current state.
 *
 * @param workloadId the workload
 * @param action the kind of change
 * @param from the current value: a region id (migration), a size id (rightsizing), {@code on_demand} (spot
 *        conversion) or {@code 0h} (carbon shift)
 * @param to the chosen value, in the same terms (e.g. {@code spot}, {@code 5h})
 * @param deltas per objective in {@link Objective#ordinal()} order and {@link Objective#unit()} units: the value with
 *        only this change applied to the current state minus the current value (negative = improvement)
 * @param risk the action's risk ({@link Action#risk()}; checked)
 * @param compositeScore {@code Σ_k w_k·(f_k(current) − f_k(with change))/scale_k} (see {@link Recommender})
 */
public record Recommendation(String workloadId, Action action, String from, String to, double[] deltas, Risk risk,
        double compositeScore) {

    public Recommendation {
        Objects.requireNonNull(workloadId, "workloadId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(risk, "risk");
        if (risk != action.risk()) {
            throw new IllegalArgumentException(action.id() + " has risk " + action.risk().id() + ", not " + risk.id());
        }
        if (deltas.length != Objective.values().length) {
            throw new IllegalArgumentException("expected " + Objective.values().length + " deltas, got "
                    + deltas.length);
        }
        deltas = deltas.clone();
    }

    @Override
    public double[] deltas() {
        return deltas.clone();
    }

    /** The delta of one objective, in its unit. */
    public double delta(Objective objective) {
        return deltas[objective.ordinal()];
    }

    /**
     * This recommendation as the JSON object of {@code bomoco recommend --format json} and of the web workbench:
     * {@code workload, action, from, to, deltas} (objective id → delta), {@code risk, composite_score}.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workload", workloadId);
        m.put("action", action.id());
        m.put("from", from);
        m.put("to", to);
        Map<String, Object> d = new LinkedHashMap<>();
        for (Objective o : Objective.values()) {
            d.put(o.id(), deltas[o.ordinal()]);
        }
        m.put("deltas", d);
        m.put("risk", risk.id());
        m.put("composite_score", compositeScore);
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recommendation r && workloadId.equals(r.workloadId) && action == r.action
                && from.equals(r.from) && to.equals(r.to) && Arrays.equals(deltas, r.deltas) && risk == r.risk
                && Double.compare(compositeScore, r.compositeScore) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(workloadId, action, from, to, Arrays.hashCode(deltas), risk, compositeScore);
    }

    @Override
    public String toString() {
        return "Recommendation[" + workloadId + " " + action.id() + " " + from + "→" + to + ", deltas="
                + Arrays.toString(deltas) + ", risk=" + risk.id() + ", score=" + compositeScore + "]";
    }
}
