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
 * @param divisions Das–Dennis divisions of {@code analytic} sets, or 0 for the default per objective count
 *     ({@link org.bomoco.algorithms.BenchmarkProblem#defaultDivisions}: 12 at m = 3, 6 at m = 5)
 */
public record ReferenceSpec(String set, Path file, double point, String normalization, int divisions) {
    public ReferenceSpec {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(normalization, "normalization");
        if (divisions < 0) {
            throw new IllegalArgumentException("divisions must be 0 (default) or positive");
        }
    }

    /** A policy with the default divisions. */
    public ReferenceSpec(String set, Path file, double point, String normalization) {
        this(set, file, point, normalization, 0);
    }
}
