package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.indicators.Indicator;
import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference sets, bounds and indicators.csv on hand-made runs whose indicator values are worked out below. */
class ScoringTest {
    private static final double TOL = 1e-12;
    // feasible, non-dominated: normalise to (0,1,0,0,0) and (1,0,0,0,0) with ideal (0,0,5,5,5), nadir (10,10,5,5,5)
    private static final double[] P1 = {0, 10, 5, 5, 5};
    private static final double[] P2 = {10, 0, 5, 5, 5};
    private static final double[] DOMINATED = {10, 10, 5, 5, 5};
    private static final double[] INFEASIBLE = {-5, -5, 0, 0, 0};

    @TempDir
    Path out;

    private static ExperimentSpec spec(Path out, ReferenceSpec reference) {
        return new ExperimentSpec("hand", 1, 1, out, 1, List.of(new InstanceSpec("demo", Experiments.DEMO, null, null)),
                List.of(new AlgorithmSpec("a", "random", 0, Map.of()), new AlgorithmSpec("b", "random", 0, Map.of())),
                100, List.of(50L), Indicator.ids(), reference, null);
    }

    private void storeHandRuns(ExperimentSpec spec) throws IOException {
        RunStore store = new RunStore(out);
        store.prepare(spec, false);
        store.save(new RunRecord(new RunKey("demo", "a", 0), 1, "random@bomoco", "bomoco", 100, 0.2,
                List.of(new TracePoint(50, 0.1, List.of(DOMINATED)), new TracePoint(100, 0.2, List.of(P1))),
                List.of(P1, DOMINATED, INFEASIBLE), List.of(true, true, false), List.of("x", "y", "z")));
        store.save(new RunRecord(new RunKey("demo", "b", 0), 2, "random@bomoco", "bomoco", 100, 0.2,
                List.of(new TracePoint(100, 0.2, List.of(P1, P2))), List.of(P2), List.of(true), List.of("w")));
    }

