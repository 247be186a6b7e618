package org.bomoco.study;

import static org.bomoco.data.CarbonForecastGenerator.ERROR_PHI;
import static org.bomoco.data.CarbonForecastGenerator.ERROR_SCALE;
import static org.bomoco.data.CarbonForecastGenerator.ERROR_SCALE_LOG_SD;
import static org.bomoco.data.CarbonForecastGenerator.LEAD_GROWTH_END;
import static org.bomoco.data.CarbonForecastGenerator.LEAD_GROWTH_START;
import static org.bomoco.data.CarbonForecastGenerator.RESIDUAL_PHI;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.data.CarbonForecastGenerator;
import org.bomoco.data.CarbonProfiles;
import org.bomoco.model.CarbonForecast;
import org.bomoco.model.InputException;
import org.bomoco.model.Region;

/**
 * The "weather" of one simulated week: per region the realised hourly carbon intensity and spot-price multiplier
 * over {@code hours + 48} hours, and the 48-hour forecasts of both re-issued at every hour {@code h < hours}.
 *
 * <p><b>Actual carbon</b>: the model of {@link CarbonForecastGenerator} run over the longer horizon:
 * {@code a[t] = max(floor, scale·(mean[m,h] + sd[m,h]·z_t))}, {@code z} a stationary AR(1) with φ =
 * {@link CarbonForecastGenerator#RESIDUAL_PHI}, floor 5 % of the hour's scaled mean (≥ 0.01 g/kWh).
 *
 * <p><b>Spot price</b> (assumption of this study; the model's prices are static list prices): the spot price of a
 * region is its list spot price {@code p·m·(1 − d_r)} times a multiplier {@code π_t = exp(σ·y_t − σ²/2)},
 * {@code y} a stationary unit-variance AR(1) with φ = {@link #SPOT_PHI} (AWS moved to "smoother" spot prices
 * that change gradually with long-term supply and demand, Nov. 2017), σ = {@link #SPOT_LOG_SD}; the hourly spot
 * cost factor is {@code min(1, (1 − d_r)·π_t)} (spot never above on-demand).
 *
 * <p><b>Re-issued forecasts.</b> The issue at hour {@code h} covers targets {@code τ = h..h+47} with lead
 * {@code k = τ − h}: {@code f_h[τ] = a[τ]·max(0.05, 1 + s·g(k)·η_h[τ])}, {@code g} growing linearly from
 * {@link CarbonForecastGenerator#LEAD_GROWTH_START} to {@code LEAD_GROWTH_END} as in the generator. The error
 * {@code η_h} is correlated along the lead (an AR(1) in {@code k} with φ = {@link CarbonForecastGenerator#ERROR_PHI})
 * and across issues: {@code η_h[τ] = ρ·η_{h−1}[τ] + √(1−ρ²)·ν_h[k]}, {@code ν_h} a fresh unit AR(1) path in the lead,
 * ρ = {@link #REVISION_PHI} (assumption: successive issues revise rather than redraw; new targets start from
 * {@code ν_h} alone), so every {@code η_h[τ]} has unit variance. Carbon: {@code s} is the generator's per-window
 * scale, drawn once per day of issue ({@code ERROR_SCALE·exp(ERROR_SCALE_LOG_SD·ξ)}, keeping the daily MAPE
 * calibration on GB 48-h tracking data); spot: {@code s} = {@link #SPOT_ERROR_SCALE} (assumption).
 *
 * <p>Each region draws from its own stream {@link CarbonForecastGenerator#regionSeed}{@code (seed, id)}, split in
 * the order actual carbon, carbon error, spot path, spot error. O(R·(hours + 48)·48) time and memory.
 */
