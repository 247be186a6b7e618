package org.bomoco.data;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads an hourly carbon-intensity series in the Electricity Maps export layout (docs/formats.md, last section;
 * the 2023 files of the green-dcc repository, SOURCES.md §3). BOMOCO uses the life-cycle (LCA) column.
 *
 * <p>Checks: the header holds exactly the eleven export columns; {@code Datetime (UTC)} is
 * {@code yyyy-MM-dd HH:mm:ss} (UTC) and strictly increasing; the LCA value is a finite number ≥ 0; every row has
 * the same {@code Zone Id}. Every error is an {@link org.bomoco.model.InputException} naming file, line and column.
 */
public final class ElectricityMapsReader {
    public static final String DATETIME = "Datetime (UTC)";
    public static final String ZONE_ID = "Zone Id";
    public static final String LCA = "Carbon Intensity gCO\u2082eq/kWh (LCA)";
    public static final String DIRECT = "Carbon Intensity gCO\u2082eq/kWh (direct)";

    /** The eleven columns of the export, in their usual order. */
    public static final List<String> COLUMNS = List.of(DATETIME, "Country", "Zone Name", ZONE_ID, DIRECT, LCA,
            "Low Carbon Percentage", "Renewable Percentage", "Data Source", "Data Estimated", "Data Estimation Method");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private ElectricityMapsReader() {
    }

    /** Reads and validates one export file. */
    public static HourlySeries read(Path file) {
        return fromTable(CsvTable.read(file, COLUMNS, false));
    }

    /** Parses export {@code text}; {@code name} is used in error messages. */
    public static HourlySeries parse(String name, String text) {
        return fromTable(CsvTable.parse(name, text, COLUMNS, false));
    }

    private static HourlySeries fromTable(CsvTable table) {
        int n = table.size();
        long[] times = new long[n];
        double[] values = new double[n];
        String zone = null;
        for (int i = 0; i < n; i++) {
            CsvTable.Row row = table.row(i);
            String z = row.text(ZONE_ID);
            if (zone == null) {
                zone = z;
            } else if (!zone.equals(z)) {
                throw row.error(ZONE_ID, "zone '" + z + "' differs from '" + zone
                        + "' on the first data row; a file must hold one zone");
            }
            times[i] = epochSecond(row);
            if (i > 0 && times[i] <= times[i - 1]) {
                throw row.error(DATETIME, "time " + row.text(DATETIME)
                        + " is not after the previous row's; rows must be in strictly increasing time order");
            }
            values[i] = row.number(LCA, 0, Double.MAX_VALUE);
        }
        return new HourlySeries(zone, times, values);
    }

    private static long epochSecond(CsvTable.Row row) {
        String v = row.text(DATETIME);
        try {
            return LocalDateTime.parse(v, TIME).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw row.error(DATETIME, "'" + v + "' is not a UTC time in the form yyyy-MM-dd HH:mm:ss");
        }
    }
}
