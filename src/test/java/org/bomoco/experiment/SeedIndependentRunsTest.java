package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Test;

/** A seed-independent optimizer (the composite baseline) is solved once per instance, whatever the replicates. */
class SeedIndependentRunsTest {

    /** Delegates to the real composite baseline and counts its solves. */
    private static final class Counting implements Optimizer {
        final Optimizer composite = AlgorithmRegistry.standard().get("composite");
        final AtomicInteger solves = new AtomicInteger();

        @Override
        public String baseId() {
            return "composite";
        }

        @Override
        public String library() {
            return composite.library();
        }

        @Override
        public String description() {
            return "counting composite";
        }

        @Override
        public boolean seedIndependent() {
            return true;
        }

        @Override
        public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
            solves.incrementAndGet();
            return composite.solve(problem, spec, listener);
        }
    }

    @Test
    void solvedOnceAndCopiedForEveryReplicateAcrossThreads() throws Exception {
        Counting counting = new Counting();
        PlacementExecutor executor = new PlacementExecutor(new InstanceLoader(Path.of("datasets")),
                new AlgorithmRegistry(List.of(counting)));
        InstanceSpec instance = new InstanceSpec("g", null,
                new GenerateSpec(12, 4, List.of(), List.of(), InstanceLoader.DEFAULT_START), null);
        AlgorithmSpec algorithm = new AlgorithmSpec("composite", "composite", 0, Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<RunRecord>> runs = new java.util.ArrayList<>();
            for (int r = 0; r < 6; r++) {
                RunTask task = new RunTask(new RunKey("g", "composite", r), 100 + r, instance, algorithm, 1000,
                        List.of(1000L));
                runs.add(pool.submit(() -> executor.execute(task)));
            }
            RunRecord first = runs.get(0).get();
            for (int r = 0; r < 6; r++) {
                RunRecord rec = runs.get(r).get();
                assertEquals(r, rec.key().replicate());
                assertEquals(100 + r, rec.seed());
                assertEquals(first.decisions(), rec.decisions());
                assertEquals(first.evaluations(), rec.evaluations());
            }
            assertNotEquals(0, first.decisions().size());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, counting.solves.get(), "one solve for six replicates");
    }
}
