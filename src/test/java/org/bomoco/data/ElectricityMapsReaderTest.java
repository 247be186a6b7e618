package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ElectricityMapsReaderTest {
    static final Path REAL_DIR = Path.of("..", "shared", "datasets", "green-dcc-electricitymaps", "carbon_intensity_2023");
    private static final String HEADER = String.join(",", ElectricityMapsReader.COLUMNS);

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(ElectricityMapsReaderTest.class.getResource("em/" + name).toURI());
    }

    private static String row(String time, String zone, String lca) {
        return time + ",Great Britain,Great Britain," + zone + ",100," + lca + ",80,55,example.org,false,\n";
    }

    @Test
    void readsHandWrittenFixture() throws Exception {
        HourlySeries s = ElectricityMapsReader.read(fixture("tiny_hourly.csv"));
        assertEquals("GB", s.zone());
        // 2023-01-01T00:00Z = 1,672,531,200 s (19,358 days × 86,400); one hour is missing before 04:00.
        assertArrayEquals(new long[] {1672531200L, 1672534800L, 1672538400L, 1672545600L}, s.epochSecondsUtc());
        // The LCA column, not the direct one; "1.5e2" is 150.
        assertArrayEquals(new double[] {120.5, 130.25, 0, 150}, s.gramsPerKwh());
    }

    @Test
    void rejectsASecondZoneNamingLineAndColumn() {
        String text = HEADER + "\n" + row("2023-01-01 00:00:00", "GB", "1") + row("2023-01-01 01:00:00", "DE", "2");
        InputException e = assertThrows(InputException.class, () -> ElectricityMapsReader.parse("x.csv", text));
        assertEquals(3, e.line());
        assertEquals(ElectricityMapsReader.ZONE_ID, e.field());
    }

    @Test
    void rejectsTimesOutOfOrderOrMalformed() {
        String repeated = HEADER + "\n" + row("2023-01-01 01:00:00", "GB", "1") + row("2023-01-01 01:00:00", "GB", "2");
        InputException e = assertThrows(InputException.class, () -> ElectricityMapsReader.parse("x.csv", repeated));
        assertEquals(3, e.line());
        assertEquals(ElectricityMapsReader.DATETIME, e.field());
        for (String bad : List.of("2023-01-01T00:00:00", "2023-02-30 00:00:00", "2023-01-01 24:00:00")) {
            String text = HEADER + "\n" + row(bad, "GB", "1");
            InputException b = assertThrows(InputException.class, () -> ElectricityMapsReader.parse("x.csv", text));
            assertEquals(2, b.line());
            assertEquals(ElectricityMapsReader.DATETIME, b.field());
        }
    }

    @Test
    void rejectsNegativeOrNonFiniteValues() {
        for (String bad : List.of("-1", "NaN", "Infinity", "", "abc")) {
            String text = HEADER + "\n" + row("2023-01-01 00:00:00", "GB", bad);
            InputException e = assertThrows(InputException.class, () -> ElectricityMapsReader.parse("x.csv", text));
            assertEquals(ElectricityMapsReader.LCA, e.field(), bad);
            assertEquals(2, e.line());
        }
    }

    @Test
    void requiresAllElevenColumns() {
        String header = HEADER.replace(",Data Source", "");
        String text = header + "\n2023-01-01 00:00:00,a,b,GB,1,2,3,4,false,\n";
        InputException e = assertThrows(InputException.class, () -> ElectricityMapsReader.parse("x.csv", text));
        assertEquals("Data Source", e.field());
        // A header with a plain "2" instead of the subscript "₂" is a different column.
        String ascii = HEADER.replace("\u2082", "2");
        assertThrows(InputException.class, () -> ElectricityMapsReader.parse("x.csv", ascii + "\n"));
    }

    @Test
    void realGreatBritain2023AnnualMeanTwoWays() {
        Path gb = REAL_DIR.resolve("GB_2023_hourly.csv");
        Assumptions.assumeTrue(Files.exists(gb), "needs ../shared/datasets");
        HourlySeries s = ElectricityMapsReader.read(gb);
        assertEquals("GB", s.zone());
        assertEquals(8760, s.size());
        // Reference: mean of the LCA column computed with Python's csv module = 187.5325319634696.
        assertEquals(187.5325319634696, s.mean(), 1e-9);
        // Second way: the profiles' day-weighted annual mean over a complete year equals the plain mean.
        double viaProfiles = CarbonProfiles.fromSeries(List.of(s)).annualMean("GB");
        assertEquals(s.mean(), viaProfiles, 1e-9 * s.mean());
        assertTrue(s.epochSecondUtc(8759) - s.epochSecondUtc(0) == 8759L * 3600, "hourly and gap-free");
    }
}
