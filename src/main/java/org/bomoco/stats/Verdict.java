package org.bomoco.stats;

/** Outcome of comparing an algorithm with a reference one on an indicator, after multiple-comparison correction. */
public enum Verdict {
    /** Significantly better than the reference ({@code +}). */
    BETTER("+"),
    /** Significantly worse than the reference ({@code −}). */
    WORSE("−"),
    /** No significant difference ({@code ≈}). */
    NO_DIFFERENCE("≈"),
    /** The row of the reference (control) algorithm itself: no symbol. */
    CONTROL("");

    private final String symbol;

    Verdict(String symbol) {
        this.symbol = symbol;
    }

    /** {@code +}, {@code −} (U+2212), {@code ≈} or the empty string for the control. */
    public String symbol() {
        return symbol;
    }

    /**
     * @param adjustedPValue multiplicity-adjusted p-value of the pair
     * @param probabilityBetter probability that the algorithm beats the reference ({@link VarghaDelaney#better})
     * @param alpha significance level: significant when {@code adjustedPValue < alpha}
     */
    static Verdict of(double adjustedPValue, double probabilityBetter, double alpha) {
        if (adjustedPValue >= alpha || probabilityBetter == 0.5) {
            return NO_DIFFERENCE;
        }
        return probabilityBetter > 0.5 ? BETTER : WORSE;
    }
}
