package org.bomoco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics columns of the tables, with a stand-in for {@code org.bomoco.stats}: the wiring (which samples go
 * to which test, Holm over the family, the +/−/≈ direction) is what is checked here, not the tests themselves.
 */
class ReportStatisticsTest {
    /**
     * Stand-in tests: KW p = 0.01; Mann–Whitney p = 0.001 when the samples do not overlap, else 0.5; Holm by
     * Bonferroni (multiply by the family size, cap 1 — enough to see the family); A12 by counting pairs; Friedman
     * ranks of the block values (1 = best), p = 0.02.
     */
    static final StatTests FAKE = new StatTests() {
        @Override
        public double kruskalWallisP(double[]... samples) {
            return 0.01;
        }

        @Override
        public double mannWhitneyP(double[] a, double[] b) {
            double minA = Arrays.stream(a).min().orElseThrow();
            double maxA = Arrays.stream(a).max().orElseThrow();
            double minB = Arrays.stream(b).min().orElseThrow();
            double maxB = Arrays.stream(b).max().orElseThrow();
            return maxA < minB || minA > maxB ? 0.001 : 0.5;
        }

        @Override
        public double[] holm(double[] p) {
            return Arrays.stream(p).map(x -> Math.min(1, x * p.length)).toArray();
        }

        @Override
        public double a12(double[] a, double[] b) {
            double wins = 0;
            for (double x : a) {
                for (double y : b) {
                    wins += x > y ? 1 : x == y ? 0.5 : 0;
                }
            }
            return wins / (a.length * b.length);
        }

        @Override
        public double[] friedman(double[][] values, boolean largerIsBetter) {
            int k = values[0].length;
            double[] out = new double[k + 1];
            for (double[] block : values) {
                for (int a = 0; a < k; a++) {
                    int rank = 1;
                    for (int b = 0; b < k; b++) {
                        rank += (largerIsBetter ? block[b] > block[a] : block[b] < block[a]) ? 1 : 0;
                    }
                    out[a] += (double) rank / values.length;
                }
            }
            out[k] = 0.02;
            return out;
        }
    };

    /** Writes only the tables (figures are covered by {@link ReportsTest} and slow to draw). */
    private static void tables(Path dir, String control) throws IOException {
        SyntheticResults.write(dir);
        Reports.writeTables(SummaryTables.build(Results.load(dir), control, FAKE), dir);
    }

    @Test
    void verdictsAgainstTheControlFollowTheIndicatorDirection(@TempDir Path dir) throws IOException {
        tables(dir, "nsga2@moea");
        String summary = Files.readString(dir.resolve("tables/summary.csv"));
        // hypervolume (larger better): moead_x [0.60, 0.75] and composite 0.52 lie below nsga2 [0.78, 0.85]
        // → p = 0.001 × 2 (family of two) < 0.05, A12 = 0 → worse (−); control has no verdict; KW p 0.01
        assertTrue(summary.contains("place_1,hypervolume,0.81 (0.02),0.675 (0.075) −,0.52 (0) −,0.010"), summary);
        // igd+ = 1 − hv (smaller better): the same samples mirrored, still worse
        assertTrue(summary.contains("place_1,igd+,0.19 (0.02),0.325 (0.075) −,0.48 (0) −,0.010"), summary);
        List<String> lines = Files.readAllLines(dir.resolve("tables/summary-long.csv"));
        assertEquals("instance,indicator,algorithm,runs,median,q1,q3,iqr,kw_p,p_holm,a12,vs_control", lines.get(0));
        assertTrue(lines.contains("place_1,hypervolume,moead_x,4,0.6749999999999999,0.6375,0.7124999999999999,"
                + "0.07499999999999996,0.01,0.002,0.0,−"), String.join("\n", lines));
        String md = Files.readString(dir.resolve("tables/summary.md"));
        assertTrue(md.contains("+ significantly better") && md.contains("Holm"), md);
    }

    @Test
    void overlappingSamplesAreNotSignificant(@TempDir Path dir) throws IOException {
        tables(dir, "moead_x");
        String summary = Files.readString(dir.resolve("tables/summary.csv"));
        // nsga2 [0.78, 0.85] vs control moead_x [0.60, 0.75]: disjoint, A12 = 1, hypervolume larger → better (+)
        assertTrue(summary.contains("zdt1,hypervolume,0.81 (0.02) +,0.675 (0.075),–,0.010"), summary);
    }

    @Test
    void friedmanRanksOverInstances(@TempDir Path dir) throws IOException {
        tables(dir, null);
        // Only nsga2 and moead_x have values on both instances (composite is left out); nsga2's medians are better
        // on both for both indicators → mean ranks 1 and 2 (stand-in Friedman), p = 0.02
        List<String> lines = Files.readAllLines(dir.resolve("tables/friedman.csv"));
        assertEquals(List.of("indicator,nsga2@moea,moead_x,composite,instances,Friedman p",
                "hypervolume,1,2,–,2,0.020", "igd+,1,2,–,2,0.020"), lines);
        String tex = Files.readString(dir.resolve("tables/friedman.tex"));
        ReportsTest.assertBalanced(tex);
    }
}
