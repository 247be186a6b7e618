package org.bomoco.experiment;

import java.util.List;
import java.util.Objects;

import org.bomoco.indicators.Normalization;

/**
 * An instance's stored reference set ({@code reference/<instance>.csv} and {@code .json}): where it came from, its
 * points (minimised objective vectors, raw units), the normalisation bounds and the hypervolume reference point in
 * normalised space. Indicators are always computed from these stored values.
 *
 * @param source {@code union}, {@code exact}, {@code analytic} or {@code file}
 * @param columns objective names (the CSV header)
 * @param points the reference points
 * @param ideal lower normalisation bound per objective (the points' minimum, or 0 for {@code normalization: none})
 * @param nadir upper normalisation bound per objective (the points' maximum, or 1 for {@code none})
 * @param referencePoint hypervolume reference point in normalised space
 */
public record ReferenceSet(String source, List<String> columns, List<double[]> points, double[] ideal,
                           double[] nadir, double[] referencePoint) {
    public ReferenceSet {
        Objects.requireNonNull(source, "source");
        columns = List.copyOf(columns);
        points = points.stream().map(double[]::clone).toList();
        ideal = ideal.clone();
        nadir = nadir.clone();
        referencePoint = referencePoint.clone();
        int m = columns.size();
        if (ideal.length != m || nadir.length != m || referencePoint.length != m
                || points.stream().anyMatch(p -> p.length != m)) {
            throw new IllegalArgumentException("reference set dimensions differ from the " + m + " columns");
        }
    }

    @Override
    public List<double[]> points() {
        return points.stream().map(double[]::clone).toList();
    }

    @Override
    public double[] ideal() {
        return ideal.clone();
    }

    @Override
    public double[] nadir() {
        return nadir.clone();
    }

    @Override
    public double[] referencePoint() {
        return referencePoint.clone();
    }

    /** The stored bounds as a {@link Normalization}. */
    public Normalization normalization() {
        return new Normalization(ideal, nadir);
    }

    /** The points normalised by the stored bounds. */
    public double[][] normalizedPoints() {
        return normalization().normalize(points.toArray(double[][]::new));
    }
}
