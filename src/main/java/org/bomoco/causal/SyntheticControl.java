package org.bomoco.causal;

import java.util.Arrays;

/**
 * Synthetic control (Abadie, Diamond &amp; Hainmueller 2010, JASA 105:493) on a panel {@code outcomes[unit][time]}.
 *
 * <p><b>Weights.</b> w ≥ 0, Σw = 1 over the donor units (every unit but the treated one) minimising the
 * pre-treatment squared error Σ_{t&lt;T0} (y_t − Σ_j w_j d_{j,t})², solved by {@link ScSimplexSolver} (accelerated
 * projected gradient). Deviation from ADH: the predictor-weight matrix V is the identity on pre-period outcomes
 * (no covariates, no nested V optimisation). With {@code demeaned = true} each unit's pre-period mean is removed
 * first (the "demeaned SC" of Ferman &amp; Pinto 2021), which lets a treated unit outside the donors' level range be
 * matched; the gap then compares deviations from pre-period means. On levels, a treated unit at the edge of the
 * donors' range cannot be fitted (poor pre-fit, biased gap) — in a test with a deterministic level ranking the
 * placebo p-value was visibly non-uniform (mean 0.43); with exchangeable levels it was fine.
 *
 * <p><b>Effect.</b> The mean post-treatment gap (treated − synthetic) over t ≥ T0.
 *
 * <p><b>Inference</b> by in-space placebos (ADH 2010 §2.4; Abadie 2021 JEL 59:391 §7): each donor j in turn is the
 * pseudo-treated unit, matched on the other donors (the truly treated unit is excluded from every placebo pool).
 * For every unit u the scale-free ratio r_u = (mean post gap_u) / (pre-RMSPE_u) is formed.
 * <ul>
 *   <li>p-value = (1 + #{j : |r_j| ≥ |r_0|}) / (J + 1), r_0 the treated unit's ratio (permutation p-value).</li>
 *   <li>95% interval = estimate ± q · preRMSPE_0, with q the ⌈0.95(J+1)⌉-th smallest |r_j| — the test-inversion
 *   interval under a constant effect. When J &lt; 19 that order statistic does not exist and the largest |r_j| is
 *   used: the interval is then coarse and its nominal level is only J/(J+1) (e.g. 90.9% with 10 donors).</li>
 *   <li>standardError = preRMSPE_0 · √(mean r_j²), a placebo-based scale, not a sampling standard error.</li>
 * </ul>
 * Complexity: (J+1) simplex fits, each O(J²T0 + iterations·J²).
 */
public final class SyntheticControl {
    /** Method id carried by the returned {@link EffectEstimate}. */
    public static final String METHOD = "synthetic-control";
    /** Floor on a pre-RMSPE when forming ratios, so a perfect pre-fit does not divide by zero. */
    static final double RMSPE_FLOOR = 1e-12;

    private final boolean demeaned;

    /** @param demeaned remove each unit's pre-period mean before matching (Ferman &amp; Pinto 2021) */
    public SyntheticControl(boolean demeaned) {
        this.demeaned = demeaned;
    }

    /** Synthetic control on levels, as in ADH 2010. */
    public SyntheticControl() {
        this(false);
    }

    /**
     * One synthetic-control fit for one unit.
     *
     * @param donorUnits unit indices of the donors
     * @param weights    weights of {@code donorUnits}, ≥ 0, summing to 1
     * @param gaps       treated − synthetic, per time step
     * @param effect     mean post-period gap
     * @param preRmspe   root mean squared pre-period gap
     */
    public record Match(int[] donorUnits, double[] weights, double[] gaps, double effect, double preRmspe) {
        /** Mean post gap over pre-RMSPE (floored at {@link #RMSPE_FLOOR}). */
        public double ratio() {
            return effect / Math.max(preRmspe, RMSPE_FLOOR);
        }
    }

    /**
     * Full result: the treated fit, the placebo fits and the inference.
     *
     * @param treated  fit of the treated unit
     * @param placebos fit of each donor as pseudo-treated unit, in donor order
     * @param pValue   permutation p-value of |r_0| among the placebo |r_j|
     * @param estimate effect with 95% interval (see the class Javadoc for the construction)
     */
    public record Result(Match treated, Match[] placebos, double pValue, EffectEstimate estimate) {
    }

