package org.bomoco.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.util.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;

/** {@link ArrowFrames} read back with Arrow Java's own {@link ArrowStreamReader}: types, values, nulls, batches. */
class ArrowFramesTest {

    /** A read-back stream: field names and types, and every cell as {@code getObject} gives it. */
    private record Read(List<Field> fields, List<List<Object>> columns, int batches) {
        List<Object> column(String name) {
            for (int k = 0; k < fields.size(); k++) {
                if (fields.get(k).getName().equals(name)) {
                    return columns.get(k);
                }
            }
            throw new AssertionError("no column " + name + " in " + fields);
        }

        ArrowType type(String name) {
            return fields.stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow().getType();
        }
    }

    private static Read read(InputStream in) throws IOException {
        try (BufferAllocator a = new RootAllocator(); ArrowStreamReader r = new ArrowStreamReader(in, a)) {
            VectorSchemaRoot root = r.getVectorSchemaRoot();
            List<Field> fields = root.getSchema().getFields();
            List<List<Object>> columns = new ArrayList<>();
            fields.forEach(f -> columns.add(new ArrayList<>()));
            int batches = 0;
            while (r.loadNextBatch()) {
                batches++;
                for (int k = 0; k < fields.size(); k++) {
                    for (int j = 0; j < root.getRowCount(); j++) {
                        Object o = root.getVector(k).getObject(j);
                        columns.get(k).add(o instanceof Text t ? t.toString() : o);
                    }
                }
            }
            return new Read(fields, columns, batches);
        }
    }

