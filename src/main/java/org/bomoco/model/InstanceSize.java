package org.bomoco.model;

import java.util.Objects;

/**
 * One rung of the size ladder shared by all providers.
 *
 * @param id size id (e.g. {@code v4})
 * @param vcpus vCPU count {@code v_s}
 * @param memoryGb memory {@code mem_s} in GB
 * @param embodiedKgCo2ePerHour embodied emissions {@code EMB_s} allocated to one instance-hour, kgCO2e
 */
public record InstanceSize(String id, int vcpus, double memoryGb, double embodiedKgCo2ePerHour) {
    public InstanceSize {
        Objects.requireNonNull(id, "id");
    }
}
