package org.bomoco.model;

import java.util.Objects;

/**
 * Where and how one workload runs: one row of a decision file.
 *
 * @param workloadId the workload
 * @param regionId region {@code r_i}
 * @param sizeId size {@code s_i}
 * @param purchase purchase option {@code o_i}
 * @param delayHours start delay {@code δ_i} for batch jobs (0 for always-on)
 */
public record Choice(String workloadId, String regionId, String sizeId, Purchase purchase, int delayHours) {
    public Choice {
        Objects.requireNonNull(workloadId, "workloadId");
        Objects.requireNonNull(regionId, "regionId");
        Objects.requireNonNull(sizeId, "sizeId");
        Objects.requireNonNull(purchase, "purchase");
    }
}
