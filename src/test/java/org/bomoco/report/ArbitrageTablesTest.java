package org.bomoco.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.bomoco.experiment.InstanceModifiers;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.problem.RegionScope;
import org.junit.jupiter.api.Test;

/** {@link ArbitrageTables} and {@link ArbitrageViolations} on a hand-made set of stored solutions. */
class ArbitrageTablesTest {
    /** Current state: cost 100, carbon 50, water 20, performance 10, KPI 0. */
    private static final double[] CURRENT = {100, 50, 20, 10, 0};

    private static ArbitrageData.Solution s(boolean feasible, double cost, double carbon, double water, double perf,
                                            int cross) {
        return new ArbitrageData.Solution("a", 0, new double[] {cost, carbon, water, perf, 0}, feasible, 0, 0, 0,
                cross);
    }

    private static ArbitrageData.Instance instance(String name, RegionScope scope, double egress,
                                                   List<ArbitrageData.Solution> solutions) {
        InstanceSpec spec = new InstanceSpec(name, Path.of("some", "instance"), null, null, 0,
                new InstanceModifiers(scope, egress, -1));
        return new ArbitrageData.Instance(name, spec, 5, CURRENT, solutions);
    }

    /**
     * within: s1 (cost 80, carbon 40, water 18, perf 9.5), s2 (60, 30, 15, perf 10); across: a1 (90, 20, 16, perf 9),
     * a2 infeasible (50, 10, 5, perf 6), a3 (70, 35, 19, perf 10.4). An all-scope instance at egress 2 has no twin.
     */
    private static ArbitrageData data() {
        return new ArbitrageData(List.of(
                instance("within", RegionScope.PROVIDER, 1, List.of(s(true, 80, 40, 18, 9.5, 0),
                        s(true, 60, 30, 15, 10, 0))),
                instance("across", null, 1, List.of(s(true, 90, 20, 16, 9, 2), s(false, 50, 10, 5, 6, 3),
                        s(true, 70, 35, 19, 10.4, 1))),
                instance("across-e2", RegionScope.ALL, 2, List.of())));
    }

    private static List<String> row(Table t, String level, String objective) {
        return t.rows().stream().filter(r -> r.get(2).equals(level) && r.get(3).equals(objective)).findFirst()
                .orElseThrow();
    }

    @Test
    void bestValuesAndExtraReductionAtEachPerformanceLevel() {
        List<ArbitrageTables.Pair> pairs = ArbitrageTables.pairs(data());
        assertEquals(1, pairs.size());
        assertEquals("across", pairs.get(0).across().name());
        Table t = ArbitrageTables.arbitrage(pairs);
        assertEquals(9, t.rows().size()); // 3 levels × 3 objectives
        // perf ≤ 9.5 (s1 sits on the bound): within {s1}, across {a1}; carbon 40 (−20%) vs 20 (−60%): +40 pp
        assertEquals(List.of("within", "across", "≤ 0.95×", "carbon", "50", "40", "20", "20.00", "60.00", "40.00"),
                row(t, "≤ 0.95×", "carbon"));
        assertEquals(List.of("80", "90", "20.00", "10.00", "-10.00"), row(t, "≤ 0.95×", "cost").subList(5, 10));
        // perf ≤ 10: within {s1, s2}, across {a1} (a2 is infeasible): carbon 30 (−40%) vs 20 (−60%): +20 pp;
        // water 15 (−25%) vs 16 (−20%): −5 pp; cost 60 (−40%) vs 90 (−10%): −30 pp
        assertEquals(List.of("30", "20", "40.00", "60.00", "20.00"), row(t, "≤ 1.00×", "carbon").subList(5, 10));
        assertEquals(List.of("15", "16", "25.00", "20.00", "-5.00"), row(t, "≤ 1.00×", "water").subList(5, 10));
        assertEquals(List.of("60", "90", "40.00", "10.00", "-30.00"), row(t, "≤ 1.00×", "cost").subList(5, 10));
        // perf ≤ 10.5 admits a3: across cost 70 (−30%), extra −10 pp
        assertEquals(List.of("60", "70", "40.00", "30.00", "-10.00"), row(t, "≤ 1.05×", "cost").subList(5, 10));
    }

    @Test
    void sensitivityRowsPerInstance() {
        Table t = ArbitrageTables.sensitivity(data());
        // at perf ≤ 10; best carbon within is s2 (no cross-provider move), across a1 (2 moves)
        assertEquals(List.of("within", "provider", "1", "5", "40.00", "25.00", "40.00", "0", "2"), t.rows().get(0));
        assertEquals(List.of("across", "all", "1", "5", "60.00", "20.00", "10.00", "2", "2"), t.rows().get(1));
        assertEquals(List.of("across-e2", "all", "2", "5", "–", "–", "–", "–", "0"), t.rows().get(2));
    }

    @Test
    void violationCounterCountsEachViolatingSolutionOnce() {
        ArbitrageData.Solution ok = s(true, 1, 1, 1, 1, 0);
        ArbitrageData.Solution both = new ArbitrageData.Solution("a", 1, CURRENT, false, 2, 35.5, 0, 0);
        ArbitrageData.Solution leak = new ArbitrageData.Solution("b", 0, CURRENT, true, 0, 0, 1, 1);
        // a run without a feasible plan stores its least-violating solutions; they are not offered, not checked
        ArbitrageData.Solution unoffered = new ArbitrageData.Solution("c", 0, CURRENT, false, 1, 10, 0, 0, false);
        ArbitrageViolations v = ArbitrageViolations.count(new ArbitrageData(List.of(
                instance("x", RegionScope.PROVIDER, 1, List.of(ok, both, leak, unoffered)))));
        assertEquals(new ArbitrageViolations(3, 3, 1, 1, 1, 1, 1, 1), v);
        assertEquals("sovereignty/latency violations among chosen solutions: 1 (3 solutions reported feasible by 3 "
                + "runs, re-evaluated: 1 of them infeasible; sovereignty 1, latency 1; outside the region scope: 1; 1 "
                + "infeasible solutions of runs without a feasible plan not offered, not checked) — CHECK FAILED",
                v.line());
        ArbitrageViolations clean = ArbitrageViolations.count(new ArbitrageData(List.of(
                instance("x", RegionScope.PROVIDER, 1, List.of(ok)))));
        assertEquals(0, clean.violating());
    }
}