final class AdaptationWeather {
    /** Correlation of the forecast error of one target between consecutive hourly issues (assumption). */
    static final double REVISION_PHI = 0.9;
    /** Hourly AR(1) coefficient of the log spot-price multiplier (half-life ≈ 6 days; assumption). */
    static final double SPOT_PHI = 0.995;
    /** Stationary standard deviation of the log spot-price multiplier (assumption). */
    static final double SPOT_LOG_SD = 0.15;
    /** Relative error scale of the spot-price forecast at mean lead (assumption). */
    static final double SPOT_ERROR_SCALE = 0.05;
    static final int WINDOW = CarbonForecast.WINDOW_HOURS;
    private static final double MIN_RATIO = 0.05;
    private static final double FLOOR_FRACTION = 0.05;

    private final Instant start;
    private final List<Region> regions;
    private final double[][] carbon;
    private final double[][] spot;
    private final double[][][] carbonIssued;
    private final double[][][] spotIssued;

    private AdaptationWeather(Instant start, List<Region> regions, double[][] carbon, double[][] spot,
                              double[][][] carbonIssued, double[][][] spotIssued) {
        this.start = start;
        this.regions = regions;
        this.carbon = carbon;
        this.spot = spot;
        this.carbonIssued = carbonIssued;
        this.spotIssued = spotIssued;
    }

    /** The week of {@code regions} (instance order) from UTC hour {@code start}, {@code hours} issues. */
    static AdaptationWeather generate(List<Region> regions, CarbonProfiles profiles, Instant start, int hours,
                                      long seed) {
        CarbonForecastGenerator gen = new CarbonForecastGenerator(profiles);
        int r = regions.size();
        double[][] carbon = new double[r][];
        double[][] spot = new double[r][];
        double[][][] ci = new double[hours][r][];
        double[][][] si = new double[hours][r][];
        for (int j = 0; j < r; j++) {
            Region region = regions.get(j);
            if (!profiles.hasZone(region.carbonZone())) {
                throw new InputException("carbon profiles", 0, "ci_zone", "region " + region.id() + " has ci_zone '"
                        + region.carbonZone() + "', which is not a zone of the carbon profiles " + profiles.zones());
            }
            SplittableRandom root = new SplittableRandom(CarbonForecastGenerator.regionSeed(seed, region.id()));
            carbon[j] = actualCarbon(profiles, region, gen.scale(region), start, hours + WINDOW, root.split());
            SplittableRandom carbonError = root.split();
            spot[j] = spotPath(hours + WINDOW, root.split());
            issue(carbon[j], hours, carbonError, true, ci, j);
            issue(spot[j], hours, root.split(), false, si, j);
        }
        return new AdaptationWeather(start, List.copyOf(regions), carbon, spot, ci, si);
    }

    private static double[] actualCarbon(CarbonProfiles profiles, Region region, double scale, Instant start,
                                         int length, SplittableRandom rng) {
        ZonedDateTime t0 = start.atZone(ZoneOffset.UTC);
        double[] a = new double[length];
        double z = rng.nextGaussian();
        double innovation = Math.sqrt(1 - RESIDUAL_PHI * RESIDUAL_PHI);
        for (int t = 0; t < length; t++) {
            if (t > 0) {
                z = RESIDUAL_PHI * z + innovation * rng.nextGaussian();
            }
            ZonedDateTime at = t0.plusHours(t);
            double mean = scale * profiles.mean(region.carbonZone(), at.getMonthValue(), at.getHour());
            double sd = scale * profiles.sd(region.carbonZone(), at.getMonthValue(), at.getHour());
            a[t] = Math.max(Math.max(0.01, FLOOR_FRACTION * mean), mean + sd * z);
        }
        return a;
    }

    private static double[] spotPath(int length, SplittableRandom rng) {
        double[] pi = new double[length];
        double y = rng.nextGaussian();
        double innovation = Math.sqrt(1 - SPOT_PHI * SPOT_PHI);
        for (int t = 0; t < length; t++) {
            if (t > 0) {
                y = SPOT_PHI * y + innovation * rng.nextGaussian();
            }
            pi[t] = Math.exp(SPOT_LOG_SD * y - SPOT_LOG_SD * SPOT_LOG_SD / 2);
        }
        return pi;
    }

