package org.bomoco.model;

import java.util.Objects;

/**
 * Traffic from workload {@code from} to workload {@code to}. When the two sit in different regions the traffic
 * pays egress (from {@code from}'s region to {@code to}'s) and adds inter-region latency to {@code from}.
 *
 * @param from id of the calling workload {@code i}
 * @param to id of the called workload {@code k}
 * @param trafficGbPerMonth GB per month sent from {@code i} to {@code k}
 */
public record Dependency(String from, String to, double trafficGbPerMonth) {
    public Dependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
