package org.bomoco.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.bomoco.model.InputException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The Tablesaw frames of a results model, against the hand-computed statistics of {@link HandResults}. */
class FramesTest {
    @Test
    void summaryHasTheHandComputedQuartilesOfTheFinalValues() {
        Table s = Frames.summary(HandResults.results());
        assertEquals(List.of("instance", "indicator", "algorithm", "runs", "median", "q1", "q3", "iqr"),
                s.columnNames());
        assertEquals(3, s.rowCount());
        assertRow(s.row(0), "a", 4, 2.5, 1.75, 3.25, 1.5);
        assertRow(s.row(1), "b", 3, 20, 15, 30, 15);
        Row c = s.row(2);
        assertEquals("c", c.getString("algorithm"));
        assertEquals(0, c.getInt("runs"));
        assertTrue(Double.isNaN(c.getDouble("median")) && Double.isNaN(c.getDouble("iqr")));
    }

    private static void assertRow(Row r, String algorithm, int runs, double median, double q1, double q3,
            double iqr) {
        assertEquals(HandResults.INSTANCE, r.getString("instance"));
        assertEquals("hypervolume", r.getString("indicator"));
        assertEquals(algorithm, r.getString("algorithm"));
        assertEquals(runs, r.getInt("runs"));
        assertEquals(median, r.getDouble("median"), 1e-12);
        assertEquals(q1, r.getDouble("q1"), 1e-12);
        assertEquals(q3, r.getDouble("q3"), 1e-12);
        assertEquals(iqr, r.getDouble("iqr"), 1e-12);
    }

    @Test
    void finalsKeepEachRunsLastCheckpoint() {
        Table f = Frames.finals(HandResults.results());
        assertEquals(9, f.rowCount());
        Table a0 = f.where(f.stringColumn("algorithm").isEqualTo("a").and(f.intColumn("replicate").isEqualTo(0)));
        assertEquals(1, a0.rowCount());
        assertEquals(200L, a0.longColumn("evaluations").get(0));
        assertEquals(4.0, a0.doubleColumn("value").get(0));
        assertEquals(13, Frames.indicators(HandResults.results()).rowCount());
    }

    @Test
    void frontAndReferenceHaveOneColumnPerObjective() {
        Results r = HandResults.results();
        Table front = Frames.front(r, HandResults.INSTANCE);
        assertEquals(List.of("algorithm", "replicate", "feasible", "f1", "f2"), front.columnNames());
        assertEquals(2, front.rowCount());
        assertTrue(front.booleanColumn("feasible").get(0));
        assertFalse(front.booleanColumn("feasible").get(1));
        assertEquals(0.5, front.doubleColumn("f2").get(1));
        Table ref = Frames.reference(r, HandResults.INSTANCE);
        assertEquals(List.of("f1", "f2"), ref.columnNames());
        assertEquals(2.0, ref.doubleColumn("f1").get(1));
        assertEquals(0, Frames.reference(r, "absent").columnCount());
    }

    @Test
    void everyTablesCsvIsReadWithItsTypes(@TempDir Path dir) throws IOException {
        assertTrue(Frames.tables(dir).isEmpty());
        Files.createDirectories(dir.resolve("tables"));
        Files.writeString(dir.resolve("tables/summary-long.csv"), "instance,algorithm,runs,median\ni1,a,4,2.5\n");
        Files.writeString(dir.resolve("tables/b.csv"), "x\n1\n");
        Files.writeString(dir.resolve("tables/b.md"), "| not | csv |\n");
        Map<String, Table> tables = Frames.tables(dir);
        assertEquals(List.of("b", "summary-long"), List.copyOf(tables.keySet()));
        Table t = tables.get("summary-long");
        assertEquals(ColumnType.STRING, t.column("algorithm").type());
        assertEquals(2.5, t.numberColumn("median").getDouble(0));
        Files.writeString(dir.resolve("tables/bad.csv"), "a,b\n1,2,3\n");
        InputException e = assertThrows(InputException.class, () -> Frames.tables(dir));
        assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
    }
}
