package org.bomoco.causal;

/**
 * An effect estimate with its standard error and 95% interval, returned by every estimator in this package.
 *
 * @param method        short name of the estimator (e.g. "naive-ols", "did-cohort", "its-level")
 * @param estimate      the point estimate, in the units of the outcome passed in
 * @param standardError the estimated standard error (NaN if not available)
 * @param lower         lower end of the 95% interval
 * @param upper         upper end of the 95% interval
 */
public record EffectEstimate(String method, double estimate, double standardError, double lower, double upper) {

    /** Two-sided 95% standard normal quantile, Φ⁻¹(0.975). */
    public static final double Z_975 = 1.959963984540054;

    public EffectEstimate {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method must be named");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("interval lower " + lower + " > upper " + upper);
        }
    }

    /** A Wald interval estimate ± {@link #Z_975}·se. */
    public static EffectEstimate wald(String method, double estimate, double standardError) {
        double half = Z_975 * standardError;
        return new EffectEstimate(method, estimate, standardError, estimate - half, estimate + half);
    }

    /** Whether the 95% interval contains {@code value}. */
    public boolean covers(double value) {
        return lower <= value && value <= upper;
    }

    /** Whether the 95% interval excludes zero (a "significant" effect at the 5% level). */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
