package org.bomoco.data;

import static org.bomoco.data.Fixtures.assertInputError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.bomoco.model.InputException;
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

    /** Issue 12: a broken quote is said in words at its line, never with Commons CSV's class names. */
    @Test
    void brokenQuotesAreSaidInWordsAtTheirLine() {
        InputException open = assertInputError(() -> CsvTable.parse("t.csv", "a,b\n1,2\n\"3,4\n", COLUMNS, false),
                "t.csv", 3, null, "never closed");
        InputException after = assertInputError(() -> CsvTable.parse("t.csv", "a,b\n\"1\"x,2\n", COLUMNS, false),
                "t.csv", 2, null, "text follows a closing quote");
        for (InputException e : List.of(open, after)) {
            assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("org."), e.getMessage());
        }
    }

    /** A too-long cell names its header column; a whole number beyond 32 bits is out of range, not "not an integer". */
    @Test
    void aLongCellNamesItsColumnAndAHugeIntegerIsOutOfRange() {
        assertInputError(() -> CsvTable.parse("t.csv", "a,b\n1," + "x".repeat(CsvTable.MAX_CELL + 1) + "\n",
                COLUMNS, false), "t.csv", 2, "b", "cell has 4097 characters");
        CsvTable t = CsvTable.parse("t.csv", "a,b\n99999999999,1\n", COLUMNS, false);
        assertInputError(() -> t.row(0).integer("a", Integer.MIN_VALUE, Integer.MAX_VALUE), "t.csv", 2, "a",
                "outside the allowed range of a whole number");
        assertInputError(() -> t.row(0).integer("a", 0, 48), "t.csv", 2, "a", "outside the allowed range [0, 48]");
    }
}
