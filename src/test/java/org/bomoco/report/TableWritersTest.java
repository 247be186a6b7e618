package org.bomoco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The four writers on one table with awkward cells. */
class TableWritersTest {
    private static final Table TABLE = new Table("t_1", "Costs & 50% of {x}", List.of("label", "value"),
            List.of(List.of("ws_50% & more", "1.5 ≈"), List.of("a|b, \"c\"", "<2>")), 1, "note_1");

    @Test
    void latexEscapesSpecials() {
        String tex = TableWriters.latex(TABLE);
        assertTrue(tex.contains("ws\\_50\\% \\& more & 1.5 $\\approx$ \\\\"), tex);
        assertTrue(tex.contains("\\caption{Costs \\& 50\\% of \\{x\\}}"), tex);
        assertTrue(tex.contains("\\begin{tabular}{lr}"), tex);
        ReportsTest.assertBalanced(tex);
        assertEquals("\\textbackslash{}\\$\\#\\textasciitilde{}\\textasciicircum{}",
                TableWriters.latexEscape("\\$#~^"));
    }

    @Test
    void markdownEscapesPipesAndKeepsColumnCounts() {
        String md = TableWriters.markdown(TABLE);
        assertTrue(md.contains("| a\\|b, \"c\" | <2> |"), md);
        assertTrue(md.contains("| :--- | ---: |"), md);
        md.lines().filter(l -> l.startsWith("|")).forEach(l ->
                assertEquals(3, l.replace("\\|", "").chars().filter(c -> c == '|').count(), l));
    }

    @Test
    void csvQuotesCommasAndQuotes() {
        // RFC 4180: a cell with , or " is quoted and its quotes doubled
        assertEquals("label,value\nws_50% & more,1.5 ≈\n\"a|b, \"\"c\"\"\",<2>\n", TableWriters.csv(TABLE));
    }

    @Test
    void htmlEscapesEntities() {
        String html = TableWriters.html(TABLE);
        assertTrue(html.contains("<td>a|b, &quot;c&quot;</td><td class=\"num\">&lt;2&gt;</td>"), html);
        assertTrue(html.contains("<caption>Costs &amp; 50% of {x}</caption>"), html);
    }

    @Test
    void raggedRowsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Table("x", "x", List.of("a", "b"), List.of(List.of("1")), 1, ""));
    }
}
