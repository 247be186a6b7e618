package org.bomoco.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.experiment.IndicatorTable;
import org.bomoco.experiment.ReferenceSet;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;

/**
 * A small results model with hand-computed summary statistics (R-7 quartiles, Hyndman & Fan 1996: with sorted x and
 * h = (n − 1)p + 1, Q(p) = x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋))), instance {@code i1}, indicator hypervolume:
 * <ul>
 *   <li>{@code a}: final values 4, 1, 3, 2 (an earlier checkpoint 100 has 0, listed after the final one for
 *       replicate 0) → sorted 1 2 3 4: q1 = 1.75, median 2.5, q3 = 3.25, IQR 1.5, 4 runs;</li>
 *   <li>{@code b}: final values 10, NaN, 40, 20 → finite 10 20 40: q1 = 15, median 20, q3 = 30, IQR 15, 3 runs;</li>
 *   <li>{@code c}: one run whose final value is NaN → 0 runs, all statistics NaN.</li>
 * </ul>
 * One stored front (a, replicate 0: two points, the second infeasible) and a two-point reference set.
 */
public final class HandResults {
    public static final String INSTANCE = "i1";

    private HandResults() {
    }

    public static Results results() {
        List<IndicatorTable.Row> rows = new ArrayList<>();
        rows.add(row("a", 0, 200, 4));
        rows.add(row("a", 0, 100, 0));
        double[] a = {4, 1, 3, 2};
        double[] b = {10, Double.NaN, 40, 20};
        for (int r = 1; r < 4; r++) {
            rows.add(row("a", r, 100, 0));
            rows.add(row("a", r, 200, a[r]));
        }
        for (int r = 0; r < 4; r++) {
            rows.add(row("b", r, 200, b[r]));
        }
        rows.add(row("c", 0, 200, Double.NaN));
        RunRecord front = new RunRecord(new RunKey(INSTANCE, "a", 0), 1, "a", "moea", 200, 0.1, List.of(),
                List.of(new double[] {1, 2}, new double[] {3, 0.5}), List.of(true, false), List.of());
        ReferenceSet ref = new ReferenceSet("union", List.of("f1", "f2"),
                List.of(new double[] {1, 2}, new double[] {2, 1}), new double[] {1, 1}, new double[] {2, 2},
                new double[] {1.1, 1.1});
        return new Results("hand", Map.of(), rows, List.of(front), Map.of(INSTANCE, ref));
    }

    private static IndicatorTable.Row row(String algorithm, int replicate, long evaluations, double value) {
        return new IndicatorTable.Row(INSTANCE, algorithm, replicate, evaluations, "hypervolume", value);
    }
}
