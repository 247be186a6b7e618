package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bomoco export} on a small hand-written results directory, and its errors. */
class ExportCommandTest {
    /**
     * indicators.csv: one instance, algorithms a (final hypervolume 0.5 and 0.7) and b (final NaN), two checkpoints;
     * one report table.
     */
    private static Path results(Path dir) throws IOException {
        Files.writeString(dir.resolve("indicators.csv"), String.join("\n",
                "instance,algorithm,replicate,evaluations,indicator,value",
                "i1,a,0,100,hypervolume,0.1", "i1,a,0,200,hypervolume,0.5",
                "i1,a,1,100,hypervolume,0.2", "i1,a,1,200,hypervolume,0.7",
                "i1,b,0,200,hypervolume,NaN", ""));
        Files.createDirectories(dir.resolve("tables"));
        Files.writeString(dir.resolve("tables/sizes.csv"), "instance,points\ni1,12\ni1,3\n");
        return dir;
    }

    /** Every column of an Arrow stream file as text, nulls as "null". */
    private static List<List<String>> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); BufferAllocator a = new RootAllocator();
             ArrowStreamReader r = new ArrowStreamReader(in, a)) {
            VectorSchemaRoot root = r.getVectorSchemaRoot();
            List<List<String>> columns = new ArrayList<>();
            root.getFieldVectors().forEach(v -> columns.add(new ArrayList<>(List.of(v.getName()))));
            while (r.loadNextBatch()) {
                for (int k = 0; k < columns.size(); k++) {
                    for (int j = 0; j < root.getRowCount(); j++) {
                        columns.get(k).add(String.valueOf(root.getVector(k).getObject(j)));
                    }
                }
            }
            return columns;
        }
    }

    @Test
    void writesEveryFrameAsArrowStreamsBesideTheResults(@TempDir Path tmp) throws IOException {
        Path dir = results(tmp);
        CliRun r = CliRun.run("export", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 Arrow IPC streams"), r.out());
        Path arrow = dir.resolve("arrow");
        try (Stream<Path> files = Files.walk(arrow)) {
            assertEquals(List.of("finals.arrows", "indicators.arrows", "summary.arrows", "tables/sizes.arrows"),
                    files.filter(Files::isRegularFile).map(f -> arrow.relativize(f).toString()).sorted().toList());
        }
        List<List<String>> summary = read(arrow.resolve("summary.arrows"));
        // finals: a 0.5, 0.7 → runs 2, median 0.6 (R-7 quartiles 0.55 and 0.65); b: NaN → 0 runs, median null
        assertEquals(List.of("algorithm", "a", "b"), summary.get(2));
        assertEquals(List.of("runs", "2", "0"), summary.get(3));
        assertEquals("median", summary.get(4).get(0));
        assertEquals(0.6, Double.parseDouble(summary.get(4).get(1)), 1e-12);
        assertEquals("null", summary.get(4).get(2));
        assertEquals(List.of(List.of("instance", "i1", "i1"), List.of("points", "12", "3")),
                read(arrow.resolve("tables/sizes.arrows")));
    }

    @Test
    void csvGoesToItsOwnDirectoryOrToOut(@TempDir Path tmp) throws IOException {
        Path dir = results(tmp);
        CliRun r = CliRun.run("export", dir.toString(), "--format", "CSV", "--out", tmp.resolve("x").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("instance,indicator,algorithm,replicate,evaluations,value\ni1,hypervolume,a,0,200,0.5\n"
                        + "i1,hypervolume,a,1,200,0.7\ni1,hypervolume,b,0,200,\n",
                Files.readString(tmp.resolve("x/finals.csv"), StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("arrow")));
    }

    @Test
    void badInputIsOneLineAndExitTwoAnUnwritableOutIsExitOne(@TempDir Path tmp) throws IOException {
        Path dir = results(Files.createDirectories(tmp.resolve("r")));
        CliRun r = CliRun.run("export", dir.toString(), "--format", "parquet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("'parquet'") && r.err().contains("arrow or csv"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        r = CliRun.run("export", tmp.resolve("missing").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("missing") && r.err().contains("no such directory")
                && r.err().contains("the results directory of 'bomoco run'"), r.err());
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        r = CliRun.run("export", empty.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no indicators.csv"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        r = CliRun.run("export", dir.toString(), "--out", file.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("a-file"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void withoutTheOpenedJavaNioArrowIsRefusedWithTheOption(@TempDir Path tmp) throws Exception {
        // a child JVM on this class path without --add-opens (surefire's argLine gives it to this JVM)
        Path dir = results(tmp);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "export", dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child did not end");
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("--add-opens=java.base/java.nio=ALL-UNNAMED") && out.contains("--format csv"), out);
        assertEquals(1, out.strip().lines().count(), out);
        assertFalse(Files.exists(dir.resolve("arrow")));
    }
}
