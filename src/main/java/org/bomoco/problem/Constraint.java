package org.bomoco.problem;

/**
 * The constraints of the placement problem ({@code docs/model.md}, "Constraints"). Each is reported as its raw
 * violation, 0 when satisfied; the order of the constants is the order of the constraint vector returned by
 * {@link Evaluator}.
 */
public enum Constraint {
    /** Number of workloads placed in a region whose jurisdiction is not allowed. */
    SOVEREIGNTY("sovereignty", "workloads"),
    /** {@code Σ max(0, lat(user_i, r_i) − L_i)}. */
    LATENCY("latency", "ms"),
    /** {@code Σ max(0, u95'_i − 0.9)}. */
    HEADROOM("headroom", "CPU utilisation (fraction)"),
    /** {@code Σ_r max(0, load_r − cap_r)/cap_r}, load in vCPUs. */
    CAPACITY("capacity", "relative vCPU overload"),
    /** Number of spot choices where spot is not acceptable. */
    SPOT("spot", "workloads"),
    /** {@code max(0, #migrated − maxMigrations)}. */
    MIGRATIONS("migrations", "migrations");

    private final String id;
    private final String unit;

    Constraint(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    /** Short id used in files and on the command line. */
    public String id() {
        return id;
    }

    /** Unit of the raw violation. */
    public String unit() {
        return unit;
    }
}
