package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CarbonProfilesTest {
    static final Path DATASET = Path.of("datasets", "carbon-profiles.csv");

    @TempDir
    Path tmp;

    /** 2023, hourly: {@code 100 + month + 2·hour}, plus 5 on odd days of the month and minus 5 on even days. */
    static HourlySeries syntheticYear(String zone) {
        int n = 8760;
        long[] t = new long[n];
        double[] v = new double[n];
        LocalDateTime at = LocalDateTime.of(2023, 1, 1, 0, 0);
        for (int i = 0; i < n; i++, at = at.plusHours(1)) {
            t[i] = at.toEpochSecond(ZoneOffset.UTC);
            v[i] = 100 + at.getMonthValue() + 2 * at.getHour() + (at.getDayOfMonth() % 2 == 1 ? 5 : -5);
        }
        return new HourlySeries(zone, t, v);
    }

    @Test
    void cellMeansAndPopulationSds() {
        CarbonProfiles p = CarbonProfiles.fromSeries(List.of(syntheticYear("ZZ")));
        // April (30 days: 15 odd, 15 even), hour 3: mean 100 + 4 + 6 = 110, population sd exactly 5
        // (a sample sd would be 5·√(30/29) ≈ 5.085).
        assertEquals(110, p.mean("ZZ", 4, 3), 1e-9);
        assertEquals(5, p.sd("ZZ", 4, 3), 1e-9);
        // January (31 days: 16 odd, 15 even), hour 0: mean 101 + (16·5 − 15·5)/31 = 101 + 5/31;
        // population variance 25 − (5/31)².
        assertEquals(101 + 5.0 / 31, p.mean("ZZ", 1, 0), 1e-9);
        assertEquals(Math.sqrt(25 - Math.pow(5.0 / 31, 2)), p.sd("ZZ", 1, 0), 1e-9);
        // Monthly mean of April: 104 + 2·mean(0..23) = 104 + 23 = 127.
        assertEquals(127, p.monthlyMean("ZZ", 4), 1e-9);
        assertEquals(Set.of("ZZ"), p.zones());
    }

    @Test
    void annualMeanEqualsPlainMeanOfACompleteYear() {
        HourlySeries s = syntheticYear("ZZ");
        CarbonProfiles p = CarbonProfiles.fromSeries(List.of(s));
        assertEquals(s.mean(), p.annualMean("ZZ"), 1e-9);
    }

    @Test
    void incompleteSeriesNamesTheMissingCell() {
        HourlySeries full = syntheticYear("ZZ");
        // Drop the first 24 hours of 1 January only: every January cell still has 30 days, so it succeeds.
        long[] t = full.epochSecondsUtc();
        double[] v = full.gramsPerKwh();
        HourlySeries partial = new HourlySeries("ZZ", java.util.Arrays.copyOf(t, 24 * 31),
                java.util.Arrays.copyOf(v, 24 * 31));
        InputException e = assertThrows(InputException.class, () -> CarbonProfiles.fromSeries(List.of(partial)));
        assertTrue(e.getMessage().contains("month 2 at 0:00 UTC"), e.getMessage());
    }

    @Test
    void writeIsDeterministicSortedAndReadsBack() throws IOException {
        CarbonProfiles p = CarbonProfiles.fromSeries(List.of(syntheticYear("ZZ"), syntheticYear("AA")));
        Path a = tmp.resolve("a.csv");
        Path b = tmp.resolve("b.csv");
        p.write(a);
        p.write(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        List<String> lines = Files.readAllLines(a, StandardCharsets.UTF_8);
        assertEquals(1 + 2 * 288, lines.size());
        assertEquals("zone,month,hour_utc,mean_g_per_kwh,sd_g_per_kwh", lines.get(0));
        // January hour 0: mean 101 + 5/31 = 101.1613 → 101.16; sd √(25 − (5/31)²) = 4.9974 → 5.00.
        assertEquals("AA,1,0,101.16,5.00", lines.get(1));
        assertEquals("ZZ,12,23,158.16,5.00", lines.get(576)); // 100 + 12 + 46 + 5/31 (December: 16 odd, 15 even days)

        CarbonProfiles back = CarbonProfiles.read(a);
        assertEquals(p.zones(), back.zones());
        for (int m = 1; m <= 12; m++) {
            for (int h = 0; h < 24; h++) {
                assertEquals(p.mean("ZZ", m, h), back.mean("ZZ", m, h), 0.005);
                assertEquals(p.sd("ZZ", m, h), back.sd("ZZ", m, h), 0.005);
            }
        }
    }

    @Test
    void commentsAreWrittenAndSkipped() throws IOException {
        CarbonProfiles p = CarbonProfiles.fromSeries(List.of(syntheticYear("ZZ")));
        Path a = tmp.resolve("c.csv");
        p.write(a, List.of("source: synthetic"));
        assertEquals("# source: synthetic", Files.readAllLines(a).get(0));
        assertEquals(p.mean("ZZ", 7, 7), CarbonProfiles.read(a).mean("ZZ", 7, 7), 0.005);
    }

    /**
     * Issue 12: writing where no file can be (here below a plain file) is an I/O failure (the CLI's exit 1, said in
     * words), not bad input, and leaves no partial file.
     */
    @Test
    void anUnwritableOutputIsAnIoFailure() throws IOException {
        Path plain = Files.writeString(tmp.resolve("plain"), "x");
        CarbonProfiles p = CarbonProfiles.fromSeries(List.of(syntheticYear("ZZ")));
        assertThrows(java.io.UncheckedIOException.class, () -> p.write(plain.resolve("c.csv")));
        Path dir = Files.createDirectory(tmp.resolve("taken.csv"));
        assertThrows(java.io.UncheckedIOException.class, () -> p.write(dir));
        assertTrue(Files.isDirectory(dir));
    }

    private Path withLine(String replace, String by) throws IOException {
        Path a = tmp.resolve("base.csv");
        CarbonProfiles.fromSeries(List.of(syntheticYear("ZZ"))).write(a);
        String text = Files.readString(a);
        assertTrue(text.contains(replace), replace);
        Path b = tmp.resolve("bad.csv");
        Files.writeString(b, text.replace(replace, by));
        return b;
    }

    @Test
    void readRejectsBadRowsWithLineAndField() throws IOException {
        // Line 2 is ZZ,1,0; line 3 is ZZ,1,1.
        InputException dup = assertThrows(InputException.class,
                () -> CarbonProfiles.read(withLine("ZZ,1,1,", "ZZ,1,0,")));
        assertEquals(3, dup.line());
        assertEquals("hour_utc", dup.field());
        InputException month = assertThrows(InputException.class,
                () -> CarbonProfiles.read(withLine("ZZ,1,1,", "ZZ,13,1,")));
        assertEquals("month", month.field());
        InputException neg = assertThrows(InputException.class,
                () -> CarbonProfiles.read(withLine("ZZ,1,1,103.16,5.00", "ZZ,1,1,103.16,-5")));
        assertEquals(3, neg.line());
        assertEquals("sd_g_per_kwh", neg.field());
        InputException missing = assertThrows(InputException.class,
                () -> CarbonProfiles.read(withLine("ZZ,1,1,103.16,5.00\n", "")));
        assertTrue(missing.getMessage().contains("month 1 hour_utc 1"), missing.getMessage());
    }

    @Test
    void unknownZoneIsAnError() {
        CarbonProfiles p = CarbonProfiles.fromSeries(List.of(syntheticYear("ZZ")));
        assertThrows(IllegalArgumentException.class, () -> p.mean("XX", 1, 0));
    }

    @Test
    void committedDatasetHasElevenZonesAndTheGbMean() {
        // datasets/carbon-profiles.csv is in the repository (made by CarbonProfilesDatasetMain).
        CarbonProfiles p = CarbonProfiles.read(DATASET);
        assertEquals(Set.of("AU-NSW", "BR-CS", "CA-ON", "DE", "GB", "IN-WE", "JP-TK", "SG", "US-CAL-CISO",
                "US-MIDA-PJM", "US-TEX-ERCO"), p.zones());
        // GB 2023 LCA mean by Python = 187.5325; each cell is rounded to 0.01, so the mean moves ≤ 0.005.
        assertEquals(187.5325, p.annualMean("GB"), 0.006);
        // GB January 12:00 UTC by Python: mean 163.3358, population sd 78.6100.
        assertEquals(163.34, p.mean("GB", 1, 12), 1e-9);
        assertEquals(78.61, p.sd("GB", 1, 12), 1e-9);
    }

    @Test
    void committedDatasetMatchesTheRealFiles() {
        Path dir = ElectricityMapsReaderTest.REAL_DIR;
        Assumptions.assumeTrue(Files.isDirectory(dir), "needs ../shared/datasets");
        List<HourlySeries> series = new ArrayList<>();
        for (File f : dir.toFile().listFiles((d, n) -> n.endsWith(".csv"))) {
            series.add(ElectricityMapsReader.read(f.toPath()));
        }
        CarbonProfiles fresh = CarbonProfiles.fromSeries(series);
        CarbonProfiles stored = CarbonProfiles.read(DATASET);
        assertEquals(fresh.zones(), stored.zones());
        for (String z : fresh.zones()) {
            for (int m = 1; m <= 12; m++) {
                for (int h = 0; h < 24; h++) {
                    assertEquals(fresh.mean(z, m, h), stored.mean(z, m, h), 0.005 + 1e-9, z);
                    assertEquals(fresh.sd(z, m, h), stored.sd(z, m, h), 0.005 + 1e-9, z);
                }
            }
        }
    }
}
