package org.bomoco.plot;

import java.util.Objects;

/**
 * One algorithm's convergence: at each {@code x} (evaluations), the median and the first and third quartiles of an
 * indicator over the replicates.
 */
public record Band(String label, double[] x, double[] median, double[] q1, double[] q3) {
    public Band {
        Objects.requireNonNull(label, "label");
        if (x.length == 0 || median.length != x.length || q1.length != x.length || q3.length != x.length) {
            throw new IllegalArgumentException("band '" + label + "' needs equally long, non-empty x, median, q1, q3");
        }
    }
}
