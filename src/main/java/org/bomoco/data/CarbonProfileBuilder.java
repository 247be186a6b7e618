package org.bomoco.data;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;

import org.bomoco.model.InputException;

/**
 * Accumulates hourly observations into per-zone (month, UTC hour) cells and turns them into
 * {@link CarbonProfiles}. Each cell's mean and <em>population</em> standard deviation (divisor n, the spread of
 * that month's hourly values, not an estimate of a sampling error) are computed with Welford's online
 * algorithm (Welford 1962, Technometrics 4(3); Knuth TAOCP vol. 2 §4.2.2), O(1) per observation.
 */
final class CarbonProfileBuilder {
    private static final int CELLS = CarbonProfiles.MONTHS * CarbonProfiles.HOURS;

    private final Map<String, long[]> counts = new TreeMap<>();
    private final Map<String, double[]> means = new TreeMap<>();
    private final Map<String, double[]> m2 = new TreeMap<>();

    /** Adds every hour of {@code series} to its zone's cells. */
    CarbonProfileBuilder add(HourlySeries series) {
        long[] n = counts.computeIfAbsent(series.zone(), z -> new long[CELLS]);
        double[] mean = means.computeIfAbsent(series.zone(), z -> new double[CELLS]);
        double[] sq = m2.computeIfAbsent(series.zone(), z -> new double[CELLS]);
        for (int i = 0; i < series.size(); i++) {
            ZonedDateTime t = Instant.ofEpochSecond(series.epochSecondUtc(i)).atZone(ZoneOffset.UTC);
            int c = (t.getMonthValue() - 1) * CarbonProfiles.HOURS + t.getHour();
            double x = series.gramsPerKwh(i);
            n[c]++;
            double delta = x - mean[c];
            mean[c] += delta / n[c];
            sq[c] += delta * (x - mean[c]);
        }
        return this;
    }

    /** The profiles; every zone must have at least one observation in each of its 288 cells. */
    CarbonProfiles build() {
        Map<String, double[][]> meanOut = new TreeMap<>();
        Map<String, double[][]> sdOut = new TreeMap<>();
        for (String zone : counts.keySet()) {
            long[] n = counts.get(zone);
            double[][] mu = new double[CarbonProfiles.MONTHS][CarbonProfiles.HOURS];
            double[][] sd = new double[CarbonProfiles.MONTHS][CarbonProfiles.HOURS];
            for (int c = 0; c < CELLS; c++) {
                int month = c / CarbonProfiles.HOURS + 1;
                int hour = c % CarbonProfiles.HOURS;
                if (n[c] == 0) {
                    throw new InputException("carbon series of zone " + zone, 0, null, "no hour in month " + month
                            + " at " + hour + ":00 UTC; profiles need every month and hour (a full year of hourly data)");
                }
                mu[month - 1][hour] = means.get(zone)[c];
                sd[month - 1][hour] = Math.sqrt(Math.max(0, m2.get(zone)[c] / n[c]));
            }
            meanOut.put(zone, mu);
            sdOut.put(zone, sd);
        }
        return CarbonProfiles.of(meanOut, sdOut);
    }
}
