package org.bomoco.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bomoco.model.InputException;

/**
 * Hourly carbon-intensity profiles: for each grid zone, month (1..12) and UTC hour (0..23), the mean and the
 * population standard deviation (divisor n) of the hourly life-cycle intensity over that month's days, gCO2e/kWh.
 * Built from real series with {@link #fromSeries}, stored as {@code datasets/carbon-profiles.csv}
 * (docs/formats.md): {@code zone,month,hour_utc,mean_g_per_kwh,sd_g_per_kwh}. Immutable.
 */
public final class CarbonProfiles {
    public static final int MONTHS = 12;
    public static final int HOURS = 24;
    /** Column names of {@code carbon-profiles.csv}. */
    public static final List<String> COLUMNS = List.of("zone", "month", "hour_utc", "mean_g_per_kwh", "sd_g_per_kwh");
    /** Days of each month of 2023 (not a leap year), the weights of {@link #annualMean}. */
    private static final int[] DAYS_2023 = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final Map<String, double[][]> means;
    private final Map<String, double[][]> sds;

    private CarbonProfiles(Map<String, double[][]> means, Map<String, double[][]> sds) {
        this.means = means;
        this.sds = sds;
    }

    /**
     * Profiles from per-zone {@code [12][24]} tables (month − 1, UTC hour) of means and standard deviations, both
     * finite and ≥ 0, with the same zones. The arrays are copied.
     */
    public static CarbonProfiles of(Map<String, double[][]> means, Map<String, double[][]> sds) {
        if (!means.keySet().equals(sds.keySet())) {
            throw new IllegalArgumentException("means and sds must have the same zones: " + means.keySet()
                    + " vs " + sds.keySet());
        }
        Map<String, double[][]> m = new TreeMap<>();
        Map<String, double[][]> s = new TreeMap<>();
        for (String zone : means.keySet()) {
            m.put(zone, checkedCopy(zone, means.get(zone)));
            s.put(zone, checkedCopy(zone, sds.get(zone)));
        }
        return new CarbonProfiles(Collections.unmodifiableMap(m), Collections.unmodifiableMap(s));
    }

    private static double[][] checkedCopy(String zone, double[][] table) {
        if (table.length != MONTHS) {
            throw new IllegalArgumentException("zone " + zone + ": expected 12 months, got " + table.length);
        }
        double[][] copy = new double[MONTHS][];
        for (int m = 0; m < MONTHS; m++) {
            if (table[m].length != HOURS) {
                throw new IllegalArgumentException("zone " + zone + " month " + (m + 1) + ": expected 24 hours");
            }
            for (double v : table[m]) {
                if (!Double.isFinite(v) || v < 0) {
                    throw new IllegalArgumentException("zone " + zone + ": value " + v + " is not finite and ≥ 0");
                }
            }
            copy[m] = table[m].clone();
        }
        return copy;
    }

    /**
     * Profiles of the zones of {@code series} (several series of one zone are pooled). Each zone needs at least one
     * hour in each (month, UTC hour) cell, otherwise an {@link InputException} names the missing cell.
     */
    public static CarbonProfiles fromSeries(Collection<HourlySeries> series) {
        CarbonProfileBuilder builder = new CarbonProfileBuilder();
        series.forEach(builder::add);
        return builder.build();
    }

