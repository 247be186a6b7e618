package org.bomoco.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.results.IndicatorComparison;
import org.bomoco.results.Results;
import org.bomoco.stats.Friedman;

/**
 * Friedman mean ranks (M. Friedman, JASA 32(200), 1937; as used for algorithm comparison by J. Demšar, JMLR 7,
 * 2006): per indicator, blocks are the instances with values of that indicator, treatments the algorithms with
 * values on every one of them, observations each algorithm's median ({@link org.bomoco.results.Frames#summary});
 * rank 1 is the best. Mean ranks and p come from {@link Friedman#test}.
 */
final class FriedmanTable {
    private FriedmanTable() {
    }

    static Table of(Results results, List<IndicatorComparison> comparisons,
            Map<List<String>, SummaryStats> stats) {
        List<String> algorithms = results.algorithms();
        List<String> header = new ArrayList<>(List.of("indicator"));
        header.addAll(algorithms);
        header.addAll(List.of("instances", "Friedman p"));
        List<List<String>> rows = new ArrayList<>();
        for (String indicator : results.indicatorIds()) {
            List<IndicatorComparison> of = comparisons.stream().filter(c -> c.indicator().equals(indicator)).toList();
            List<String> common = algorithms.stream()
                    .filter(a -> of.stream().allMatch(c -> has(stats, c, a))).toList();
            if (of.size() < 2 || common.size() < 2) {
                continue;
            }
            double[][] blocks = of.stream().map(c -> common.stream()
                    .mapToDouble(a -> SummaryStats.of(stats, c.instance(), indicator, a).median()).toArray())
                    .toArray(double[][]::new);
            Friedman.Result r = Friedman.test(blocks, IndicatorComparison.largerIsBetter(indicator));
            List<String> row = new ArrayList<>(List.of(indicator));
            for (String a : algorithms) {
                int k = common.indexOf(a);
                row.add(k < 0 ? Cells.NONE : Cells.number(r.meanRanks()[k]));
            }
            row.add(Integer.toString(blocks.length));
            row.add(Cells.p(r.pValue()));
            rows.add(row);
        }
        return new Table("friedman", "Friedman mean ranks over instances (1 = best)", header, rows, 1,
                "Each instance's observation is an algorithm's median final value; an algorithm without values on "
                        + "some instance is left out of that indicator's ranking (–).");
    }

    private static boolean has(Map<List<String>, SummaryStats> stats, IndicatorComparison c, String algorithm) {
        SummaryStats q = SummaryStats.of(stats, c.instance(), c.indicator(), algorithm);
        return q != null && q.runs() > 0;
    }
}
