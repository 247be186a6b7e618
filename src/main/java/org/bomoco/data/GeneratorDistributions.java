package org.bomoco.data;

import org.bomoco.model.Geo;

import java.util.List;
import java.util.random.RandomGenerator;

import org.bomoco.model.InstanceSize;

/**
 * The samplers and constants behind {@link InstanceGenerator}, each with its rationale. Package-private: the
 * generator's Javadoc lists the modelled distributions.
 */
final class GeneratorDistributions {
    /** Median mean CPU utilisation: cloud servers average 10–20 % (NRDC 2014 data-centre assessment: 12–18 %). */
    static final double CPU_MEDIAN = 0.12;
    /** Log-sd of mean CPU utilisation: mean ≈ 0.12·e^{0.245} ≈ 15 %, long right tail (≈ 5 % of workloads above 40 %). */
    static final double CPU_LOG_SD = 0.7;
    /** Median p95/mean ratio minus one: p95 = mean·(1 + LN(0, 0.5)), i.e. about twice the mean. */
    static final double P95_RATIO_LOG_SD = 0.5;
    /** Size ladder weights: a normal curve over log2(vCPUs) centred at 1.5 (2–4 vCPUs), sd 1.2 doublings. */
    static final double SIZE_LOG2_CENTRE = 1.5;
    static final double SIZE_LOG2_SD = 1.2;
    /** Instance counts: discrete Pareto P(n ≥ k) = k^−α, α = 1.1, truncated at 50 (half are single instances). */
    static final double COUNT_ALPHA = 1.1;
    static final int COUNT_MAX = 50;
    /** Share of batch jobs. */
    static final double BATCH_SHARE = 0.25;
    /** Probability a batch job / an always-on service accepts spot (overall ≈ 0.25·0.8 + 0.75·0.25 ≈ 39 %). */
    static final double SPOT_OK_BATCH = 0.8;
    static final double SPOT_OK_ALWAYS_ON = 0.25;
    /** Share of workloads restricted to their home jurisdiction (EU-only for EU-hosted ones). */
    static final double RESTRICTED_SHARE = 0.25;
    /** User distance from the current region: lognormal, median 300 km, log-sd 0.8 (p95 ≈ 1,100 km). */
    static final double USER_KM_MEDIAN = 300;
    static final double USER_KM_LOG_SD = 0.8;
    /** Latency SLO tiers (ms) and their weights; an SLO below 1.1 × the current latency moves up a tier. */
    static final double[] SLO_TIERS_MS = {50, 75, 100, 150, 200, 300};
    static final double[] SLO_WEIGHTS = {0.25, 0.2, 0.25, 0.15, 0.1, 0.05};
    /** Data moved on migration: lognormal, median 50 GB, log-sd 1.5 (p5 ≈ 4 GB, p95 ≈ 590 GB). */
    static final double DATA_GB_MEDIAN = 50;
    static final double DATA_GB_LOG_SD = 1.5;
    /** Revenue: Pareto with minimum $500/month, α = log_4 5 ≈ 1.16 (the 80/20 rule), capped at $5 M/month. */
    static final double REVENUE_MIN_USD = 500;
    static final double REVENUE_ALPHA = Math.log(5) / Math.log(4);
    static final double REVENUE_MAX_USD = 5e6;
    /** Latency sensitivity: 0.01·LN(0, 0.5) ("100 ms costs about 1 % of sales"), clamped to [0.001, 0.05]. */
    static final double SENSITIVITY_MEDIAN = 0.01;
    static final double SENSITIVITY_LOG_SD = 0.5;
    /** Calls per workload: P(0) = 0.45, P(1) = 0.35, P(2) = 0.2 (mean out-degree 0.75). */
    static final double[] OUT_DEGREE_WEIGHTS = {0.45, 0.35, 0.2};
    /** Probability a call goes to a workload in the same region (when there is one). */
    static final double SAME_REGION_CALL = 0.8;
    /** Traffic per dependency: lognormal, median 10 GB/month, log-sd 1.5. */
    static final double TRAFFIC_GB_MEDIAN = 10;
    static final double TRAFFIC_GB_LOG_SD = 1.5;
    /** Migration budget as a share of workloads: uniform in [0.10, 0.20]. */
    static final double MIGRATION_SHARE_MIN = 0.10;
    static final double MIGRATION_SHARE_MAX = 0.20;
    /** Total capacity = 2.5 × current vCPU demand; each region ≥ 1.2 × its current load. */
    static final double CAPACITY_FACTOR = 2.5;
    /** PROBLEM.md's headroom limit on the p95 utilisation after resizing. */
    static final double HEADROOM_LIMIT = 0.9;
    static final double MIN_REGION_HEADROOM = 1.2;

    private static final double EARTH_RADIUS_KM = Geo.EARTH_RADIUS_KM;

    private GeneratorDistributions() {
    }

    static double lognormal(RandomGenerator rng, double median, double logSd) {
        return median * Math.exp(logSd * rng.nextGaussian());
    }

    /** Pareto with scale {@code min} and index {@code alpha} by inversion: {@code min / U^{1/α}}, U in (0, 1]. */
    static double pareto(RandomGenerator rng, double min, double alpha) {
        return min / Math.pow(1 - rng.nextDouble(), 1 / alpha);
    }

    /** An integer in {@code [lo, hi]}, log-uniformly: {@code floor(exp(U·ln(hi+1) + (1−U)·ln lo))}. */
    static int logUniformInt(RandomGenerator rng, int lo, int hi) {
        double u = rng.nextDouble();
        int v = (int) Math.floor(Math.exp(Math.log(lo) + u * (Math.log(hi + 1.0) - Math.log(lo))));
        return Math.min(hi, Math.max(lo, v));
    }

    /** Discrete Pareto instance count, by inversion: {@code min(50, floor(U^{−1/α}))}. */
    static int instanceCount(RandomGenerator rng) {
        double v = Math.pow(1 - rng.nextDouble(), -1 / COUNT_ALPHA);
        return (int) Math.min(COUNT_MAX, Math.floor(v));
    }

    /** Cumulative weights of the size ladder (see {@link #SIZE_LOG2_CENTRE}). */
    static double[] sizeCumulative(List<InstanceSize> sizes) {
        double[] w = new double[sizes.size()];
        for (int s = 0; s < w.length; s++) {
            double x = (Math.log(sizes.get(s).vcpus()) / Math.log(2) - SIZE_LOG2_CENTRE) / SIZE_LOG2_SD;
            w[s] = Math.exp(-0.5 * x * x);
        }
        return cumulative(w);
    }

    /** Normalised running sums of {@code weights}. */
    static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    /** An index drawn with the probabilities encoded by {@code cumulative}. */
    static int pick(RandomGenerator rng, double[] cumulative) {
        double u = rng.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The point {@code km} from (lat, lon) along initial bearing {@code bearingRad}: {lat, lon} in degrees. */
    static double[] destination(double lat, double lon, double km, double bearingRad) {
        double d = km / EARTH_RADIUS_KM;
        double p1 = Math.toRadians(lat);
        double l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearingRad));
        double l2 = l1 + Math.atan2(Math.sin(bearingRad) * Math.sin(d) * Math.cos(p1),
                Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        double lonDeg = Math.toDegrees(l2);
        lonDeg = ((lonDeg + 540) % 360) - 180;
        return new double[] {Math.toDegrees(p2), lonDeg};
    }

    /** {@code v} rounded to {@code decimals} places (for tidy instance files). */
    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
