package org.bomoco.problem;

/**
 * The five objectives of the placement problem ({@code docs/model.md}, "Objectives"), all per month and all
 * minimised. The order of the constants is the order of the objective vector returned by {@link Evaluator}.
 */
public enum Objective {
    /** Compute, migration egress and dependency egress cost. */
    COST("cost", "USD/month", "compute cost (regional price, spot discount) plus migration and dependency egress"),
    /** Operational (energy × grid intensity) plus embodied emissions. */
    CARBON("carbon", "kgCO2e/month", "operational emissions from facility energy and grid intensity, plus embodied"),
    /** On-site (WUE on IT energy) plus off-site (EWIF on facility energy) water. */
    WATER("water", "L/month", "on-site water on IT energy plus grid water on facility energy"),
    /** Instance-weighted latency and risk penalty. */
    PERFORMANCE("performance", "ms-equivalent",
            "instance-weighted user and dependency latency plus saturation, spot and delay penalties"),
    /** Expected revenue loss from added latency and spot interruptions. */
    BUSINESS_KPI("kpi", "USD/month revenue loss",
            "expected revenue lost to latency added over the current state and to spot interruptions");

    private final String id;
    private final String unit;
    private final String description;

    Objective(String id, String unit, String description) {
        this.id = id;
        this.unit = unit;
        this.description = description;
    }

    /** Short id used in files and on the command line ({@code cost}, {@code carbon}, ...). */
    public String id() {
        return id;
    }

    /** Unit of the objective value. */
    public String unit() {
        return unit;
    }

    /** Always {@code false}: every objective is minimised (the KPI objective is a loss). */
    public boolean largerIsBetter() {
        return false;
    }

    /** One-line description. */
    public String description() {
        return description;
    }

    /** The objective with the given {@link #id()}, case-insensitively. */
    public static Objective fromId(String id) {
        for (Objective o : values()) {
            if (o.id.equalsIgnoreCase(id.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown objective '" + id + "'; expected one of cost, carbon, water, "
                + "performance, kpi");
    }
}
