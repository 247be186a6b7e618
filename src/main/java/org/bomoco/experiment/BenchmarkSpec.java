package org.bomoco.experiment;

import java.util.Objects;

/**
 * A standard test problem: DTLZ1–7, WFG1–9 or ZDT1–6.
 *
 * @param problem problem name, e.g. {@code DTLZ2}
 * @param objectives number of objectives (2 for ZDT)
 * @param variables number of decision variables, or 0 for the usual default (DTLZ: m + k − 1 with k = 5 for DTLZ1,
 *     10 for DTLZ2–6, 20 for DTLZ7; WFG: k = 2(m − 1), l = 20; ZDT: 30, 10 for ZDT4 and ZDT6)
 */
public record BenchmarkSpec(String problem, int objectives, int variables) implements java.io.Serializable {
    public BenchmarkSpec {
        Objects.requireNonNull(problem, "problem");
    }
}
