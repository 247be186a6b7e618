package org.bomoco.causal;

/**
 * The naive attribution the original BOMOCO reports: pool all service-days, correlate a change indicator (or a
 * performance metric) with the KPI, and read the simple-regression slope as "the effect".
 *
 * <p>The slope of y on a 0/1 indicator equals mean(y | D = 1) − mean(y | D = 0); its interval is the textbook OLS one
 * assuming iid errors, se = sqrt(s²/Σ(x − x̄)²) with s² = RSS/(n − 2). It ignores service and day differences and
 * autocorrelation, so it is biased when the change is chosen because the KPI was rising, and over-confident.
 */
public final class BusinessKpiCorrelator {

    /**
     * Result of the naive method.
     *
     * @param pearson Pearson correlation between the regressor and the KPI over all service-days
     * @param effect  the simple-regression slope with its iid 95% interval
     */
    public record NaiveResult(double pearson, EffectEstimate effect) {
    }

    private BusinessKpiCorrelator() {
    }

    /** Naive analysis of a 0/1 change indicator against the KPI. */
    public static NaiveResult correlate(double[][] kpi, boolean[][] changed) {
        double[][] x = new double[changed.length][];
        for (int i = 0; i < changed.length; i++) {
            x[i] = new double[changed[i].length];
            for (int t = 0; t < changed[i].length; t++) {
                x[i][t] = changed[i][t] ? 1.0 : 0.0;
            }
        }
        return correlate(kpi, x);
    }

    /** Naive analysis of any regressor (e.g. a latency metric) against the KPI, pooled over service-days. */
    public static NaiveResult correlate(double[][] kpi, double[][] regressor) {
        if (kpi.length != regressor.length) {
            throw new IllegalArgumentException("kpi and regressor need the same services");
        }
        double n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < kpi.length; i++) {
            for (int t = 0; t < kpi[i].length; t++) {
                n++;
                sx += regressor[i][t];
                sy += kpi[i][t];
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < kpi.length; i++) {
            for (int t = 0; t < kpi[i].length; t++) {
                double dx = regressor[i][t] - mx;
                double dy = kpi[i][t] - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        if (sxx == 0 || n < 3) {
            throw new IllegalArgumentException("the regressor is constant (no change / no variation)");
        }
        double slope = sxy / sxx;
        double rss = Math.max(0, syy - slope * sxy);
        double se = Math.sqrt(rss / (n - 2) / sxx);
        double r = syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
        return new NaiveResult(r, EffectEstimate.wald("naive-ols", slope, se));
    }
}
