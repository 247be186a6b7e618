package org.bomoco.algorithms.config;

/**
 * One key of a {@link ConfigSchema} as its builder reads it ({@link ConfigSchema#parameters}): for listings such as
 * {@code solve --list}.
 *
 * @param key the key, as written in {@code parameters:}
 * @param type the type and range, e.g. {@code whole in [1, ∞)}, {@code number in [0, 1]}, {@code pbi|tchebycheff}
 * @param fallback the default, as written (0 for a lattice's divisions and mutation rates: chosen by the problem)
 */
public record Parameter(String key, String type, String fallback) {
    /** {@code key=default (type)}. */
    @Override
    public String toString() {
        return key + "=" + fallback + " (" + type + ")";
    }
}
