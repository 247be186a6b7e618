package org.bomoco.causal;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Monte-Carlo evaluation of a {@link RollbackTrigger} on seeded AR(1) KPI series.
 *
 * <p>Each series has {@code baselineDays + monitorDays} days of x_t = u_t, u_t = φu_{t−1} + √(1−φ²)·ε_t, ε iid N(0,1),
 * started from the stationary law (marginal sd 1). A "drop" series subtracts {@code dropSd} (marginal-sd units) from the
 * action day on; a "null" series is left unchanged. Reported: detection rate and detection delay (days from the action
 * day to the alarm, 0 = same day; nearest-rank median and p90 with missed drops counted as +∞), and the false-alarm rate
 * per 1,000 monitored days on null series with the CUSUM restarted after each alarm. Series i uses
 * {@code new SplittableRandom(seed).split()} taken i times, so results are reproducible. O(series · days).
 */
public final class RollbackEvaluation {
    private RollbackEvaluation() {
    }

    /**
     * What to simulate.
     *
     * @param series       number of drop series and, separately, of null series
     * @param baselineDays pre-action days
     * @param monitorDays  days watched after the action
     * @param phi          AR(1) coefficient, |φ| &lt; 1
     * @param dropSd       size of the injected drop, marginal-sd units, ≥ 0
     * @param seed         master seed
     */
    public record Spec(int series, int baselineDays, int monitorDays, double phi, double dropSd, long seed)
            implements java.io.Serializable {
        /** Validates the spec. */
        public Spec {
            if (series < 1 || monitorDays < 1 || !(Math.abs(phi) < 1) || !(dropSd >= 0)) {
                throw new IllegalArgumentException("rollback evaluation needs series >= 1, monitorDays >= 1, |phi| < 1 "
                        + "and dropSd >= 0");
            }
        }
    }

    /**
     * Measured figures.
     *
     * @param detectionRate          share of drop series with an alarm within the monitor window
     * @param medianDelayDays        median delay (+∞ if half or more were missed)
     * @param p90DelayDays           90th-percentile delay (+∞ if over 10% were missed)
     * @param falseAlarmsPer1000Days alarms on null series per 1,000 monitored days
     */
    public record Result(double detectionRate, double medianDelayDays, double p90DelayDays,
            double falseAlarmsPer1000Days) {
    }

    /** Runs the evaluation of {@code trigger} under {@code spec}. */
    public static Result run(RollbackTrigger trigger, Spec spec) {
        SplittableRandom master = new SplittableRandom(spec.seed());
        int action = spec.baselineDays();
        double[] delays = new double[spec.series()];
        int detected = 0;
        long falseAlarms = 0;
        for (int i = 0; i < spec.series(); i++) {
            double[] drop = ar1(master.split(), action + spec.monitorDays(), spec.phi());
            for (int t = action; t < drop.length; t++) {
                drop[t] -= spec.dropSd();
            }
            RollbackTrigger.Decision d = trigger.watch(drop, action);
            delays[i] = d.rollback() ? d.delayDays() : Double.POSITIVE_INFINITY;
            detected += d.rollback() ? 1 : 0;
            double[] unchanged = ar1(master.split(), action + spec.monitorDays(), spec.phi());
            falseAlarms += trigger.countAlarms(unchanged, action);
        }
        Arrays.sort(delays);
        double perThousand = 1000.0 * falseAlarms / ((double) spec.series() * spec.monitorDays());
        return new Result((double) detected / spec.series(), nearestRank(delays, 0.5), nearestRank(delays, 0.9),
                perThousand);
    }

    /** Stationary AR(1) path with marginal sd 1. */
    static double[] ar1(SplittableRandom rng, int days, double phi) {
        double innovationSd = Math.sqrt(1 - phi * phi);
        double[] x = new double[days];
        double u = rng.nextGaussian();
        for (int t = 0; t < days; t++) {
            if (t > 0) {
                u = phi * u + innovationSd * rng.nextGaussian();
            }
            x[t] = u;
        }
        return x;
    }

    /** Nearest-rank percentile of sorted values: the ⌈p·n⌉-th smallest. */
    static double nearestRank(double[] sorted, double p) {
        int rank = Math.max(1, (int) Math.ceil(p * sorted.length));
        return sorted[rank - 1];
    }
}
