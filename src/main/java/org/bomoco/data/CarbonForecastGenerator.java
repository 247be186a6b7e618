package org.bomoco.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.InputException;
import org.bomoco.model.Region;

/**
 * Synthetic 48-hour carbon-intensity windows (realised "actual" and a day-ahead style "forecast") for cloud regions,
 * shaped by {@link CarbonProfiles}.
 *
 * <p><b>Actual.</b> A region follows the profile of its {@code carbonZone}, scaled by
 * {@code scale = region.meanGramsCo2PerKwh / annualMean(zone)}. For hour {@code t} of the window, with (m, h) the
 * UTC month and hour of {@code start + t}: {@code actual[t] = max(floor, scale·(mean[m,h] + sd[m,h]·z_t))}, where
 * {@code z} is a stationary AR(1) process with unit variance, {@code z_0 ~ N(0,1)},
 * {@code z_t = φ·z_{t−1} + √(1−φ²)·ε_t}, and {@code floor = max(0.01, 5% of scale·mean[m,h])}.
 * {@link #RESIDUAL_PHI} is estimated on the 2023 Electricity Maps series ({@link #residualLag1Autocorrelation}).
 *
 * <p><b>Forecast.</b> {@code forecast[t] = actual[t]·max(0.05, 1 + e_t)}, with zero-mean error
 * {@code e_t = s·g(t)·η_t}: {@code η} an AR(1) process with φ = {@link #ERROR_PHI}, unit variance; {@code g(t)}
 * grows linearly with lead time from {@link #LEAD_GROWTH_START} to {@link #LEAD_GROWTH_END} (mean 1 over the
 * window); {@code s = }{@link #ERROR_SCALE}{@code ·exp(}{@link #ERROR_SCALE_LOG_SD}{@code ·ξ)}, ξ ~ N(0,1), a
 * per-window factor (some days forecast badly). Calibrated (by simulation of 10⁵ windows) so that the window MAPE
 * {@code mean_t |forecast−actual|/actual} has median ≈ 16.8 %, 10th percentile ≈ 10 % and 90th ≈ 27 %, against
 * the GB national 48-hour forecast tracking of 2023-03-14..06-24 (nmpowell/carbon-intensity-forecast-tracking,
 * {@code stats_history_national.csv}, SOURCES.md §11): over the 89 days with ≥ 1,000 forecasts and a finite MAPE,
 * daily MAPE median 16.8 %, 10th percentile 9.4 %, 90th 26.0 %, range 5.7–58.8 %. The error's growth with lead
 * time is an assumption (the daily statistics do not resolve it); the model's MAPE distribution does not depend on
 * the profiles.
 */
public final class CarbonForecastGenerator {
    /**
     * AR(1) coefficient of the hourly standardised residuals {@code (x − mean[m,h])/sd[m,h]}: the median over the 11
     * zones of the 2023 series of the lag-1 autocorrelation (AU-NSW 0.924, BR-CS 0.976, CA-ON 0.968, DE 0.991,
     * GB 0.987, IN-WE 0.959, JP-TK 0.912, SG 0.691, US-CAL-CISO 0.960, US-MIDA-PJM 0.982, US-TEX-ERCO 0.973;
     * median 0.968), rounded.
     */
    public static final double RESIDUAL_PHI = 0.97;
    /** AR(1) coefficient of the relative forecast error across hours (errors persist with the weather); assumption. */
    public static final double ERROR_PHI = 0.8;
    /** Median per-window error scale s; calibrated to the GB daily MAPE median 16.8 % (see class Javadoc). */
    public static final double ERROR_SCALE = 0.216;
    /** Log-standard deviation of the per-window scale; calibrated to the GB daily MAPE spread (p10 9.4 %, p90 26 %). */
    public static final double ERROR_SCALE_LOG_SD = 0.3;
    /** Lead-time growth factor g at hour 0 of the window. */
    public static final double LEAD_GROWTH_START = 0.6;
    /** Lead-time growth factor g at hour 47 of the window. */
    public static final double LEAD_GROWTH_END = 1.4;
    /** Lowest forecast/actual ratio: the forecast stays positive. */
    static final double MIN_FORECAST_RATIO = 0.05;
    /** The actual is floored at this fraction of the hour's scaled mean (and at 0.01 g/kWh). */
    static final double ACTUAL_FLOOR_FRACTION = 0.05;

    private static final int HOURS = CarbonForecast.WINDOW_HOURS;

    private final CarbonProfiles profiles;

    public CarbonForecastGenerator(CarbonProfiles profiles) {
        this.profiles = profiles;
    }

    /** A window: realised and forecast intensities for hours 0..47, gCO2e/kWh. */
    public record Window(double[] actual, double[] forecast) {
        public Window {
            actual = actual.clone();
            forecast = forecast.clone();
        }

        @Override
        public double[] actual() {
            return actual.clone();
        }

        @Override
        public double[] forecast() {
            return forecast.clone();
        }

        /** Mean absolute percentage error of the forecast, {@code mean_t |f−a|/a} (a fraction, not %). */
        public double mape() {
            double sum = 0;
            for (int t = 0; t < actual.length; t++) {
                sum += Math.abs(forecast[t] - actual[t]) / actual[t];
            }
            return sum / actual.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Window w && java.util.Arrays.equals(actual, w.actual)
                    && java.util.Arrays.equals(forecast, w.forecast);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(actual) + java.util.Arrays.hashCode(forecast);
        }
    }

