package org.bomoco.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import org.bomoco.model.PlacementInstance;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Allocation and size checks of the evaluator. */
class EvaluatorResourceTest {
    /** Bytes the allocation counter itself may report around the loop (none were observed on JDK 17). */
    private static final long COUNTER_SLACK_BYTES = 1024;
    private static final int LARGE = 100_000;
    private static final int LARGE_REGIONS = 60;

    @Test
    void evaluateAllocatesNothing() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
                .getThreadMXBean();
        Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported());
        threads.setThreadAllocatedMemoryEnabled(true);
        PlacementProblem problem = PlacementProblem.compile(SyntheticInstances.create(1000, 20, 5L));
        Evaluator evaluator = problem.newEvaluator();
        int[] x = SyntheticInstances.randomDecision(problem, new SplittableRandom(5));
        double[] objectives = new double[5];
        double[] constraints = new double[6];
        evaluator.evaluate(x, objectives, constraints);
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        for (int k = 0; k < 2000; k++) {
            evaluator.evaluate(x, objectives, constraints);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(allocated <= COUNTER_SLACK_BYTES, "2000 evaluations allocated " + allocated + " bytes");
    }

    /**
     * Builds, compiles and evaluates a 100,000-workload, 60-region instance (the CLI's 1 GB heap check is run
     * separately; this prints the heap used by the compiled problem).
     */
    @Test
    void hundredThousandWorkloadsCompileAndEvaluate() {
        long start = System.nanoTime();
        PlacementInstance instance = SyntheticInstances.create(LARGE, LARGE_REGIONS, 11L);
        long built = System.nanoTime();
        PlacementProblem problem = PlacementProblem.compile(instance);
        long compiled = System.nanoTime();
        Evaluation e = problem.evaluate(problem.currentDecision());
        long evaluated = System.nanoTime();
        assertEquals(4 * LARGE, problem.variableCount());
        assertEquals(0.0, e.objective(Objective.BUSINESS_KPI));
        for (Objective o : Objective.values()) {
            assertTrue(Double.isFinite(e.objective(o)) && e.objective(o) > 0 || o == Objective.BUSINESS_KPI, o.id());
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("100k workloads: build %.0f ms, compile %.0f ms, evaluate %.1f ms, heap used %d MB%n",
                (built - start) / 1e6, (compiled - built) / 1e6, (evaluated - compiled) / 1e6,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
