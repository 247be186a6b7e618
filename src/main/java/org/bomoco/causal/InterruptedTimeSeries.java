package org.bomoco.causal;

/**
 * Interrupted time series by segmented regression (Wagner et al. 2002, J. Clin. Pharm. Ther. 27:299–309):
 * <pre>
 *   y_t = β0 + β1·t + β2·D_t + β3·(t − T0)·D_t + Σ_{d=1..6} γ_d·[t mod 7 = d] + ε_t,   D_t = [t ≥ T0]
 * </pre>
 * β2 is the level change at T0 and β3 the slope change. Standard errors are Newey &amp; West (1987, Econometrica
 * 55:703–708) HAC with Bartlett weights, lag ⌊4(n/100)^{2/9}⌋ by default, so autocorrelated errors do not make the
 * interval too narrow; intervals are ±1.96·se (asymptotic normal). Fit by OLS, O(n·k²) with k = 10 columns.
 * The weekly dummies are dropped if the series is shorter than 14 days.
 *
 * <p>Limits (measured on {@link HistorySimulator} output): Newey–West intervals under-cover in short series (≈ 0.85
 * for n = 120, AR(1) φ = 0.5), and a single-series ITS has no control for level shifts that are not in the model
 * (shared shocks, service surges), nor for confounded timing (a surge just before T0 steepens the fitted pre-trend).
 * {@link #difference} gives a comparative series (treated minus controls) that removes shared shocks.
 */
public final class InterruptedTimeSeries {

    /**
     * Result of the segmented regression.
     *
     * @param levelChange β2, the jump at the interruption
     * @param slopeChange β3, the change of slope per day after the interruption
     * @param lag         the Newey–West lag used
     */
    public record ItsResult(EffectEstimate levelChange, EffectEstimate slopeChange, int lag) {
    }

    private static final int WEEK = 7;

    private InterruptedTimeSeries() {
    }

    /** Segmented regression of {@code series} interrupted at day {@code t0}, default Newey–West lag. */
    public static ItsResult estimate(double[] series, int t0) {
        return estimate(series, t0, LinearFit.defaultLag(series.length));
    }

    /** Segmented regression with an explicit Newey–West lag (0 = White HC0). */
    public static ItsResult estimate(double[] series, int t0, int lag) {
        int n = series.length;
        if (t0 < 2 || t0 > n - 2) {
            throw new IllegalArgumentException("interruption day " + t0 + " needs ≥ 2 days on each side of " + n);
        }
        if (lag < 0 || lag >= n) {
            throw new IllegalArgumentException("Newey–West lag must be in [0, n)");
        }
        boolean weekly = n >= 2 * WEEK;
        double[][] x = new double[n][weekly ? 4 + WEEK - 1 : 4];
        for (int t = 0; t < n; t++) {
            double d = t >= t0 ? 1 : 0;
            x[t][0] = 1;
            x[t][1] = t;
            x[t][2] = d;
            x[t][3] = (t - t0) * d;
            if (weekly && t % WEEK > 0) {
                x[t][3 + t % WEEK] = 1;
            }
        }
        LinearFit fit = new LinearFit(x, series);
        return new ItsResult(
                EffectEstimate.wald("its-level", fit.coefficient(2), fit.neweyWestStandardError(2, lag)),
                EffectEstimate.wald("its-slope", fit.coefficient(3), fit.neweyWestStandardError(3, lag)), lag);
    }

    /** The mean over services of outcome[service][day] for the services in {@code rows} (e.g. one cohort). */
    public static double[] average(double[][] outcome, int[] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows to average");
        }
        double[] out = new double[outcome[rows[0]].length];
        for (int i : rows) {
            for (int t = 0; t < out.length; t++) {
                out[t] += outcome[i][t] / rows.length;
            }
        }
        return out;
    }

    /**
     * Treated-minus-control series (a comparative ITS): mean of {@code treatedRows} minus mean of
     * {@code controlRows} per day. Shocks shared by all services cancel, which the single-series ITS cannot do.
     */
    public static double[] difference(double[][] outcome, int[] treatedRows, int[] controlRows) {
        double[] treated = average(outcome, treatedRows);
        double[] control = average(outcome, controlRows);
        for (int t = 0; t < treated.length; t++) {
            treated[t] -= control[t];
        }
        return treated;
    }
}
