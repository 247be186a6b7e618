package org.bomoco.recommend;

import java.util.Optional;

/**
 * One kind of change of a workload against its current state ({@code docs/model.md}, "Actions"), with its id and
 * risk: rightsizing down and carbon shifting are low risk, rightsizing up and spot conversion medium, region
 * migration high.
 */
public enum Action {
    /** Smaller size (fewer vCPUs) in the same region. */
    RIGHTSIZE_DOWN("rightsize_down", Risk.LOW),
    /** Larger size (more vCPUs) in the same region. */
    RIGHTSIZE_UP("rightsize_up", Risk.MEDIUM),
    /** Batch job started later inside the 48-hour window (delay > 0). */
    CARBON_SHIFT("carbon_shift", Risk.LOW),
    /** On-demand to spot capacity. */
    SPOT_CONVERSION("spot_conversion", Risk.MEDIUM),
    /** Another region. */
    REGION_MIGRATION("region_migration", Risk.HIGH);

    private final String id;
    private final Risk risk;

    Action(String id, Risk risk) {
        this.id = id;
        this.risk = risk;
    }

    /** Id used in files and reports ({@code rightsize_down}, ...). */
    public String id() {
        return id;
    }

    public Risk risk() {
        return risk;
    }

    /** The action with the given id, case-insensitively ({@code -} accepted for {@code _}). */
    public static Optional<Action> parse(String id) {
        String t = id.trim().replace('-', '_');
        for (Action a : values()) {
            if (a.id.equalsIgnoreCase(t)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
