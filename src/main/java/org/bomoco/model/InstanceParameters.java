package org.bomoco.model;

import java.util.Objects;

/**
 * Scalar parameters of a problem instance.
 *
 * @param name instance name
 * @param maxMigrations migration budget: at most this many workloads may change region
 */
public record InstanceParameters(String name, int maxMigrations) {
    public InstanceParameters {
        Objects.requireNonNull(name, "name");
    }
}
