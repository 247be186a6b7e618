package org.bomoco.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bomoco.experiment.FrontFiles;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.TracePoint;
import org.bomoco.problem.Objective;
import org.bomoco.results.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FrontAnalysis} and {@link FrontAnalysisTables} on a tiny stored experiment whose fronts vary in two
 * objectives only (cost = 1000x + 100, carbon = 50y + 10, the rest 1), so every count is a 2-D hand computation
 * in (x, y); scaling does not change supportedness.
 */
class FrontAnalysisTest {
    private static final double EPS = 1e-12;

    @TempDir
    Path dir;

    /** (x, y) per run; a third value 1 marks an infeasible point. */
    private static final Map<String, List<double[][]>> RUNS = Map.of(
            // r0: three mutually non-dominated points; r1: (0.4, 0.9), a repeat of (0.6, 0.6), an infeasible point
            "nsga2@moea", List.of(new double[][] {{0, 1}, {1, 0}, {0.6, 0.6}},
                    new double[][] {{0.4, 0.9}, {0.6, 0.6}, {0.1, 0.1, 1}}),
            "moead@jmetal", List.of(new double[][] {{0.3, 0.3}}, new double[][] {{0.9, 0.05}}),
            "composite", List.of(new double[][] {{0.5, 0.8}}, new double[][] {{0.7, 0.7}}),
            "weighted-sum", List.<double[][]>of(new double[][] {{0.2, 0.6}}));

    @Test
    void countsSupportAndExtremesByHand() throws IOException {
        write(dir);
        FrontAnalysis analysis = FrontAnalysis.of(Results.open(dir));
        FrontAnalysis.InstanceFronts p = analysis.instances().get(0);
        // reference (non-dominated union of all feasible points): (0,1) (0.2,0.6) (0.3,0.3) (0.9,0.05) (1,0).
        // Lower hull: (0.2,0.6) lies above the chord (0,1)–(0.3,0.3) (y = 1 − 0.7·0.2/0.3 = 0.533 < 0.6) and
        // (0.9,0.05) above the chord (0.3,0.3)–(1,0) (y = 0.3 − 0.3·0.6/0.7 = 0.043 < 0.05): 2 unsupported.
        assertEquals(5, p.reference());
        assertEquals(2, p.referenceUnsupported());
        // Pareto union: nsga2 ∪ moead; (0.3,0.3) dominates (0.6,0.6) and (0.4,0.9): (0,1) (0.3,0.3) (0.9,0.05) (1,0),
        // of which (0.9,0.05) is unsupported (as above)
        assertEquals(4, p.paretoUnion());
        assertEquals(1, p.paretoUnsupported());
        FrontAnalysis.AlgorithmFronts nsga2 = find(p, "nsga2@moea");
        // per run: r0 3 points, r1 2 (the infeasible point is dropped); union (0,1) (1,0) (0.6,0.6) (0.4,0.9): both
        // inner points are above the chord x + y = 1, so unsupported; (0,1) and (1,0) are reference points
        assertArrayEquals(new int[] {3, 2}, nsga2.perRun());
        assertEquals(2.5, nsga2.medianPerRun(), EPS);
        assertEquals(4, nsga2.union());
        assertEquals(2, nsga2.unsupported());
        assertEquals(2, nsga2.inReference());
        assertEquals(2, nsga2.dominatedByPareto());
        assertTrue(nsga2.pareto());
        FrontAnalysis.AlgorithmFronts composite = p.composite();
        // both composite points are dominated by (0.3, 0.3); two points are always both supported
        assertEquals("composite", composite.algorithm());
        assertEquals(2, composite.union());
        assertEquals(0, composite.unsupported());
        assertEquals(2, composite.dominatedByPareto());
        FrontAnalysis.AlgorithmFronts ws = find(p, "weighted-sum");
        assertEquals(false, ws.pareto());
        assertEquals(0, ws.dominatedByPareto());
        // extremes in units: nsga2 reaches x = 0 → cost 100 and y = 0 → carbon 10; composite x = 0.5 → 600,
        // y = 0.7 → 45
        assertArrayEquals(new double[] {100, 10, 1, 1, 1}, nsga2.best(), EPS);
        assertArrayEquals(new double[] {600, 45, 1, 1, 1}, composite.best(), EPS);
        assertEquals("Pareto algorithms found 4 non-dominated points on p, 25% of which no composite weight vector "
                + "can reach; 2 of the composite baseline's 2 points are dominated by them.",
                FrontAnalysisTables.headline(p));
    }

