package org.bomoco.causal;

/**
 * Business-aware rollback: watches a KPI series after an action and fires when a lower-side CUSUM
 * ({@link CusumDetector}) alarms, i.e. on a sustained DROP relative to the pre-action baseline.
 *
 * <p>The baseline is the {@code baselineDays} days just before the action: mean μ0 and sample sd σ0. Daily KPIs are
 * autocorrelated, and a CUSUM on autocorrelated data alarms far too often; with {@code prewhiten} the trigger fits an
 * AR(1) to the baseline (φ = lag-1 autocorrelation, clamped to [−0.95, 0.95]) and runs the CUSUM on the one-step
 * residuals e_t = (x_t − μ0) − φ(x_{t−1} − μ0) scaled by their baseline sd — the residual chart of Montgomery §10.4
 * (Alwan &amp; Roberts 1988). A level drop δ then shows as −δ on the first day and −δ(1−φ) after, so detection is
 * slower but the false-alarm rate is the iid one. A constant baseline (σ0 = 0) gets σ0 = {@link #SD_FLOOR}·max(1,|μ0|):
 * an unchanged KPI never alarms and any drop alarms at once.
 *
 * @param baselineDays pre-action days used for μ0, σ0 (and φ); ≥ 3
 * @param detector     CUSUM parameters (its lower side is used)
 * @param prewhiten    run the CUSUM on AR(1) residuals instead of raw standardised values
 */
public record RollbackTrigger(int baselineDays, CusumDetector detector, boolean prewhiten) {
    /** Relative sd floor for a constant baseline. */
    public static final double SD_FLOOR = 1e-9;
    private static final double PHI_LIMIT = 0.95;

    /** Validates the baseline length. */
    public RollbackTrigger {
        if (baselineDays < 3) {
            throw new IllegalArgumentException("rollback baseline needs at least 3 days, got " + baselineDays);
        }
        if (detector == null) {
            throw new IllegalArgumentException("rollback trigger needs a CUSUM detector");
        }
    }

    /**
     * The outcome of watching one action.
     *
     * @param rollback  whether the trigger fired
     * @param alarmDay  index of the alarm day in the KPI series, −1 if none
     * @param delayDays alarmDay − actionDay (0 = alarm on the action day), −1 if none
     */
    public record Decision(boolean rollback, int alarmDay, int delayDays) {
    }

    /**
     * Watches {@code kpi} from {@code actionDay} to its end.
     *
     * @param kpi       daily KPI values, higher is better
     * @param actionDay index of the first day after the action; needs {@code baselineDays} days before it
     */
    public Decision watch(double[] kpi, int actionDay) {
        double[] z = standardised(kpi, actionDay);
        int alarm = detector.firstAlarm(z, actionDay, 0, 1, CusumDetector.Side.LOWER);
        return alarm < 0 ? new Decision(false, -1, -1) : new Decision(true, alarm, alarm - actionDay);
    }

    /** Alarms from {@code actionDay} on, restarting after each (for false-alarm rates on unchanged series). */
    public int countAlarms(double[] kpi, int actionDay) {
        return detector.countAlarms(standardised(kpi, actionDay), actionDay, 0, 1, CusumDetector.Side.LOWER);
    }

    /** The series turned into standardised (optionally prewhitened) values; entries before the action are 0. */
    double[] standardised(double[] kpi, int actionDay) {
        if (actionDay < baselineDays || actionDay > kpi.length) {
            throw new IllegalArgumentException("action day " + actionDay + " needs " + baselineDays
                    + " baseline days before it within a series of " + kpi.length + " days");
        }
        int from = actionDay - baselineDays;
        double mean = mean(kpi, from, actionDay);
        double phi = prewhiten ? lagOneAutocorrelation(kpi, from, actionDay, mean) : 0;
        double[] residual = new double[kpi.length];
        for (int t = from; t < kpi.length; t++) {
            double previous = t > from ? kpi[t - 1] - mean : 0;
            residual[t] = kpi[t] - mean - phi * previous;
        }
        double sd = Math.sqrt(sumSquares(residual, from + (prewhiten ? 1 : 0), actionDay)
                / (actionDay - from - (prewhiten ? 2 : 1)));
        sd = Math.max(sd, SD_FLOOR * Math.max(1, Math.abs(mean)));
        double[] z = new double[kpi.length];
        for (int t = actionDay; t < kpi.length; t++) {
            z[t] = residual[t] / sd;
        }
        return z;
    }

    private static double lagOneAutocorrelation(double[] x, int from, int to, double mean) {
        double num = 0;
        double den = 0;
        for (int t = from; t < to; t++) {
            den += (x[t] - mean) * (x[t] - mean);
            if (t > from) {
                num += (x[t] - mean) * (x[t - 1] - mean);
            }
        }
        return den == 0 ? 0 : Math.max(-PHI_LIMIT, Math.min(PHI_LIMIT, num / den));
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int t = from; t < to; t++) {
            s += x[t];
        }
        return s / (to - from);
    }

    private static double sumSquares(double[] x, int from, int to) {
        double s = 0;
        for (int t = from; t < to; t++) {
            s += x[t] * x[t];
        }
        return s;
    }
}
