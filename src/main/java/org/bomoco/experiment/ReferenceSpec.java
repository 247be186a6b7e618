package org.bomoco.experiment;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How runs are scored.
 *
 * @param set where each instance's reference set comes from: {@code union} (the non-dominated union of all runs'
 *     final fronts), {@code exact} (the {@code exact} algorithm's front, for small placement instances),
 *     {@code analytic} (points on a benchmark's true front: Das–Dennis points mapped to it, the "targeted" points of
 *     Deb &amp; Jain 2014) or {@code file} (a CSV of objective vectors in {@link #file()})
 * @param file reference-set CSV when {@code set} is {@code file}
 * @param point reference point for hypervolume in normalised space (each coordinate; default 1.1)
 * @param normalization {@code reference} (bounds = the reference set's ideal and nadir) or {@code none}
 */
public record ReferenceSpec(String set, Path file, double point, String normalization) {
    public ReferenceSpec {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(normalization, "normalization");
    }
}
