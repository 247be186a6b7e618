package org.bomoco.stats;

/**
 * One pairwise comparison of {@code algorithm} with {@code other} on one indicator.
 *
 * @param algorithm the algorithm judged
 * @param other the one it is compared with (the control, in a comparison against a control)
 * @param test Mann–Whitney U of {@code algorithm}'s sample and its unadjusted two-sided p-value
 * @param adjustedPValue Holm-adjusted p-value within its family of comparisons
 * @param probabilityBetter Vargha–Delaney A12 oriented so that above 0.5 means {@code algorithm} tends to be better
 *     (see {@link VarghaDelaney#better})
 * @param magnitude Vargha–Delaney effect-size label
 * @param verdict {@code +} if {@code algorithm} is significantly better than {@code other}, {@code −} if worse,
 *     {@code ≈} otherwise
 */
public record PairResult(String algorithm, String other, MannWhitney.Result test, double adjustedPValue,
        double probabilityBetter, VarghaDelaney.Magnitude magnitude, Verdict verdict) {
}
