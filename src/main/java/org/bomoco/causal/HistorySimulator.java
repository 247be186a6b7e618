package org.bomoco.causal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates business histories with known causal effects (a data-generating process for evaluating estimators).
 *
 * <p>Counterfactual (untreated) log revenue of service i on day t:
 * <pre>
 *   log y0[i][t] = μ_i + trend·t + A·sin(2πt/7) + shock_t + surge_i(t) + u_i(t)
 * </pre>
 * with μ_i = ln(10 000) + 0.5·N(0,1) (service size); shock_t = shockSize on the days of each of {@code shockCount}
 * shared shocks of {@code shockLength} days (start uniform), shared by every service; surge_i(t) = surgeSize × the
 * number of permanent service-specific surges up to day t (each service-day independently with probability
 * surgeRatePerDay, i.e. a Bernoulli process, memoryless so it never depends on past selection); u_i(t) = φ·u_i(t−1) +
 * sd·N(0,1), started from its stationary law N(0, sd²/(1−φ²)). Observed revenue is
 * y = y0·(1 + effectSize·f(t − start_i)) with f from {@link EffectType#fraction}.
 *
 * <p>Assignment: m = round(treatedShare·services) services are treated, split into {@code cohorts} cohorts as evenly as
 * possible (earlier cohorts get the remainder); cohort c starts on {@code firstStartDay + c·cohortSpacingDays}.
 * <ul>
 * <li>Not confounded: the m services are a uniformly random subset, dealt to cohorts in random order.</li>
 * <li>Confounded: one decision on day d = firstStartDay − decisionLagDays. Every service's 14-day growth
 * g_i = mean(log y0 over days d−7..d−1) − mean(log y0 over days d−14..d−8) is computed; the m services with the
 * largest g_i are treated (ties by index) and rolled out fastest-growing first: the top m_1 in cohort 1, the next m_2
 * in cohort 2, and so on. So the change follows the service's surge: services are treated BECAUSE their traffic was
 * rising. Selection uses only days before d, so it depends on surges (permanent, hence also in each cohort's base
 * window) and on AR(1) noise (transient, fades as φ^lag before the change goes live), never on later outcomes of the
 * controls. (Deciding each cohort separately from the remaining pool would make "never treated" depend on the
 * controls' own later growth, which no estimator can undo; we avoid that by design.)</li>
 * </ul>
 * Deterministic: every draw comes, in a fixed order, from {@code new SplittableRandom(seed)}.
 */
public final class HistorySimulator {

    private static final double BASE_LOG_REVENUE = Math.log(10_000);
    private static final double SIZE_SD = 0.5;
    private static final int WEEK = 7;

    private HistorySimulator() {
    }

    /** Simulates one history from {@code spec} and {@code seed}. */
    public static BusinessHistory simulate(SimulationSpec spec, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] logY0 = counterfactualLog(spec, rng);
        int[] start = spec.confounded() ? confoundedStarts(spec, logY0) : randomStarts(spec, rng);
        int n = spec.services();
        double[][] revenue = new double[n][spec.days()];
        double[][] effect = new double[n][spec.days()];
        boolean[] treated = new boolean[n];
        for (int i = 0; i < n; i++) {
            treated[i] = start[i] >= 0;
            for (int t = 0; t < spec.days(); t++) {
                double y0 = Math.exp(logY0[i][t]);
                double f = treated[i] ? spec.effectType().fraction(t - start[i], spec.rampDays()) : 0.0;
                revenue[i][t] = y0 * (1 + spec.effectSize() * f);
                effect[i][t] = revenue[i][t] - y0;
            }
        }
        return new BusinessHistory(revenue, treated, start, effect);
    }

    private static double[][] counterfactualLog(SimulationSpec spec, SplittableRandom rng) {
        int n = spec.services();
        int days = spec.days();
        double[] common = new double[days];
        for (int t = 0; t < days; t++) {
            common[t] = spec.trendPerDay() * t + spec.weeklyAmplitude() * Math.sin(2 * Math.PI * t / WEEK);
        }
        for (int s = 0; s < spec.shockCount(); s++) {
            int from = rng.nextInt(Math.max(1, days - spec.shockLength() + 1));
            for (int t = from; t < Math.min(days, from + spec.shockLength()); t++) {
                common[t] += spec.shockSize();
            }
        }
        double[][] out = new double[n][days];
        double stationarySd = spec.arSd() / Math.sqrt(1 - spec.arPhi() * spec.arPhi());
        for (int i = 0; i < n; i++) {
            double mu = BASE_LOG_REVENUE + SIZE_SD * gaussian(rng);
            double u = stationarySd * gaussian(rng);
            double surge = 0;
            for (int t = 0; t < days; t++) {
                if (t > 0) {
                    u = spec.arPhi() * u + spec.arSd() * gaussian(rng);
                }
                if (rng.nextDouble() < spec.surgeRatePerDay()) {
                    surge += spec.surgeSize();
                }
                out[i][t] = mu + common[t] + surge + u;
            }
        }
        return out;
    }

    /** Standard normal draw by Box–Muller (SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Cohort sizes: round(share·n) split as evenly as possible, earlier cohorts first. */
    static int[] cohortSizes(SimulationSpec spec) {
        int m = (int) Math.round(spec.treatedShare() * spec.services());
        int[] sizes = new int[spec.cohorts()];
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = m / sizes.length + (c < m % sizes.length ? 1 : 0);
        }
        return sizes;
    }

    private static int[] randomStarts(SimulationSpec spec, SplittableRandom rng) {
        int n = spec.services();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher–Yates
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        int[] start = new int[n];
        java.util.Arrays.fill(start, -1);
        int k = 0;
        int[] sizes = cohortSizes(spec);
        for (int c = 0; c < sizes.length; c++) {
            for (int j = 0; j < sizes[c]; j++) {
                start[order[k++]] = spec.cohortStart(c);
            }
        }
        return start;
    }

    private static int[] confoundedStarts(SimulationSpec spec, double[][] logY0) {
        int n = spec.services();
        int[] start = new int[n];
        java.util.Arrays.fill(start, -1);
        int decision = spec.firstStartDay() - spec.decisionLagDays();
        int half = SimulationSpec.GROWTH_WINDOW / 2;
        double[] growth = new double[n];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
            growth[i] = mean(logY0[i], decision - half, decision)
                    - mean(logY0[i], decision - 2 * half, decision - half);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -growth[i]).thenComparing(i -> i));
        int k = 0;
        int[] sizes = cohortSizes(spec);
        for (int c = 0; c < sizes.length; c++) {
            for (int j = 0; j < sizes[c]; j++) {
                start[order.get(k++)] = spec.cohortStart(c);
            }
        }
        return start;
    }

    private static double mean(double[] row, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += row[t];
        }
        return sum / (to - from);
    }
}