    @Test
    void tablesHaveTheExpectedRows() throws IOException {
        write(dir);
        Results results = Results.open(dir);
        List<Table> tables = FrontAnalysisTables.tables(results, FrontAnalysis.of(results));
        Table sizes = tables.get(0);
        // algorithms in order of first appearance: run files in path order (composite, moead_jmetal, nsga2_moea, ...)
        assertEquals(List.of("p", "composite", "composite", "2", "1", "2", "0"), sizes.rows().get(0));
        assertEquals(List.of("p", "nsga2@moea", "Pareto", "2", "2.5", "4", "2"), sizes.rows().get(2));
        assertEquals(List.of("p", "Pareto union", "union", "4", "–", "4", "–"), sizes.rows().get(4));
        assertEquals(List.of("p", "reference set", "reference", "–", "–", "5", "5"), sizes.rows().get(5));
        Table supported = tables.get(1);
        assertEquals(List.of("p", "reference set", "5", "2", "40%", "–"), supported.rows().get(0));
        assertEquals(List.of("p", "Pareto union", "4", "1", "25%", "0"), supported.rows().get(1));
        assertEquals(List.of("p", "composite", "2", "0", "0%", "2"), supported.rows().get(2));
        assertEquals(List.of("p", "nsga2@moea", "4", "2", "50%", "2"), supported.rows().get(4));
        Table extremes = tables.get(2);
        // composite first, then the others in order of appearance
        assertEquals(List.of("instance", "objective", "composite", "moead@jmetal", "nsga2@moea", "weighted-sum"),
                extremes.header());
        assertEquals(List.of("p", "cost (USD/month)", "600", "400", "100", "300"), extremes.rows().get(0));
    }

    @Test
    void reportWritesTheTablesAndSection(@TempDir Path other) throws IOException {
        SyntheticResults.write(other);
        Reports.Written written = Reports.write(other, "nsga2@moea");
        for (String t : List.of("front-sizes", "supported", "extremes")) {
            assertTrue(Files.isRegularFile(other.resolve("tables/" + t + ".csv")), t);
            assertTrue(written.tables().contains(other.resolve("tables/" + t + ".md")), t);
        }
        String html = Files.readString(written.html());
        assertTrue(html.contains("<h2 id=\"pareto-vs-composite\">Pareto vs composite</h2>"));
        assertTrue(html.contains("Pareto algorithms found "), "placement headline");
        // the benchmark zdt1 appears in the sizes and extremes tables but not in the supported table
        String supported = Files.readString(other.resolve("tables/supported.csv"));
        assertTrue(supported.contains("place_1") && !supported.contains("zdt1"), supported);
        assertTrue(Files.readString(other.resolve("tables/extremes.csv")).contains("zdt1,f2,"));
        FrontAnalysis.InstanceFronts zdt = FrontAnalysis.of(Results.open(other)).instances().get(1);
        assertNull(FrontAnalysisTables.headline(zdt));
        assertEquals(-1, zdt.paretoUnsupported());
        // no feasible Pareto point: a different sentence
        FrontAnalysis.AlgorithmFronts none = new FrontAnalysis.AlgorithmFronts("nsga2", true, false, 1, new int[] {0},
                0, 0, 0, 0, new double[5]);
        FrontAnalysis.AlgorithmFronts one = new FrontAnalysis.AlgorithmFronts("composite", false, true, 1,
                new int[] {1}, 1, 1, 0, 0, new double[5]);
        assertEquals("Pareto algorithms found no feasible point on q; the composite baseline found 1.",
                FrontAnalysisTables.headline(new FrontAnalysis.InstanceFronts("q", true, 1, 0, 0, 0,
                        List.of(none, one))));
    }

    private static FrontAnalysis.AlgorithmFronts find(FrontAnalysis.InstanceFronts i, String label) {
        return i.algorithms().stream().filter(a -> a.algorithm().equals(label)).findFirst().orElseThrow();
    }

    private static double[] objectives(double[] xy) {
        return new double[] {1000 * xy[0] + 100, 50 * xy[1] + 10, 1, 1, 1};
    }

    static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("indicators.csv"), "instance,algorithm,replicate,evaluations,indicator,value\n");
        ObjectMapper json = new ObjectMapper();
        for (String label : List.of("nsga2@moea", "moead@jmetal", "composite", "weighted-sum")) {
            List<double[][]> runs = RUNS.get(label);
            for (int r = 0; r < runs.size(); r++) {
                List<double[]> front = new ArrayList<>();
                List<Boolean> feasible = new ArrayList<>();
                for (double[] xy : runs.get(r)) {
                    front.add(objectives(xy));
                    feasible.add(xy.length == 2);
                }
                RunKey key = new RunKey("p", label, r);
                String id = label.equals("composite") ? "composite@bomoco"
                        : label.equals("weighted-sum") ? "weighted-sum@moea" : label;
                RunRecord record = new RunRecord(key, 1, id, "x", 100, 0.1,
                        List.of(new TracePoint(100, 0.1, front)), front, feasible, List.of());
                Path file = dir.resolve("runs").resolve(key.path() + ".json");
                Files.createDirectories(file.getParent());
                json.writeValue(file.toFile(), record);
            }
        }
        List<String> cols = new ArrayList<>();
        for (Objective o : Objective.values()) {
            cols.add(FrontFiles.column(o));
        }
        StringBuilder csv = new StringBuilder(String.join(",", cols)).append('\n');
        for (double[] xy : new double[][] {{0, 1}, {0.2, 0.6}, {0.3, 0.3}, {0.9, 0.05}, {1, 0}}) {
            double[] o = objectives(xy);
            csv.append(o[0]).append(',').append(o[1]).append(",1.0,1.0,1.0\n");
        }
        Files.createDirectories(dir.resolve("reference"));
        Files.writeString(dir.resolve("reference/p.csv"), csv);
        Files.writeString(dir.resolve("reference/p.json"), "{\"source\":\"union\",\"ideal\":[100,10,1,1,1],"
                + "\"nadir\":[1100,60,1,1,1],\"referencePoint\":[1.1,1.1,1.1,1.1,1.1]}");
    }
}
