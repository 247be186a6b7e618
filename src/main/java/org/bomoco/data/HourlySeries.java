package org.bomoco.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * An hourly grid carbon-intensity series of one zone, as read by {@link ElectricityMapsReader}.
 *
 * @param zone grid zone id (Electricity Maps {@code Zone Id}, e.g. {@code GB}, {@code DE}, {@code BR-CS})
 * @param epochSecondsUtc start of each hour, seconds since the epoch (UTC), strictly increasing
 * @param gramsPerKwh life-cycle carbon intensity of each hour, gCO2e/kWh, finite and ≥ 0
 */
public record HourlySeries(String zone, long[] epochSecondsUtc, double[] gramsPerKwh) {

    public HourlySeries {
        Objects.requireNonNull(zone, "zone");
        epochSecondsUtc = epochSecondsUtc.clone();
        gramsPerKwh = gramsPerKwh.clone();
        if (epochSecondsUtc.length != gramsPerKwh.length) {
            throw new IllegalArgumentException("series of zone " + zone + " has " + epochSecondsUtc.length
                    + " timestamps but " + gramsPerKwh.length + " values");
        }
        for (int i = 0; i < gramsPerKwh.length; i++) {
            if (i > 0 && epochSecondsUtc[i] <= epochSecondsUtc[i - 1]) {
                throw new IllegalArgumentException("timestamps of zone " + zone + " are not strictly increasing at " + i);
            }
            if (!Double.isFinite(gramsPerKwh[i]) || gramsPerKwh[i] < 0) {
                throw new IllegalArgumentException("value " + gramsPerKwh[i] + " of zone " + zone + " at " + i
                        + " is not a finite number ≥ 0");
            }
        }
    }

    @Override
    public long[] epochSecondsUtc() {
        return epochSecondsUtc.clone();
    }

    @Override
    public double[] gramsPerKwh() {
        return gramsPerKwh.clone();
    }

    /** Number of hours. */
    public int size() {
        return gramsPerKwh.length;
    }

    /** Start of hour {@code i}, epoch seconds UTC. */
    public long epochSecondUtc(int i) {
        return epochSecondsUtc[i];
    }

    /** Intensity of hour {@code i}, gCO2e/kWh. */
    public double gramsPerKwh(int i) {
        return gramsPerKwh[i];
    }

    /** Arithmetic mean of all hours (NaN for an empty series). */
    public double mean() {
        return Arrays.stream(gramsPerKwh).average().orElse(Double.NaN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HourlySeries s && zone.equals(s.zone)
                && Arrays.equals(epochSecondsUtc, s.epochSecondsUtc) && Arrays.equals(gramsPerKwh, s.gramsPerKwh);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, Arrays.hashCode(epochSecondsUtc), Arrays.hashCode(gramsPerKwh));
    }

    @Override
    public String toString() {
        return "HourlySeries[zone=" + zone + ", hours=" + gramsPerKwh.length + "]";
    }
}