    private static Read roundTrip(Table t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArrowFrames.write(t, out);
        return read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void everyColumnTypeKeepsItsValuesAndMissingValuesBecomeNulls() throws IOException {
        // row 1 is missing in every column (Tablesaw's missing markers: NaN, MIN_VALUE, "", null)
        Table t = Table.create("all",
                DoubleColumn.create("d", 1.5, Double.NaN, -0.0),
                FloatColumn.create("f", 2.5f, Float.NaN, 3f),
                IntColumn.create("i", new int[] {7, Integer.MIN_VALUE, -3}),
                ShortColumn.create("s", new short[] {4, Short.MIN_VALUE, 5}),
                LongColumn.create("l", new long[] {1L << 40, Long.MIN_VALUE, -1}),
                BooleanColumn.create("b", true, false, false),
                StringColumn.create("str", "é ü", "", "x,y"),
                DateColumn.create("date", LocalDate.of(2026, 12, 7), null, LocalDate.of(1969, 12, 31)),
                DateTimeColumn.create("dt", LocalDateTime.of(2026, 12, 7, 12, 30, 15, 123_456_000), null,
                        LocalDateTime.of(2000, 1, 1, 0, 0)),
                InstantColumn.create("inst", Instant.parse("2026-12-07T12:00:00.001Z"), null, Instant.EPOCH),
                TimeColumn.create("time", LocalTime.of(23, 59, 59, 999_999_000), null, LocalTime.MIDNIGHT));
        t.booleanColumn("b").setMissing(1);
        // Tablesaw packs date-times, instants and times to the millisecond: 12:30:15.123456 is held as 12:30:15.123
        Read r = roundTrip(t);
        assertEquals(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), r.type("d"));
        assertEquals(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE), r.type("f"));
        assertEquals(new ArrowType.Int(32, true), r.type("i"));
        assertEquals(new ArrowType.Int(16, true), r.type("s"));
        assertEquals(new ArrowType.Int(64, true), r.type("l"));
        assertEquals(ArrowType.Bool.INSTANCE, r.type("b"));
        assertEquals(ArrowType.Utf8.INSTANCE, r.type("str"));
        assertEquals(new ArrowType.Date(DateUnit.DAY), r.type("date"));
        assertEquals(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null), r.type("dt"));
        assertEquals(new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC"), r.type("inst"));
        assertEquals(new ArrowType.Time(TimeUnit.MICROSECOND, 64), r.type("time"));
        assertEquals(Arrays.asList(1.5, null, -0.0), r.column("d"));
        assertEquals(Arrays.asList(2.5f, null, 3f), r.column("f"));
        assertEquals(Arrays.asList(7, null, -3), r.column("i"));
        assertEquals(Arrays.asList((short) 4, null, (short) 5), r.column("s"));
        assertEquals(Arrays.asList(1L << 40, null, -1L), r.column("l"));
        assertEquals(Arrays.asList(true, null, false), r.column("b"));
        assertEquals(Arrays.asList("é ü", null, "x,y"), r.column("str"));
        // date32 is days since 1970-01-01: 2026-12-07 is day 20,794 (Python: date(2026,12,7).toordinal() −
        // date(1970,1,1).toordinal()); 1969-12-31 is day −1
        assertEquals(Arrays.asList(20_794, null, -1), r.column("date"));
        assertEquals(Arrays.asList(LocalDateTime.of(2026, 12, 7, 12, 30, 15, 123_000_000), null,
                LocalDateTime.of(2000, 1, 1, 0, 0)), r.column("dt"));
        // timestamp[us, UTC] as microseconds since the epoch: 2026-12-07T12:00Z is 1,796,644,800 s (plus 1 ms)
        assertEquals(Arrays.asList(1_796_644_800_001_000L, null, 0L), r.column("inst"));
        // time64[us] as microseconds since midnight: 86,399,999,000 for 23:59:59.999 (Tablesaw's milliseconds)
        assertEquals(Arrays.asList(86_399_999_000L, null, 0L), r.column("time"));
    }

    @Test
    void manyRowsGoInSeveralBatchesInOrder() throws IOException {
        // seeded random table of BATCH_ROWS + 17 rows, about a tenth of the cells missing; every cell compared with
        // the Tablesaw table's own getters
        int n = ArrowFrames.BATCH_ROWS + 17;
        SplittableRandom rng = new SplittableRandom(9);
        DoubleColumn d = DoubleColumn.create("value");
        IntColumn i = IntColumn.create("replicate");
        StringColumn s = StringColumn.create("algorithm");
        for (int row = 0; row < n; row++) {
            boolean missing = rng.nextInt(10) == 0;
            d.append(missing ? Double.NaN : rng.nextDouble());
            i.append(missing ? Integer.MIN_VALUE : rng.nextInt(-1000, 1000));
            s.append(missing ? "" : "a" + rng.nextInt(50));
        }
        Read r = roundTrip(Table.create("big", d, i, s));
        assertEquals(2, r.batches());
        assertEquals(n, r.column("value").size());
        int nulls = 0;
        for (int row = 0; row < n; row++) {
            boolean missing = d.isMissing(row);
            nulls += missing ? 1 : 0;
            assertEquals(missing ? null : d.getDouble(row), r.column("value").get(row), "row " + row);
            assertEquals(missing ? null : i.getInt(row), r.column("replicate").get(row), "row " + row);
            assertEquals(missing ? null : s.get(row), r.column("algorithm").get(row), "row " + row);
        }
        assertTrue(nulls > n / 20 && nulls < n / 5, "missing cells: " + nulls);
    }

    @Test
    void theIndicatorsFrameKeepsItsColumnTypesAndItsUndefinedValuesAsNulls(@TempDir Path dir) throws IOException {
        Table indicators = Frames.indicators(HandResults.results());
        Path file = dir.resolve("sub").resolve("indicators.arrows");
        ArrowFrames.write(indicators, file);
        Read r;
        try (InputStream in = Files.newInputStream(file)) {
            r = read(in);
        }
        assertEquals(List.of("instance", "algorithm", "replicate", "evaluations", "indicator", "value"),
                r.fields().stream().map(Field::getName).toList());
        assertEquals(new ArrowType.Int(32, true), r.type("replicate"));
        assertEquals(new ArrowType.Int(64, true), r.type("evaluations"));
        assertEquals(indicators.rowCount(), r.column("value").size());
        // HandResults: b's replicate 1 and c's replicate 0 end at NaN, the 10th and 13th rows
        assertEquals(null, r.column("value").get(9));
        assertEquals(null, r.column("value").get(12));
        assertEquals(4.0, r.column("value").get(0));
        assertEquals(200L, r.column("evaluations").get(0));
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temp file left beside the stream");
        }
    }

    @Test
    void anEmptyFrameIsASchemaWithoutBatches() throws IOException {
        Read r = roundTrip(Table.create("empty", DoubleColumn.create("f1"), StringColumn.create("s")));
        assertEquals(0, r.batches());
        assertEquals(List.of("f1", "s"), r.fields().stream().map(Field::getName).toList());
        assertTrue(r.fields().stream().allMatch(Field::isNullable), "every field nullable");
    }
}
