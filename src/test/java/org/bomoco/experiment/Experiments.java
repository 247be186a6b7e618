package org.bomoco.experiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.indicators.Indicator;

/** Small experiment specs and helpers for the runner tests (the bundled demo instance: 8 workloads). */
final class Experiments {
    static final Path DEMO = Path.of("datasets", "instances", "demo");
    static final Path CATALOGUE = Path.of("datasets");

    private Experiments() {
    }

    /** demo × {nsga2@moea, nsga2@jmetal} × 2 replicates, population 20, 200 evaluations, checkpoint at 100. */
    static ExperimentSpec demo(Path output, int threads) {
        return spec(output, threads, List.of(
                new AlgorithmSpec("nsga2", "nsga2@moea", 20, Map.of()),
                new AlgorithmSpec("nsga2-jm", "nsga2@jmetal", 20, Map.of())));
    }

    static ExperimentSpec spec(Path output, int threads, List<AlgorithmSpec> algorithms) {
        return new ExperimentSpec("demo-test", 42, 2, output, threads,
                List.of(new InstanceSpec("demo", DEMO, null, null)), algorithms, 200, List.of(100L),
                Indicator.ids(), new ReferenceSpec("union", null, 1.1, "reference"), null);
    }

    /** A placement executor that counts and remembers its runs. */
    static final class Counting implements RunExecutor {
        final PlacementExecutor inner = new PlacementExecutor(new InstanceLoader(CATALOGUE),
                AlgorithmRegistry.standard());
        final AtomicInteger calls = new AtomicInteger();
        final List<RunKey> keys = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void check(ExperimentSpec spec) {
            inner.check(spec);
        }

        @Override
        public RunRecord execute(RunTask task) {
            calls.incrementAndGet();
            keys.add(task.key());
            return inner.execute(task);
        }
    }

    /** Everything of a record except wall times, as text (doubles printed exactly by {@link Double#toString}). */
    static String content(RunRecord r) {
        StringBuilder sb = new StringBuilder().append(r.key()).append(' ').append(r.seed()).append(' ')
                .append(r.algorithmId()).append(' ').append(r.library()).append(' ').append(r.evaluations())
                .append('\n');
        for (TracePoint t : r.trace()) {
            sb.append("trace ").append(t.evaluations()).append(':');
            t.front().forEach(p -> sb.append(Arrays.toString(p)));
            sb.append('\n');
        }
        r.objectives().forEach(p -> sb.append(Arrays.toString(p)));
        return sb.append(r.feasible()).append(r.decisions()).toString();
    }
}
