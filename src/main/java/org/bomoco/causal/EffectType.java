package org.bomoco.causal;

/** Shape of the true effect of an infrastructure change on revenue, relative to the counterfactual revenue. */
public enum EffectType {
    /** No effect: revenue is unchanged. */
    ZERO,
    /** A permanent relative level shift from the start day on. */
    LEVEL,
    /** A linear ramp reaching the full relative size after {@code rampDays} days, then flat. */
    RAMP;

    /**
     * Fraction of the full effect reached {@code daysSinceStart} days after the start (0 on the start day itself
     * counts as the first day).
     */
    public double fraction(int daysSinceStart, int rampDays) {
        if (daysSinceStart < 0 || this == ZERO) {
            return 0.0;
        }
        if (this == LEVEL) {
            return 1.0;
        }
        return Math.min(1.0, (daysSinceStart + 1.0) / rampDays);
    }
}
