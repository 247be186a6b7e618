package org.bomoco.report;

import java.util.List;
import java.util.Objects;

/**
 * An instance's stored reference set ({@code reference/<instance>.csv} and {@code .json}).
 *
 * @param instance instance name
 * @param objectives objective column names from the CSV header ({@code cost_usd_per_month}, ... or {@code f1..fm})
 * @param points the reference points
 * @param source how the set was made ({@code union}, {@code exact}, {@code analytic}, {@code file}), or "" if unknown
 * @param ideal per-objective ideal, or {@code null} when the JSON is missing
 * @param nadir per-objective nadir, or {@code null} when the JSON is missing
 */
public record ReferenceSet(String instance, List<String> objectives, List<double[]> points, String source,
                           double[] ideal, double[] nadir) {
    public ReferenceSet {
        Objects.requireNonNull(instance, "instance");
        objectives = List.copyOf(objectives);
        points = List.copyOf(points);
        source = source == null ? "" : source;
    }
}