    private static double value(List<IndicatorTable.Row> rows, String alg, long evals, String id) {
        return rows.stream().filter(r -> r.algorithm().equals(alg) && r.evaluations() == evals
                && r.indicator().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void unionReferenceBoundsAndIndicatorsMatchHandValues() throws IOException {
        ExperimentSpec spec = spec(out, new ReferenceSpec("union", null, 1.1, "reference"));
        storeHandRuns(spec);
        Scoring.score(out, spec, new InstanceLoader(Experiments.CATALOGUE), 2);

        ReferenceSet ref = ReferenceSets.read(out, "demo");
        assertEquals("union", ref.source());
        assertEquals(2, ref.points().size(), "dominated and infeasible points left out");
        assertArrayEquals(P1, ref.points().get(0));
        assertArrayEquals(new double[] {0, 0, 5, 5, 5}, ref.ideal());
        assertArrayEquals(new double[] {10, 10, 5, 5, 5}, ref.nadir());
        assertEquals(ReferenceSets.placementColumns(), List.of(Files.readAllLines(ReferenceSets.csv(out, "demo"))
                .get(0).split(",")));

        List<IndicatorTable.Row> rows = IndicatorTable.read(out.resolve("indicators.csv"));
        assertEquals(3 * 5, rows.size(), "3 trace points × 5 indicators");
        // {P1} → (0,1,0,0,0): boxes up to 1.1 in every coordinate: 1.1·0.1 in the first two, 1.1³ in the rest
        assertEquals(0.11 * 1.331, value(rows, "a", 100, "hypervolume"), TOL);
        // IGD+: 0 to P1, 1 to P2 (only the 1-unit excess in f1 counts) → mean 0.5; IGD: (0 + √2)/2; ε: 1
        assertEquals(0.5, value(rows, "a", 100, "igd+"), TOL);
        assertEquals(Math.sqrt(2) / 2, value(rows, "a", 100, "igd"), TOL);
        assertEquals(1.0, value(rows, "a", 100, "epsilon"), TOL);
        assertEquals(1.0, value(rows, "a", 100, "spread"), TOL, "one point: Δ* = 1");
        // {DOMINATED} → (1,1,0,0,0): box 0.1·0.1·1.1³
        assertEquals(0.01 * 1.331, value(rows, "a", 50, "hypervolume"), TOL);
        // the reference set itself: union of the two boxes 0.11 + 0.11 − 0.01 = 0.21 (×1.1³); distances 0
        assertEquals(0.21 * 1.331, value(rows, "b", 100, "hypervolume"), TOL);
        assertEquals(0.0, value(rows, "b", 100, "igd+"), TOL);
        assertEquals(0.0, value(rows, "b", 100, "spread"), TOL);

        List<IndicatorTable.Row> sorted = new ArrayList<>(rows);
        sorted.sort(IndicatorTable.ORDER);
        assertEquals(sorted, rows, "rows are stored sorted");
        List<IndicatorTable.Row> again = new ArrayList<>(Scoring.indicators(out, spec, 1));
        again.sort(IndicatorTable.ORDER);
        assertEquals(rows, again, "stored files alone give the same table");
    }

    @Test
    void withoutNormalisationTheBoundsAreTheIdentity() throws IOException {
        ExperimentSpec spec = spec(out, new ReferenceSpec("union", null, 20, "none"));
        storeHandRuns(spec);
        Scoring.score(out, spec, new InstanceLoader(Experiments.CATALOGUE), 1);
        ReferenceSet ref = ReferenceSets.read(out, "demo");
        assertArrayEquals(new double[5], ref.ideal());
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, ref.nadir());
        // raw {P1} against (20,...,20): 20·10·15³
        List<IndicatorTable.Row> rows = IndicatorTable.read(out.resolve("indicators.csv"));
        assertEquals(20 * 10 * 15.0 * 15 * 15, value(rows, "a", 100, "hypervolume"), 1e-6);
    }

    @Test
    void aFileReferenceIsReadAndFilteredAndAnalyticIsRefusedForPlacement() throws IOException {
        Path csv = out.resolve("ref-{instance}.csv");
        Files.writeString(out.resolve("ref-demo.csv"), String.join(",", ReferenceSets.placementColumns())
                + "\n# a comment\n0,10,5,5,5\n10,0,5,5,5\n10,10,5,5,5\n");
        ExperimentSpec spec = spec(out, new ReferenceSpec("file", csv, 1.1, "reference"));
        storeHandRuns(spec);
        Scoring.score(out, spec, new InstanceLoader(Experiments.CATALOGUE), 1);
        ReferenceSet ref = ReferenceSets.read(out, "demo");
        assertEquals("file", ref.source());
        assertEquals(2, ref.points().size());

        ExperimentSpec analytic = spec(out, new ReferenceSpec("analytic", null, 1.1, "reference"));
        InputException e = assertThrows(InputException.class,
                () -> Scoring.score(out, analytic, new InstanceLoader(Experiments.CATALOGUE), 1));
        assertTrue(e.getMessage().contains("is a placement instance"), e.getMessage());
    }

    @Test
    void aMissingRunIsAnIoErrorThatSaysHowToFinishIt() throws IOException {
        ExperimentSpec spec = spec(out, new ReferenceSpec("union", null, 1.1, "reference"));
        storeHandRuns(spec);
        Files.delete(new RunStore(out).file(new RunKey("demo", "b", 0)));
        IOException e = assertThrows(IOException.class,
                () -> Scoring.score(out, spec, new InstanceLoader(Experiments.CATALOGUE), 1));
        assertTrue(e.getMessage().contains("demo/b/r0 is not finished"), e.getMessage());
    }

    @Test
    void theExactReferenceWeaklyDominatesEveryRunsFront() throws IOException {
        // one generated workload in two regions: a space small enough to enumerate
        InstanceSpec tiny = new InstanceSpec("tiny", null, new GenerateSpec(1, 5, List.of("aws", "azure"),
                List.of("eu-central-1", "westeurope"), Instant.parse("2023-06-01T00:00:00Z")), null);
        ExperimentSpec spec = new ExperimentSpec("exact", 3, 2, out, 2, List.of(tiny),
                List.of(new AlgorithmSpec("random", "random", 0, Map.of())), 60, List.of(), Indicator.ids(),
                new ReferenceSpec("exact", null, 1.1, "reference"), null);
        RunStore store = new RunStore(out);
        store.prepare(spec, false);
        InstanceLoader loader = new InstanceLoader(Experiments.CATALOGUE);
        new Runner(new PlacementExecutor(loader, org.bomoco.algorithms.AlgorithmRegistry.standard()))
                .run(spec, store, ProgressReporter.silent());
        Scoring.score(out, spec, loader, 2);
        ReferenceSet ref = ReferenceSets.read(out, "tiny");
        assertEquals("exact", ref.source());
        int checked = 0;
        for (RunRecord r : store.load(Runner.keys(spec))) {
            for (int i = 0; i < r.objectives().size(); i++) {
                if (r.feasible().get(i)) {
                    double[] p = r.objectives().get(i);
                    assertTrue(ref.points().stream().anyMatch(q -> weaklyDominates(q, p)),
                            "exact front covers " + java.util.Arrays.toString(p));
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "some run found a feasible point");
        for (IndicatorTable.Row row : IndicatorTable.read(out.resolve("indicators.csv"))) {
            if (row.indicator().equals("igd+")) {
                assertTrue(row.value() >= 0, "no run beats the true front");
            }
        }
    }

    private static boolean weaklyDominates(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void nonDominatedFilterDropsDuplicatesAndDominatedPoints() {
        List<double[]> nd = ReferenceSets.nonDominated(List.of(P2, DOMINATED, P1, P1.clone()));
        assertEquals(2, nd.size());
        assertArrayEquals(P1, nd.get(0));
        assertArrayEquals(P2, nd.get(1));
    }
}