    /** The forecast and the realised intensities of several regions over one window. */
    public record Forecasts(CarbonForecast forecast, CarbonForecast actual) {
    }

    /**
     * One window for {@code region} starting at the UTC hour containing {@code start}; draws from {@code rng}
     * (the actual path first, then the forecast error).
     */
    public Window window(Region region, Instant start, RandomGenerator rng) {
        String zone = zoneOf(region);
        double scale = scale(region);
        ZonedDateTime t0 = start.truncatedTo(ChronoUnit.HOURS).atZone(ZoneOffset.UTC);
        double[] actual = new double[HOURS];
        double z = rng.nextGaussian();
        double innovation = Math.sqrt(1 - RESIDUAL_PHI * RESIDUAL_PHI);
        for (int t = 0; t < HOURS; t++) {
            if (t > 0) {
                z = RESIDUAL_PHI * z + innovation * rng.nextGaussian();
            }
            ZonedDateTime at = t0.plusHours(t);
            double mean = scale * profiles.mean(zone, at.getMonthValue(), at.getHour());
            double sd = scale * profiles.sd(zone, at.getMonthValue(), at.getHour());
            double floor = Math.max(0.01, ACTUAL_FLOOR_FRACTION * mean);
            actual[t] = Math.max(floor, mean + sd * z);
        }
        return new Window(actual, forecastOf(actual, rng));
    }

    private static double[] forecastOf(double[] actual, RandomGenerator rng) {
        double s = ERROR_SCALE * Math.exp(ERROR_SCALE_LOG_SD * rng.nextGaussian());
        double innovation = Math.sqrt(1 - ERROR_PHI * ERROR_PHI);
        double eta = rng.nextGaussian();
        double[] forecast = new double[HOURS];
        for (int t = 0; t < HOURS; t++) {
            if (t > 0) {
                eta = ERROR_PHI * eta + innovation * rng.nextGaussian();
            }
            double g = LEAD_GROWTH_START + (LEAD_GROWTH_END - LEAD_GROWTH_START) * t / (HOURS - 1.0);
            forecast[t] = actual[t] * Math.max(MIN_FORECAST_RATIO, 1 + s * g * eta);
        }
        return forecast;
    }

    /**
     * Forecast and actual windows for {@code regions}. Each region draws from its own stream seeded by
     * {@link #regionSeed}{@code (seed, region.id())}, so adding or removing a region leaves the others unchanged.
     */
    public Forecasts forecastFor(List<Region> regions, Instant start, long seed) {
        Map<String, double[]> forecast = new LinkedHashMap<>();
        Map<String, double[]> actual = new LinkedHashMap<>();
        Instant hour0 = start.truncatedTo(ChronoUnit.HOURS);
        for (Region r : regions) {
            Window w = window(r, hour0, new SplittableRandom(regionSeed(seed, r.id())));
            forecast.put(r.id(), w.forecast());
            actual.put(r.id(), w.actual());
        }
        return new Forecasts(new CarbonForecast(hour0, forecast), new CarbonForecast(hour0, actual));
    }

    /** The seed of a region's stream: a 64-bit FNV-1a hash of the id mixed with {@code seed} (SplitMix64 finaliser). */
    public static long regionSeed(long seed, String regionId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < regionId.length(); i++) {
            h = (h ^ regionId.charAt(i)) * 0x100000001b3L;
        }
        long x = seed ^ h;
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /** The region's month mean {@code scale·monthlyMean(zone, month)}, gCO2e/kWh: its {@code CIbar_r} for that month. */
    public double monthlyMean(Region region, int month) {
        return scale(region) * profiles.monthlyMean(zoneOf(region), month);
    }

    /** {@code region.meanGramsCo2PerKwh / annualMean(zone)}. */
    public double scale(Region region) {
        double annual = profiles.annualMean(zoneOf(region));
        if (!(annual > 0)) {
            throw new InputException("carbon profiles", 0, "ci_zone", "zone " + region.carbonZone()
                    + " has annual mean 0, so region " + region.id() + " cannot be scaled to it");
        }
        return region.meanGramsCo2PerKwh() / annual;
    }

    private String zoneOf(Region region) {
        if (!profiles.hasZone(region.carbonZone())) {
            throw new InputException("carbon profiles", 0, "ci_zone", "region " + region.id() + " has ci_zone '"
                    + region.carbonZone() + "', which is not a zone of the carbon profiles " + profiles.zones());
        }
        return region.carbonZone();
    }

    /**
     * Lag-1 autocorrelation of the standardised residuals {@code (x − mean[m,h])/sd[m,h]} of {@code series} against
     * {@code profiles} (cells with sd = 0 give residual 0); how {@link #RESIDUAL_PHI} was estimated.
     */
    public static double residualLag1Autocorrelation(CarbonProfiles profiles, HourlySeries series) {
        int n = series.size();
        double[] r = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            ZonedDateTime t = Instant.ofEpochSecond(series.epochSecondUtc(i)).atZone(ZoneOffset.UTC);
            double sd = profiles.sd(series.zone(), t.getMonthValue(), t.getHour());
            double mu = profiles.mean(series.zone(), t.getMonthValue(), t.getHour());
            r[i] = sd > 0 ? (series.gramsPerKwh(i) - mu) / sd : 0;
            mean += r[i] / n;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            den += (r[i] - mean) * (r[i] - mean);
            if (i + 1 < n) {
                num += (r[i] - mean) * (r[i + 1] - mean);
            }
        }
        return num / den;
    }
}
