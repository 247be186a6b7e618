package org.bomoco.data;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bomoco.model.InputException;
import org.bomoco.model.Provider;

/**
 * What {@link InstanceGenerator} should make. Validated on construction; errors are {@link InputException}s with
 * file {@code "generator spec"} and the field at fault.
 *
 * @param name instance name (non-blank)
 * @param workloads number of workloads, 1..{@value #MAX_WORKLOADS}
 * @param seed master seed: the same spec (and catalogue, profiles) gives the same instance
 * @param providers providers whose regions may be used (non-empty)
 * @param regionIds the instance's regions, in this order; empty = all catalogue regions of {@code providers}
 * @param forecastStart UTC start of hour 0 of the 48-hour window; a whole hour
 */
public record GeneratorSpec(String name, int workloads, long seed, Set<Provider> providers, List<String> regionIds,
                            Instant forecastStart) {
    /** Upper bound on {@code workloads} (keeps total vCPU counts well inside {@code int}). */
    public static final int MAX_WORKLOADS = 1_000_000;
    /** The "file" its errors (and {@link InstanceGenerator}'s) name, so that a caller can restate them. */
    public static final String FILE = "generator spec";

    public GeneratorSpec {
        if (name == null || name.isBlank()) {
            throw new InputException(FILE, 0, "name", "the instance name is empty; give a name");
        }
        if (workloads < 1 || workloads > MAX_WORKLOADS) {
            throw new InputException(FILE, 0, "workloads", "workloads = " + workloads + "; use 1.." + MAX_WORKLOADS);
        }
        if (providers == null || providers.isEmpty()) {
            throw new InputException(FILE, 0, "providers", "no provider given; name at least one of aws, azure, gcp");
        }
        providers = Set.copyOf(EnumSet.copyOf(providers));
        regionIds = List.copyOf(Objects.requireNonNullElse(regionIds, List.of()));
        if (new HashSet<>(regionIds).size() != regionIds.size()) {
            throw new InputException(FILE, 0, "regions", "a region id appears twice in " + regionIds);
        }
        if (forecastStart == null || !forecastStart.truncatedTo(ChronoUnit.HOURS).equals(forecastStart)) {
            throw new InputException(FILE, 0, "forecast_start", "forecast start " + forecastStart
                    + " is not a whole UTC hour; write e.g. 2023-06-01T00:00:00Z");
        }
    }
}