    /** Fills {@code out[h][j]} with the issues of {@code actual} (see the class comment). */
    private static void issue(double[] actual, int hours, SplittableRandom rng, boolean carbon, double[][][] out,
                              int j) {
        double[] eta = new double[WINDOW]; // eta[k] = error of target h + k
        double rho = REVISION_PHI;
        double keep = Math.sqrt(1 - rho * rho);
        double s = 0;
        for (int h = 0; h < hours; h++) {
            if (carbon && h % 24 == 0) {
                s = ERROR_SCALE * Math.exp(ERROR_SCALE_LOG_SD * rng.nextGaussian());
            } else if (!carbon) {
                s = SPOT_ERROR_SCALE;
            }
            double[] nu = leadPath(rng);
            for (int k = 0; k < WINDOW; k++) {
                boolean known = h > 0 && k < WINDOW - 1;
                eta[k] = known ? rho * eta[k + 1] + keep * nu[k] : nu[k];
            }
            double[] f = new double[WINDOW];
            for (int k = 0; k < WINDOW; k++) {
                double g = LEAD_GROWTH_START + (LEAD_GROWTH_END - LEAD_GROWTH_START) * k / (WINDOW - 1.0);
                f[k] = actual[h + k] * Math.max(MIN_RATIO, 1 + s * g * eta[k]);
            }
            out[h][j] = f;
        }
    }

    /** A unit-variance AR(1) path over the 48 leads with φ = {@link CarbonForecastGenerator#ERROR_PHI}. */
    private static double[] leadPath(SplittableRandom rng) {
        double[] nu = new double[WINDOW];
        double innovation = Math.sqrt(1 - ERROR_PHI * ERROR_PHI);
        nu[0] = rng.nextGaussian();
        for (int k = 1; k < WINDOW; k++) {
            nu[k] = ERROR_PHI * nu[k - 1] + innovation * rng.nextGaussian();
        }
        return nu;
    }

    /** A week from given paths (tests): {@code issued[h][j]} are the 48-hour issues. */
    static AdaptationWeather of(Instant start, List<Region> regions, double[][] carbon, double[][] spot,
                                double[][][] carbonIssued, double[][][] spotIssued) {
        return new AdaptationWeather(start, List.copyOf(regions), carbon, spot, carbonIssued, spotIssued);
    }

    Instant start() {
        return start;
    }

    /** Realised intensity of region {@code j} (instance order) in hour {@code t}, gCO2e/kWh. */
    double carbon(int j, int t) {
        return carbon[j][t];
    }

    /** Realised spot-price multiplier {@code π} of region {@code j} in hour {@code t}. */
    double spotMultiplier(int j, int t) {
        return spot[j][t];
    }

    /** The carbon forecast issued at hour {@code h} for hours {@code h..h+47}, as the model's record. */
    CarbonForecast carbonForecast(int h) {
        java.util.Map<String, double[]> m = new java.util.LinkedHashMap<>();
        for (int j = 0; j < regions.size(); j++) {
            m.put(regions.get(j).id(), carbonIssued[h][j]);
        }
        return new CarbonForecast(start.plusSeconds(3600L * h), m);
    }

    /** Mean of the carbon forecast issued at {@code h} for region {@code j}. */
    double carbonForecastMean(int h, int j) {
        return mean(carbonIssued[h][j]);
    }

    /** Mean of the spot multiplier forecast issued at {@code h} for region {@code j}. */
    double spotForecastMean(int h, int j) {
        return mean(spotIssued[h][j]);
    }

    /** Issued carbon forecast value (tests, diagnostics). */
    double carbonIssued(int h, int j, int lead) {
        return carbonIssued[h][j][lead];
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }
}
