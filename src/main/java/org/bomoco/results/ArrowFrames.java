package org.bomoco.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.bomoco.data.AtomicFiles;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/**
 * Tablesaw tables ({@link Frames}) written as Arrow IPC streams, the format {@code pyarrow.ipc.open_stream} and R's
 * {@code arrow::read_ipc_stream} read. Column types map one to one: double → float64, float → float32, int → int32,
 * short → int16, long → int64, boolean → bool, date → date32, date-time → timestamp[us] (no zone), instant →
 * timestamp[us, UTC], time → time64[us], string → utf8. A Tablesaw missing value (NaN, {@code Integer.MIN_VALUE},
 * the empty string …, whatever {@link Column#isMissing} says) becomes an Arrow null, so pandas reads NaN/None and
 * R reads NA. Rows go in record batches of {@link #BATCH_ROWS}.
 *
 * <p>Only this class touches Arrow: {@link Frames} loads without it. Arrow's memory module reads the address of
 * direct buffers reflectively, so the JVM needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED} (the jar's
 * manifest, {@code ./bomoco} and the tests set it); without it {@link #write} fails with that advice.
 */
public final class ArrowFrames {
    /** File extension of an Arrow IPC stream (Arrow's suggested {@code .arrows}). */
    public static final String EXTENSION = ".arrows";
    /** Rows per record batch: bounds the off-heap memory of one batch while keeping batches few. */
    public static final int BATCH_ROWS = 65_536;
    /** Why {@link #write} refused, and the fix. */
    public static final String UNAVAILABLE = "Arrow IPC export needs the JVM option "
            + "--add-opens=java.base/java.nio=ALL-UNNAMED (./bomoco and java -jar target/bomoco.jar set it)";

    private ArrowFrames() {
    }

    /** Sets row {@code row} of an Arrow vector from row {@code i} of a Tablesaw column (not missing). */
    private interface Setter {
        void set(FieldVector v, int row, Column<?> c, int i);
    }

    /** The Arrow type of a Tablesaw column type and how one value is copied. */
    private record Kind(ArrowType type, Setter setter) {
    }

    /** The Arrow schema of {@code table}: one nullable field per column, types as the class comment lists. */
    public static Schema schema(Table table) {
        List<Field> fields = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            fields.add(Field.nullable(c.name(), kind(c).type()));
        }
        return new Schema(fields);
    }

    /**
     * Writes {@code table} to {@code file} atomically: a temp file beside it ({@link AtomicFiles#TEMP_SUFFIX}),
     * then a rename, so a reader sees the old file or the complete new one. Creates the directory.
     */
    public static void write(Table table, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + file.getFileName(), AtomicFiles.TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(table, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Whether this JVM lets Arrow's memory module into {@code java.nio} (the {@code --add-opens} of the class
     * comment); without it Arrow fails on the first buffer it writes.
     */
    public static boolean available() {
        return Object.class.getModule().isOpen("java.nio", RootAllocator.class.getModule());
    }

    /**
     * Writes {@code table} as one Arrow IPC stream (schema, record batches, end-of-stream) to {@code out}.
     *
     * @throws IllegalStateException when {@link #available} is false, with the JVM option to add
     */
    public static void write(Table table, OutputStream out) throws IOException {
        if (!available()) {
            throw new IllegalStateException(UNAVAILABLE);
        }
        Schema schema = schema(table);
        List<Setter> setters = table.columns().stream().map(c -> kind(c).setter()).toList();
        try (BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
             ArrowStreamWriter writer = new ArrowStreamWriter(root, null, out)) {
            writer.start();
            for (int from = 0; from < table.rowCount(); from += BATCH_ROWS) {
                int n = Math.min(BATCH_ROWS, table.rowCount() - from);
                root.allocateNew();
                for (int k = 0; k < table.columnCount(); k++) {
                    fill(root.getVector(k), table.column(k), setters.get(k), from, n);
                }
                root.setRowCount(n);
                writer.writeBatch();
            }
            writer.end();
        }
    }

    private static void fill(FieldVector v, Column<?> c, Setter setter, int from, int n) {
        for (int j = 0; j < n; j++) {
            if (c.isMissing(from + j)) {
                v.setNull(j);
            } else {
                setter.set(v, j, c, from + j);
            }
        }
        v.setValueCount(n);
    }

    private static Kind kind(Column<?> column) {
        if (column instanceof DoubleColumn) {
            return new Kind(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE),
                    (v, j, c, i) -> ((Float8Vector) v).setSafe(j, ((DoubleColumn) c).getDouble(i)));
        }
        if (column instanceof FloatColumn) {
            return new Kind(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE),
                    (v, j, c, i) -> ((Float4Vector) v).setSafe(j, ((FloatColumn) c).getFloat(i)));
        }
        if (column instanceof IntColumn) {
            return new Kind(new ArrowType.Int(32, true),
                    (v, j, c, i) -> ((IntVector) v).setSafe(j, ((IntColumn) c).getInt(i)));
        }
        if (column instanceof ShortColumn) {
            return new Kind(new ArrowType.Int(16, true),
                    (v, j, c, i) -> ((SmallIntVector) v).setSafe(j, ((ShortColumn) c).getShort(i)));
        }
        if (column instanceof LongColumn) {
            return new Kind(new ArrowType.Int(64, true),
                    (v, j, c, i) -> ((BigIntVector) v).setSafe(j, ((LongColumn) c).getLong(i)));
        }
        if (column instanceof BooleanColumn) {
            return new Kind(ArrowType.Bool.INSTANCE,
                    (v, j, c, i) -> ((BitVector) v).setSafe(j, ((BooleanColumn) c).get(i) ? 1 : 0));
        }
        return temporal(column);
    }

    private static Kind temporal(Column<?> column) {
        if (column instanceof DateColumn) {
            return new Kind(new ArrowType.Date(DateUnit.DAY), (v, j, c, i) ->
                    ((DateDayVector) v).setSafe(j, Math.toIntExact(((DateColumn) c).get(i).toEpochDay())));
        }
        if (column instanceof DateTimeColumn) {
            return new Kind(new ArrowType.Timestamp(TimeUnit.MICROSECOND, null), (v, j, c, i) ->
                    ((TimeStampMicroVector) v).setSafe(j, micros(((DateTimeColumn) c).get(i))));
        }
        if (column instanceof InstantColumn) {
            return new Kind(new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC"), (v, j, c, i) ->
                    ((TimeStampMicroTZVector) v).setSafe(j, micros(((InstantColumn) c).get(i))));
        }
        if (column instanceof TimeColumn) {
            return new Kind(new ArrowType.Time(TimeUnit.MICROSECOND, 64), (v, j, c, i) ->
                    ((TimeMicroVector) v).setSafe(j, ((TimeColumn) c).get(i).toNanoOfDay() / 1_000));
        }
        // strings, and any other type as its text
        return new Kind(ArrowType.Utf8.INSTANCE, (v, j, c, i) ->
                ((VarCharVector) v).setSafe(j, c.getString(i).getBytes(StandardCharsets.UTF_8)));
    }

    private static long micros(LocalDateTime t) {
        return micros(t.toInstant(ZoneOffset.UTC));
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }
}
