package org.bomoco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.bomoco.results.HandResults;
import org.bomoco.results.Results;

/**
 * The statistics columns of the tables: which samples go to {@link org.bomoco.stats.Comparison} (algorithms without
 * values left out, Holm over the algorithms compared with the control on that instance and indicator) and the
 * +/−/≈ direction. The p-values are hand-derived from the exact Mann–Whitney null distribution.
 */
class ReportStatisticsTest {
    /** Writes only the tables (figures are covered by {@link ReportsTest} and slow to draw). */
    private static void tables(Path dir, String control) throws IOException {
        SyntheticResults.write(dir);
        Reports.writeTables(SummaryTables.build(Results.open(dir), control), dir);
    }

    @Test
    void verdictsAgainstTheControlFollowTheIndicatorDirection(@TempDir Path dir) throws IOException {
        tables(dir, "nsga2@moea");
        String summary = Files.readString(dir.resolve("tables/summary.csv"));
        // hypervolume (larger better): moead_x [0.60, 0.75] (4 runs) lies below nsga2 [0.78, 0.85] (5 runs), no ties
        // → exact two-sided p = 2 / C(9, 4) = 2/126; Holm over the family {moead_x, composite}: 2 × 2/126 = 0.0317
        // < 0.05 and A12 = 0 → worse (−); composite 0.52 also below; the control has no verdict
        assertTrue(summary.contains("place_1,hypervolume,0.81 (0.02),0.675 (0.075) −,0.52 (0) −,"), summary);
        // igd+ = 1 − hv (smaller better): the same samples mirrored, still worse
        assertTrue(summary.contains("place_1,igd+,0.19 (0.02),0.325 (0.075) −,0.48 (0) −,"), summary);
        List<String> lines = Files.readAllLines(dir.resolve("tables/summary-long.csv"));
        assertEquals("instance,indicator,algorithm,runs,median,q1,q3,iqr,kw_p,p_holm,a12,vs_control", lines.get(0));
        assertTrue(lines.contains("place_1,hypervolume,moead_x,4,0.6749999999999999,0.6375,0.7124999999999999,"
                + "0.07499999999999996,0.007336498329445946," + 4.0 / 126 + ",0.0,−"), String.join("\n", lines));
        // zdt1: Kruskal–Wallis H = 12/(9·10)·(10²/4 + 35²/5) − 3·10 = 6, df 1 → p = P(χ²₁ > 6) = 0.0143059;
        // the family is moead_x alone (composite has no zdt1 runs) → p_holm = 2/126
        assertTrue(lines.contains("zdt1,hypervolume,moead_x,4,0.6749999999999999,0.6375,0.7124999999999999,"
                + "0.07499999999999996,0.014305878435429563," + 2.0 / 126 + ",0.0,−"), String.join("\n", lines));
        String md = Files.readString(dir.resolve("tables/summary.md"));
        assertTrue(md.contains("+ significantly better") && md.contains("Holm"), md);
    }

    @Test
    void theVerdictTurnsWithTheControl(@TempDir Path dir) throws IOException {
        tables(dir, "moead_x");
        String summary = Files.readString(dir.resolve("tables/summary.csv"));
        // nsga2 [0.78, 0.85] vs control moead_x [0.60, 0.75]: disjoint, A12 = 1, hypervolume larger → better (+);
        // KW p of zdt1 as above, printed with three decimals
        assertTrue(summary.contains("zdt1,hypervolume,0.81 (0.02) +,0.675 (0.075),–,0.014"), summary);
        assertTrue(summary.contains("zdt1,igd+,0.19 (0.02) +,0.325 (0.075),–,0.014"), summary);
    }

    @Test
    void withoutControlThereAreNoVerdicts(@TempDir Path dir) throws IOException {
        tables(dir, null);
        String summary = Files.readString(dir.resolve("tables/summary.csv"));
        assertTrue(summary.contains("zdt1,hypervolume,0.81 (0.02),0.675 (0.075),–,0.014"), summary);
    }

    @Test
    void friedmanRanksOverInstances(@TempDir Path dir) throws IOException {
        tables(dir, null);
        // Only nsga2 and moead_x have values on both instances (composite is left out); nsga2's medians are better
        // on both for both indicators → mean ranks 1 and 2; n = 2 blocks, k = 2: χ² = 12/(n·k·(k+1)) · Σ R² −
        // 3n(k+1) = 12/12 · (2² + 4²) − 18 = 2, df 1 → p = P(χ²₁ > 2) = 0.157
        List<String> lines = Files.readAllLines(dir.resolve("tables/friedman.csv"));
        assertEquals(List.of("indicator,nsga2@moea,moead_x,composite,instances,Friedman p",
                "hypervolume,1,2,–,2,0.157", "igd+,1,2,–,2,0.157"), lines);
        String tex = Files.readString(dir.resolve("tables/friedman.tex"));
        ReportsTest.assertBalanced(tex);
    }

    @Test
    void summaryTablesPrintTheFramesHandComputedQuartiles() {
        // org.bomoco.results.HandResults: a → median 2.5, IQR 1.5 (q1 1.75, q3 3.25, 4 runs); b → 20 (15) over
        // 3 finite runs; c has only NaN → –; values of a (1..4) all lie below b's (10..40) → KW on two groups
        List<Table> tables = SummaryTables.build(HandResults.results(), null);
        Table summary = tables.get(0);
        assertEquals(List.of("instance", "indicator", "a", "b", "c", "KW p"), summary.header());
        assertEquals(List.of("i1", "hypervolume", "2.5 (1.5)", "20 (15)", "–"), summary.rows().get(0).subList(0, 5));
        Table longSummary = tables.get(1);
        assertEquals(List.of("i1", "hypervolume", "a", "4", "2.5", "1.75", "3.25", "1.5"),
                longSummary.rows().get(0).subList(0, 8));
        assertEquals(List.of("b", "3", "20.0", "15.0", "30.0", "15.0"), longSummary.rows().get(1).subList(2, 8));
        assertEquals(List.of("c", "0", "", "", "", ""), longSummary.rows().get(2).subList(2, 8));
    }
}
