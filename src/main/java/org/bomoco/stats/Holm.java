package org.bomoco.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm–Bonferroni step-down adjusted p-values (S. Holm, "A simple sequentially rejective multiple test procedure",
 * Scandinavian Journal of Statistics 6(2), 1979; adjusted-p form as in S.P. Wright, "Adjusted P-values for
 * simultaneous inference", Biometrics 48(4), 1992, and R's {@code p.adjust(method = "holm")}). With the m p-values
 * sorted ascending {@code p(1) ≤ … ≤ p(m)}:
 *
 * <pre>
 *   p̃(i) = min(1, max_{j ≤ i} (m − j + 1) · p(j))
 * </pre>
 *
 * so the adjusted values are monotone in the raw ones and capped at 1; rejecting {@code p̃ ≤ α} is Holm's procedure,
 * controlling the family-wise error rate at α. Equal raw p-values keep their input order. O(m log m).
 */
public final class Holm {
    private Holm() {
    }

    /**
     * @param pValues raw p-values in {@code [0, 1]} (not modified); may be empty
     * @return adjusted p-values, in the input order
     * @throws IllegalArgumentException on a value outside {@code [0, 1]} or NaN
     */
    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        for (int i = 0; i < m; i++) {
            if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " is " + pValues[i] + ", expected one in [0, 1]");
            }
        }
        Integer[] order = new Integer[m];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i])); // stable: ties keep input order
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
