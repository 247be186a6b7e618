package org.bomoco.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link ArrowFrames} read by another Arrow implementation, pyarrow ({@code pyarrow.ipc.open_stream}), when the Python
 * named by {@code BOMOCO_PYTHON} (default {@code python3}) imports it; skipped, saying so, when it does not (Debian
 * 13 packages no pyarrow: {@code python3 -m venv v && v/bin/pip install pyarrow pandas}, then
 * {@code BOMOCO_PYTHON=v/bin/python}).
 */
class ArrowFramesPyarrowTest {
    private static final String READ = String.join("\n",
            "import json, sys, pyarrow.ipc as ipc",
            "t = ipc.open_stream(sys.argv[1]).read_all()",
            "df = ipc.open_stream(sys.argv[1]).read_pandas()",
            "print(json.dumps({'types': [str(f.type) for f in t.schema], 'names': t.schema.names,",
            "  'columns': {n: t.column(n).to_pylist() for n in t.schema.names},",
            "  'pandas': {n: str(df[n].dtype) for n in df.columns}}, default=str))");

    private static String python() {
        String p = System.getenv("BOMOCO_PYTHON");
        return p == null || p.isBlank() ? "python3" : p;
    }

    private static boolean hasPyarrow() {
        try {
            Process p = new ProcessBuilder(python(), "-c", "import pyarrow, pandas").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void pyarrowReadsTheTypesValuesAndNulls(@TempDir Path dir) throws IOException, InterruptedException {
        boolean present = hasPyarrow();
        if (!present) {
            System.err.println("ArrowFramesPyarrowTest SKIPPED: " + python() + " cannot import pyarrow and pandas "
                    + "(set BOMOCO_PYTHON to a Python that can)");
        }
        Assumptions.assumeTrue(present, python() + " cannot import pyarrow and pandas: cross-reader check skipped");
        Table t = Table.create("t",
                StringColumn.create("algorithm", "nsga2@moea", "", "é"),
                IntColumn.create("replicate", new int[] {0, Integer.MIN_VALUE, 2}),
                LongColumn.create("evaluations", new long[] {5_000_000_000L, 1, Long.MIN_VALUE}),
                DoubleColumn.create("value", 0.1, Double.NaN, -2.5e300),
                BooleanColumn.create("feasible", true, false, true),
                DateColumn.create("day", LocalDate.of(2026, 12, 7), null, LocalDate.of(2000, 2, 29)),
                DateTimeColumn.create("at", LocalDateTime.of(2026, 12, 7, 13, 5, 1, 250_000_000), null, null));
        Path file = dir.resolve("t.arrows");
        Path script = Files.writeString(dir.resolve("read.py"), READ);
        ArrowFrames.write(t, file);
        Process p = new ProcessBuilder(python(), script.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        JsonNode r = new ObjectMapper().readTree(out);
        assertEquals(List.of("string", "int32", "int64", "double", "bool", "date32[day]", "timestamp[us]"),
                List.of(new ObjectMapper().convertValue(r.get("types"), String[].class)));
        JsonNode c = r.get("columns");
        assertEquals("[\"nsga2@moea\",null,\"é\"]", c.get("algorithm").toString());
        assertEquals("[0,null,2]", c.get("replicate").toString());
        assertEquals("[5000000000,1,null]", c.get("evaluations").toString());
        assertEquals("[0.1,null,-2.5E300]", c.get("value").toString());
        assertEquals("[true,false,true]", c.get("feasible").toString());
        assertEquals("[\"2026-12-07\",null,\"2000-02-29\"]", c.get("day").toString());
        assertEquals("[\"2026-12-07 13:05:01.250000\",null,null]", c.get("at").toString());
        // pandas: the nullable int32 column becomes float64 (NaN for the null), the others keep their width
        assertEquals("float64", r.get("pandas").get("replicate").asText());
        assertEquals("float64", r.get("pandas").get("value").asText());
        assertEquals("bool", r.get("pandas").get("feasible").asText());
    }
}
