package org.bomoco.data;

import static org.bomoco.data.Fixtures.assertInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Line numbers and cell checks of {@link CsvTable}. */
class CsvTableTest {
    private static final List<String> COLUMNS = List.of("a", "b");

    @Test
    void lineNumbersSkipCommentsAndBlankLines() {
        // line 1 header, 2 comment, 3 data, 4 blank, 5-6 comments, 7 data, 8 a quoted cell spanning to line 9, 10 data
        String text = "a,b\n# note\n1,x\n\n# two\n# comments\n2,y\n3,\"multi\nline\"\n4,z\n";
        CsvTable t = CsvTable.parse("t.csv", text, COLUMNS, false);
        assertEquals(List.of(3L, 7L, 8L, 10L), t.rows().stream().map(CsvTable.Row::line).toList());
        assertEquals("multi\nline", t.row(2).text("b"));
    }

    @Test
    void columnsInAnyOrderAndByteOrderMark() {
        CsvTable t = CsvTable.parse("t.csv", "\uFEFFb,a\n2,1\n", COLUMNS, false);
        assertEquals(1, t.row(0).integer("a", 0, 9));
        assertEquals(2, t.row(0).integer("b", 0, 9));
    }

    @Test
    void badCellsNameLineAndColumn() {
        CsvTable t = CsvTable.parse("t.csv", "a,b\n# c\n1.5,Infinity\n,-2\n", COLUMNS, false);
        assertInputError(() -> t.row(0).integer("a", 0, 9), "t.csv", 3, "a", "not an integer");
        assertInputError(() -> t.row(0).number("b", 0, 9), "t.csv", 3, "b", "not a finite number");
        assertInputError(() -> t.row(1).text("a"), "t.csv", 4, "a", "empty value");
        assertInputError(() -> t.row(1).positive("b"), "t.csv", 4, "b", "must be greater than 0");
    }

    @Test
    void headerProblems() {
        assertInputError(() -> CsvTable.parse("t.csv", "a,a,b\n1,1,2\n", COLUMNS, false), "t.csv", 1, "a",
                "column appears twice");
        assertInputError(() -> CsvTable.parse("t.csv", "# only a comment\n", COLUMNS, true), "t.csv", 0, null,
                "file is empty");
        assertEquals(0, CsvTable.parse("t.csv", "a,b\n", COLUMNS, true).size());
    }

    @Test
    void multiLineValuesAreShownOnOneLine() {
        CsvTable t = CsvTable.parse("t.csv", "a,b\n\"x\ny\",1\n", COLUMNS, false);
        assertInputError(() -> t.row(0).integer("a", 0, 9), "t.csv", 2, "a", "'x\\ny' is not an integer");
    }
}
