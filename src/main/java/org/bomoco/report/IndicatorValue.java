package org.bomoco.report;

import java.util.Objects;

/**
 * One row of {@code indicators.csv}: the value of an indicator for one run at one checkpoint (the run's last
 * checkpoint is its final front). {@code value} may be NaN when the indicator is undefined (e.g. spread of a single
 * point); NaN values are left out of statistics.
 */
public record IndicatorValue(String instance, String algorithm, int replicate, long evaluations, String indicator,
                             double value) {
    public IndicatorValue {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(indicator, "indicator");
    }
}
