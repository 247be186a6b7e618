package org.bomoco.study;

import org.bomoco.causal.BusinessHistory;
import org.bomoco.causal.BusinessKpiCorrelator;
import org.bomoco.causal.DifferenceInDifferences;
import org.bomoco.causal.EffectEstimate;
import org.bomoco.causal.EffectType;
import org.bomoco.causal.HistorySimulator;
import org.bomoco.causal.SimulationSpec;

/**
 * Learns the latency sensitivity {@code e} from one simulated business history.
 *
 * <p>History: {@link SimulationSpec#defaults()} (weekly season, trend, AR(1) noise, shared shocks, organic surges,
 * 30% of services changed in 3 staggered cohorts) reshaped to {@code services × days} (φ = 0.5, sd = 0.02), with a
 * permanent {@link EffectType#LEVEL} effect of relative size {@code r = −e_true·Δ/100} (Δ = {@code latency_ms}: the
 * change adds Δ ms and each 100 ms costs the fraction {@code e_true}), optionally confounded (services changed
 * because their revenue was rising). Seeded by {@code seed}.
 *
 * <p>Estimate: cohort difference-in-differences (Callaway &amp; Sant'Anna 2021; base window {@value #BASE_WINDOW}
 * days, as {@link org.bomoco.causal.AttributionEvaluation}) on log revenue gives the effect in log points {@code a ≈
 * ln(1 + r)} with a cluster-robust 95% interval; {@code ê = −(exp(a) − 1)·100/Δ}, and since the map is decreasing the
 * interval ends swap: {@code [ê(upper), ê(lower)]}. The naive estimate is the pooled OLS slope of log revenue on the
 * post-change indicator ({@link BusinessKpiCorrelator}), converted the same way; it compares different services'
 * levels and, under confounding, credits the change with the growth that caused it.
 */
final class KpiSensitivityLearning {
    /** Days before each cohort's start averaged as its DiD base period. */
    static final int BASE_WINDOW = 7;

    /** DiD and naive estimates of {@code e} per 100 ms. */
    record Learned(KpiSensitivity.Sensitivity did, KpiSensitivity.Sensitivity naive) {
    }

    private KpiSensitivityLearning() {
    }

    /** The simulation spec of the settings (see the class comment). */
    static SimulationSpec spec(KpiSensitivity.Settings s) {
        double relative = -s.truePer100ms() * s.latencyMs() / 100.0;
        return SimulationSpec.defaults().withShape(s.services(), s.days(), 0.5, 0.02)
                .withEffect(EffectType.LEVEL, relative).withConfounded(s.confounded());
    }

    /** Simulates the history of {@code s} and estimates {@code e} by DiD and naively. */
    static Learned learn(KpiSensitivity.Settings s) {
        BusinessHistory h = HistorySimulator.simulate(spec(s), s.seed());
        double[][] logRevenue = h.logRevenue();
        EffectEstimate did = new DifferenceInDifferences(BASE_WINDOW, 0).estimate(logRevenue, h.treatmentStart())
                .att();
        EffectEstimate naive = BusinessKpiCorrelator.correlate(logRevenue, h.postIndicator()).effect();
        return new Learned(toSensitivity(did, s.latencyMs()), toSensitivity(naive, s.latencyMs()));
    }

    /** Converts a log-point effect (and interval) of a change adding {@code latencyMs} into e per 100 ms. */
    static KpiSensitivity.Sensitivity toSensitivity(EffectEstimate logEffect, double latencyMs) {
        return new KpiSensitivity.Sensitivity(logEffect.method(), perHundred(logEffect.estimate(), latencyMs),
                perHundred(logEffect.upper(), latencyMs), perHundred(logEffect.lower(), latencyMs));
    }

    private static double perHundred(double logPoints, double latencyMs) {
        return -Math.expm1(logPoints) * 100.0 / latencyMs;
    }
}
