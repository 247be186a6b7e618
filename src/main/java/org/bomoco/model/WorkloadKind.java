package org.bomoco.model;

import java.util.Locale;
import java.util.Optional;

/** Whether a workload runs all month or in deferrable batch runs. File ids: {@code always_on}, {@code batch}. */
public enum WorkloadKind {
    ALWAYS_ON, BATCH;

    /** Hours in the model's month (365 × 24 / 12). */
    public static final int HOURS_PER_MONTH = 730;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkloadKind> parse(String id) {
        for (WorkloadKind k : values()) {
            if (k.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
