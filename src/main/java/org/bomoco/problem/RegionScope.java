package org.bomoco.problem;

import java.util.Locale;
import java.util.Optional;

/**
 * Which regions each workload may be placed in (a restriction of the decision space, not a constraint): every
 * region of the instance ({@link #ALL}), or only the regions of the provider that runs the workload now
 * ({@link #PROVIDER}: {@code provider(r_i) = provider(r0_i)}), the "optimise within the current provider" arm of the
 * cross-cloud arbitrage evaluation.
 */
public enum RegionScope {
    /** Every region of the instance. */
    ALL,
    /** Only the regions of the workload's current provider. */
    PROVIDER;

    /** The id used in experiment files: {@code all} or {@code provider}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope of an id (case-insensitive), if any. */
    public static Optional<RegionScope> parse(String id) {
        for (RegionScope s : values()) {
            if (s.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