    /** Reads {@code carbon-profiles.csv}; every zone must have all 12 × 24 rows, each once. */
    public static CarbonProfiles read(Path csv) {
        CsvTable table = CsvTable.read(csv, COLUMNS, false);
        Map<String, double[][]> means = new TreeMap<>();
        Map<String, double[][]> sds = new TreeMap<>();
        Map<String, boolean[][]> seen = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            String zone = row.text("zone");
            int month = row.integer("month", 1, MONTHS);
            int hour = row.integer("hour_utc", 0, HOURS - 1);
            boolean[][] s = seen.computeIfAbsent(zone, z -> new boolean[MONTHS][HOURS]);
            if (s[month - 1][hour]) {
                throw row.error("hour_utc", "zone " + zone + " month " + month + " hour " + hour
                        + " appears twice; each (zone, month, hour_utc) must appear once");
            }
            s[month - 1][hour] = true;
            means.computeIfAbsent(zone, z -> new double[MONTHS][HOURS])[month - 1][hour] =
                    row.number("mean_g_per_kwh", 0, Double.MAX_VALUE);
            sds.computeIfAbsent(zone, z -> new double[MONTHS][HOURS])[month - 1][hour] =
                    row.number("sd_g_per_kwh", 0, Double.MAX_VALUE);
        }
        seen.forEach((zone, s) -> requireComplete(table.file(), zone, s));
        return of(means, sds);
    }

    private static void requireComplete(String file, String zone, boolean[][] seen) {
        for (int m = 0; m < MONTHS; m++) {
            for (int h = 0; h < HOURS; h++) {
                if (!seen[m][h]) {
                    throw new InputException(file, 0, "zone", "zone " + zone + " has no row for month " + (m + 1)
                            + " hour_utc " + h + "; every zone needs all 12 × 24 rows");
                }
            }
        }
    }

    /** Writes the profiles as {@code carbon-profiles.csv}. */
    public void write(Path csv) {
        write(csv, List.of());
    }

    /**
     * Writes the profiles as {@code carbon-profiles.csv}, preceded by {@code comments} as {@code #} lines. Output is
     * deterministic: rows sorted by zone, month, hour; numbers rounded half-even to 0.01 g with two decimals;
     * {@code \n} line ends.
     */
    public void write(Path csv, List<String> comments) {
        StringBuilder w = new StringBuilder();
        for (String c : comments) {
            w.append("# ").append(c).append('\n');
        }
        w.append(String.join(",", COLUMNS)).append('\n');
        for (String zone : zones()) {
            for (int m = 1; m <= MONTHS; m++) {
                for (int h = 0; h < HOURS; h++) {
                    w.append(zone).append(',').append(m).append(',').append(h).append(',')
                            .append(round2(mean(zone, m, h))).append(',').append(round2(sd(zone, m, h))).append('\n');
                }
            }
        }
        try {
            AtomicFiles.write(csv, w); // no half-written file on a full disk; a failure is I/O (exit 1), in words
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String round2(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The zones, sorted. */
    public SortedSet<String> zones() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(means.keySet()));
    }

    /** Whether the profiles hold {@code zone}. */
    public boolean hasZone(String zone) {
        return means.containsKey(zone);
    }

    /** Mean intensity of {@code zone} in {@code month} (1..12) at UTC {@code hour} (0..23), gCO2e/kWh. */
    public double mean(String zone, int month, int hour) {
        return table(means, zone)[month - 1][hour];
    }

    /** Population standard deviation of the hourly intensity in that cell, gCO2e/kWh. */
    public double sd(String zone, int month, int hour) {
        return table(sds, zone)[month - 1][hour];
    }

    /** Mean over all hours of {@code month}: the average of its 24 hourly means (each hour has the same days). */
    public double monthlyMean(String zone, int month) {
        double sum = 0;
        for (double v : table(means, zone)[month - 1]) {
            sum += v;
        }
        return sum / HOURS;
    }

    /**
     * Mean over all hours of the year: monthly means weighted by the days of each month of 2023 (31, 28, 31, ...,
     * 365 in all). For profiles built from one complete 2023 series this equals the series' plain mean.
     */
    public double annualMean(String zone) {
        double sum = 0;
        for (int m = 1; m <= MONTHS; m++) {
            sum += DAYS_2023[m - 1] * monthlyMean(zone, m);
        }
        return sum / 365.0;
    }

    private static double[][] table(Map<String, double[][]> map, String zone) {
        double[][] t = map.get(zone);
        if (t == null) {
            throw new IllegalArgumentException("no carbon profile for zone '" + zone + "'; known zones: " + map.keySet());
        }
        return t;
    }
}