    /**
     * Fits the synthetic control and its placebos.
     *
     * @param outcomes outcomes[unit][time], rectangular
     * @param treated  index of the treated unit
     * @param start    first treated time index T0 (1 ≤ T0 &lt; T)
     * @return weights, gaps, effect, placebo p-value and interval
     */
    public Result fit(double[][] outcomes, int treated, int start) {
        validate(outcomes, treated, start);
        int[] donors = others(outcomes.length, treated, -1);
        Match main = match(outcomes, treated, donors, start);
        Match[] placebos = new Match[donors.length];
        for (int i = 0; i < donors.length; i++) {
            placebos[i] = match(outcomes, donors[i], others(outcomes.length, donors[i], treated), start);
        }
        double r0 = Math.abs(main.ratio());
        double[] absRatios = new double[placebos.length];
        int atLeast = 0;
        double sumSq = 0;
        for (int i = 0; i < placebos.length; i++) {
            absRatios[i] = Math.abs(placebos[i].ratio());
            sumSq += absRatios[i] * absRatios[i];
            if (absRatios[i] >= r0) {
                atLeast++;
            }
        }
        double pValue = (1.0 + atLeast) / (placebos.length + 1);
        double half = criticalRatio(absRatios) * main.preRmspe();
        double se = main.preRmspe() * Math.sqrt(sumSq / placebos.length);
        EffectEstimate estimate = new EffectEstimate(METHOD, main.effect(), se, main.effect() - half,
                main.effect() + half);
        return new Result(main, placebos, pValue, estimate);
    }

    /** The ⌈0.95(J+1)⌉-th smallest |r_j|, or the largest when J &lt; 19 (coarse; level J/(J+1)). */
    static double criticalRatio(double[] absRatios) {
        double[] sorted = absRatios.clone();
        Arrays.sort(sorted);
        int k = (int) Math.ceil(0.95 * (sorted.length + 1));
        return sorted[Math.min(k, sorted.length) - 1];
    }

    /** Matches {@code unit} on {@code donors} over the pre-period [0, start). */
    Match match(double[][] outcomes, int unit, int[] donors, int start) {
        return match(outcomes, unit, donors, start, ScSimplexSolver.TOLERANCE, ScSimplexSolver.MAX_ITERATIONS);
    }

    /** {@link #match(double[][], int, int[], int)} with the simplex solver's stopping rules. */
    Match match(double[][] outcomes, int unit, int[] donors, int start, double tolerance, int maxIterations) {
        double[] y = prepared(outcomes[unit], start);
        double[][] pool = new double[donors.length][];
        double[][] preDonors = new double[donors.length][];
        for (int j = 0; j < donors.length; j++) {
            pool[j] = prepared(outcomes[donors[j]], start);
            preDonors[j] = Arrays.copyOf(pool[j], start);
        }
        double[] w = ScSimplexSolver.solve(Arrays.copyOf(y, start), preDonors, tolerance, maxIterations);
        int periods = y.length;
        double[] gaps = new double[periods];
        double pre = 0;
        double post = 0;
        for (int t = 0; t < periods; t++) {
            double synthetic = 0;
            for (int j = 0; j < donors.length; j++) {
                synthetic += w[j] * pool[j][t];
            }
            gaps[t] = y[t] - synthetic;
            if (t < start) {
                pre += gaps[t] * gaps[t];
            } else {
                post += gaps[t];
            }
        }
        return new Match(donors.clone(), w, gaps, post / (periods - start), Math.sqrt(pre / start));
    }

    private double[] prepared(double[] series, int start) {
        if (!demeaned) {
            return series.clone();
        }
        double mean = 0;
        for (int t = 0; t < start; t++) {
            mean += series[t];
        }
        mean /= start;
        double[] out = new double[series.length];
        for (int t = 0; t < series.length; t++) {
            out[t] = series[t] - mean;
        }
        return out;
    }

    private static int[] others(int units, int excludeA, int excludeB) {
        return java.util.stream.IntStream.range(0, units)
                .filter(u -> u != excludeA && u != excludeB).toArray();
    }

    private static void validate(double[][] outcomes, int treated, int start) {
        if (outcomes.length < 3) {
            throw new IllegalArgumentException("synthetic control needs the treated unit and at least 2 donors, got "
                    + outcomes.length + " units");
        }
        if (treated < 0 || treated >= outcomes.length) {
            throw new IllegalArgumentException("treated unit " + treated + " outside 0.." + (outcomes.length - 1));
        }
        int periods = outcomes[0].length;
        for (double[] row : outcomes) {
            if (row.length != periods) {
                throw new IllegalArgumentException("outcomes must be rectangular: rows of " + periods + " and "
                        + row.length + " time steps");
            }
        }
        if (start < 1 || start >= periods) {
            throw new IllegalArgumentException("treatment start " + start + " must leave at least one pre and one "
                    + "post period in 0.." + (periods - 1));
        }
    }
}
