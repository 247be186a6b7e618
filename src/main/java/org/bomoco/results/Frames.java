package org.bomoco.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.bomoco.experiment.IndicatorTable;
import org.bomoco.experiment.ReferenceSet;
import org.bomoco.experiment.RunRecord;
import org.bomoco.model.InputException;
import tech.tablesaw.aggregate.NumericAggregateFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.Source;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * A results directory as Tablesaw tables (data frames) for notebooks and the report: every indicator value, each
 * run's final values, the summary statistics per instance × indicator × algorithm, an instance's fronts and
 * reference set, and every {@code tables/*.csv} the report wrote. Built from {@link Results#open}.
 */
public final class Frames {
    /** Number of finite values of a group (the runs with a final value). */
    public static final NumericAggregateFunction RUNS = quartile("runs", q -> q.n());
    /** Median of a group's finite values. */
    public static final NumericAggregateFunction MEDIAN = quartile("median", Quartiles::median);
    /** First quartile (R-7, as {@link Quartiles}) of a group's finite values. */
    public static final NumericAggregateFunction Q1 = quartile("q1", Quartiles::q1);
    /** Third quartile (R-7, as {@link Quartiles}) of a group's finite values. */
    public static final NumericAggregateFunction Q3 = quartile("q3", Quartiles::q3);

    private Frames() {
    }

    /** {@code indicators.csv}: instance, algorithm, replicate, evaluations, indicator, value (NaN kept, missing). */
    public static Table indicators(Results results) {
        List<IndicatorTable.Row> rows = results.indicators();
        return Table.create("indicators",
                StringColumn.create("instance", rows.stream().map(IndicatorTable.Row::instance)),
                StringColumn.create("algorithm", rows.stream().map(IndicatorTable.Row::algorithm)),
                IntColumn.create("replicate", rows.stream().mapToInt(IndicatorTable.Row::replicate).toArray()),
                LongColumn.create("evaluations", rows.stream().mapToLong(IndicatorTable.Row::evaluations).toArray()),
                StringColumn.create("indicator", rows.stream().map(IndicatorTable.Row::indicator)),
                DoubleColumn.create("value", rows.stream().mapToDouble(IndicatorTable.Row::value).toArray()));
    }

    /**
     * Each run's final (last-checkpoint) value of each indicator, as {@link Results#traces} orders them: instance,
     * indicator, algorithm, replicate, evaluations, value (NaN when undefined).
     */
    public static Table finals(Results results) {
        List<IndicatorTable.Row> rows = new ArrayList<>();
        for (String instance : results.instances()) {
            for (String indicator : results.indicatorIds()) {
                results.traces(instance, indicator).values()
                        .forEach(runs -> runs.forEach(t -> rows.add(t.get(t.size() - 1))));
            }
        }
        return Table.create("finals",
                StringColumn.create("instance", rows.stream().map(IndicatorTable.Row::instance)),
                StringColumn.create("indicator", rows.stream().map(IndicatorTable.Row::indicator)),
                StringColumn.create("algorithm", rows.stream().map(IndicatorTable.Row::algorithm)),
                IntColumn.create("replicate", rows.stream().mapToInt(IndicatorTable.Row::replicate).toArray()),
                LongColumn.create("evaluations", rows.stream().mapToLong(IndicatorTable.Row::evaluations).toArray()),
                DoubleColumn.create("value", rows.stream().mapToDouble(IndicatorTable.Row::value).toArray()));
    }

    /**
     * Summary statistics of the final values, {@link #finals} summarised by instance × indicator × algorithm with
     * Tablesaw: runs (finite values), median, q1, q3 (R-7 quartiles, NaN without values) and iqr = q3 − q1.
     * Sorted by instance, indicator, algorithm.
     */
    public static Table summary(Results results) {
        Table s = finals(results).summarize("value", RUNS, MEDIAN, Q1, Q3).by("instance", "indicator", "algorithm");
        for (String f : List.of("runs", "median", "q1", "q3")) {
            s.column(f + " [value]").setName(f);
        }
        s.replaceColumn("runs", s.doubleColumn("runs").asIntColumn().setName("runs"));
        s.addColumns(s.doubleColumn("q3").subtract(s.doubleColumn("q1")).setName("iqr"));
        return s.sortOn("instance", "indicator", "algorithm").setName("summary");
    }

    /**
     * The stored final fronts of {@code instance}: algorithm, replicate, feasible, then one column per objective
     * ({@link Results#objectiveColumns}), one row per point.
     */
    public static Table front(Results results, String instance) {
        List<String> names = results.objectiveColumns(instance);
        StringColumn algorithm = StringColumn.create("algorithm");
        IntColumn replicate = IntColumn.create("replicate");
        BooleanColumn feasible = BooleanColumn.create("feasible");
        List<DoubleColumn> objectives = names.stream().map(DoubleColumn::create).toList();
        results.fronts(instance).forEach((a, runs) -> {
            for (RunRecord r : runs) {
                for (int i = 0; i < r.objectives().size(); i++) {
                    algorithm.append(a);
                    replicate.append(r.key().replicate());
                    feasible.append(i >= r.feasible().size() || r.feasible().get(i));
                    for (int k = 0; k < objectives.size(); k++) {
                        objectives.get(k).append(r.objectives().get(i)[k]);
                    }
                }
            }
        });
        Table t = Table.create("front-" + instance, algorithm, replicate, feasible);
        objectives.forEach(t::addColumns);
        return t;
    }

    /** The reference set of {@code instance}: one column per objective, one row per point; empty without one. */
    public static Table reference(Results results, String instance) {
        ReferenceSet ref = results.references().get(instance);
        Table t = Table.create("reference-" + instance);
        if (ref == null) {
            return t;
        }
        List<double[]> points = ref.points();
        for (int k = 0; k < ref.columns().size(); k++) {
            final int col = k;
            t.addColumns(DoubleColumn.create(ref.columns().get(k), points.stream().mapToDouble(p -> p[col])));
        }
        return t;
    }

    /**
     * Every {@code tables/*.csv} of the results directory {@code output} by file base name (sorted), column types
     * detected by Tablesaw; empty when there is no {@code tables/}.
     *
     * @throws InputException naming the file when one cannot be parsed
     */
    public static Map<String, Table> tables(Path output) {
        Path dir = output.resolve("tables");
        Map<String, Table> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.csv$", "");
                out.put(name, readCsv(f, name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Table readCsv(Path file, String name) {
        try {
            // the charset is given: Tablesaw would otherwise guess it with ICU4J, which the jar leaves out (pom.xml)
            return Table.read().csv(CsvReadOptions.builder(new Source(file.toFile(), StandardCharsets.UTF_8))
                    .tableName(name).build());
        } catch (RuntimeException e) {
            throw new InputException(file.toString(), 0, null, "not a readable CSV table (" + e.getMessage()
                    + "); rebuild it with bomoco report");
        }
    }

    private static NumericAggregateFunction quartile(String name, ToDoubleFunction<Quartiles> statistic) {
        return new NumericAggregateFunction(name) {
            @Override
            public Double summarize(NumericColumn<?> column) {
                double[] values = new double[column.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = column.getDouble(i);
                }
                return statistic.applyAsDouble(Quartiles.of(values));
            }
        };
    }
}
