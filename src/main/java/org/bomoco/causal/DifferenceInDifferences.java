package org.bomoco.causal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Cohort-wise difference-in-differences for staggered adoption in the style of Callaway &amp; Sant'Anna (2021,
 * J. Econometrics 225:200–230), without covariates.
 *
 * <p>For each cohort g (services whose change starts on day g) and each day t ≥ g,
 * ATT(g,t) = [ȳ_g(t) − ȳ_g(base)] − [ȳ_C(t) − ȳ_C(base)], where base is the mean over the {@code baseWindow} days
 * g−W..g−1 and the controls C are the services never treated or not yet treated at t (start &gt; t). The overall
 * ATT averages ATT(g,t) over all (g,t) with at least one control, weighting each by the cohort size (so every treated
 * service-day with a control counts once). Unlike two-way fixed effects it never uses already-treated services as
 * controls, so it is not biased by heterogeneous or dynamic effects (Goodman-Bacon 2021). A short base window placed
 * right before the start makes it robust to level differences that arose before the change.
 *
 * <p>Event-study leads (pre-trend check): lead k (k = 1..K) is the same contrast for day g − W − k against the base
 * window, using controls with start &gt; g or never treated; under parallel trends it is ≈ 0.
 *
 * <p>Standard errors, cluster-robust by service: the estimator is linear in the outcomes, ATT = Σ_i ψ_i / W with
 * ψ_i the weighted contribution of service i's row (treated: Σ_t (y_it − base_i); control: −Σ n_g/n_C (y_it − base_i))
 * and W the total weight. Treating services as independent within their stratum (each cohort and the never-treated
 * group, whose sizes are fixed by the design), Var = Σ_h n_h/(n_h − 1) Σ_{i∈h} (ψ_i − ψ̄_h)² / W² — the stratified
 * cluster ("sandwich") variance with the usual n/(n−1) correction; strata of one service add nothing (cannot be
 * estimated). Intervals are ±1.96·se. Cost O(cohorts · days · services).
 */
public final class DifferenceInDifferences {

    /**
     * Result of the DiD.
     *
     * @param att   the overall average effect on the treated
     * @param leads event-study leads k = 1..K (index k−1), each ≈ 0 under parallel pre-trends (NaN if undefined)
     */
    public record DidResult(EffectEstimate att, List<EffectEstimate> leads) {
        public DidResult {
            leads = List.copyOf(leads);
        }
    }

    private final int baseWindow;
    private final int leads;

    /**
     * @param baseWindow days before each cohort's start averaged as its base period (≥ 1)
     * @param leads      number of event-study leads K (≥ 0)
     */
    public DifferenceInDifferences(int baseWindow, int leads) {
        if (baseWindow < 1 || leads < 0) {
            throw new IllegalArgumentException("baseWindow ≥ 1 and leads ≥ 0 required");
        }
        this.baseWindow = baseWindow;
        this.leads = leads;
    }

    /** Estimates the ATT and leads from outcome[service][day] and start day per service (−1 = never treated). */
    public DidResult estimate(double[][] outcome, int[] start) {
        if (outcome.length != start.length) {
            throw new IllegalArgumentException("outcome rows and start days differ in number");
        }
        double[][] psi = new double[outcome.length][leads + 1];
        double[] weight = new double[leads + 1];
        contributions(outcome, start, psi, weight);
        if (weight[0] == 0) {
            throw new IllegalArgumentException("no cohort with a base window and a control: nothing to estimate");
        }
        List<int[]> strata = strata(start);
        EffectEstimate att = summarise("did-cohort", psi, weight, 0, strata);
        List<EffectEstimate> leadList = new ArrayList<>();
        for (int k = 1; k <= leads; k++) {
            leadList.add(summarise("did-lead-" + k, psi, weight, k, strata));
        }
        return new DidResult(att, leadList);
    }

    private static EffectEstimate summarise(String name, double[][] psi, double[] weight, int slot,
                                            List<int[]> strata) {
        if (weight[slot] == 0) {
            return new EffectEstimate(name, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double total = 0;
        double variance = 0;
        for (int[] stratum : strata) {
            double mean = 0;
            for (int i : stratum) {
                total += psi[i][slot];
                mean += psi[i][slot] / stratum.length;
            }
            double ss = 0;
            for (int i : stratum) {
                ss += (psi[i][slot] - mean) * (psi[i][slot] - mean);
            }
            variance += stratum.length > 1 ? ss * stratum.length / (stratum.length - 1.0) : 0;
        }
        return EffectEstimate.wald(name, total / weight[slot], Math.sqrt(variance) / weight[slot]);
    }

    private static List<int[]> strata(int[] start) {
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < start.length; i++) {
            groups.computeIfAbsent(Math.max(-1, start[i]), g -> new ArrayList<>()).add(i);
        }
        List<int[]> out = new ArrayList<>();
        groups.values().forEach(list -> out.add(list.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Fills ψ (per service, per slot: ATT then leads 1..K) and the total weight per slot. */
    private void contributions(double[][] y, int[] start, double[][] psi, double[] weight) {
        int days = y[0].length;
        for (int g : cohortStarts(start)) {
            if (g - baseWindow < 0 || g >= days) {
                continue;
            }
            double[] base = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                for (int t = g - baseWindow; t < g; t++) {
                    base[i] += y[i][t] / baseWindow;
                }
            }
            for (int t = g; t < days; t++) {
                accumulate(y, start, base, new int[] {g, t, t}, psi, weight, 0);
            }
            for (int k = 1; k <= leads && g - baseWindow - k >= 0; k++) {
                accumulate(y, start, base, new int[] {g, g - baseWindow - k, g}, psi, weight, k);
            }
        }
    }

    /**
     * Adds the contrast of cohort g on one day to ψ[.][slot], weighted by the cohort size; {@code gDayAfter} holds
     * g, the day, and the day after which controls must still be untreated (controls: start &gt; it, or never).
     */
    private static void accumulate(double[][] y, int[] start, double[] base, int[] gDayAfter, double[][] psi,
                                   double[] weight, int slot) {
        int g = gDayAfter[0];
        int day = gDayAfter[1];
        int nt = 0;
        int nc = 0;
        for (int s : start) {
            nt += s == g ? 1 : 0;
            nc += s < 0 || s > gDayAfter[2] ? 1 : 0;
        }
        if (nt == 0 || nc == 0) {
            return;
        }
        for (int i = 0; i < y.length; i++) {
            if (start[i] == g) {
                psi[i][slot] += y[i][day] - base[i];
            } else if (start[i] < 0 || start[i] > gDayAfter[2]) {
                psi[i][slot] -= (double) nt / nc * (y[i][day] - base[i]);
            }
        }
        weight[slot] += nt;
    }

    private static int[] cohortStarts(int[] start) {
        return java.util.Arrays.stream(start).filter(s -> s >= 0).distinct().sorted().toArray();
    }
}
