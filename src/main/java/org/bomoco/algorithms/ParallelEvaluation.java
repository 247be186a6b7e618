package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;

/**
 * The evaluation threads of ONE run (parameter {@value #KEY}, read by {@link #threads} and nowhere else): with
 * {@code N > 1} a run evaluates each generation's offspring on {@code N} threads, with 1 (the default) on its own
 * thread. Evaluation is a pure function of the decision and draws no random number, and every result is written
 * into the solution it belongs to, so the run's result is identical to the serial run's at any {@code N}; only the
 * wall time changes. 0 means one thread per available processor.
 *
 * <p>Worthwhile when one evaluation costs tens of microseconds (5,000+ workloads); the ceiling is Amdahl's: the
 * algorithm's own work per generation (sorting, selection, checkpoints) stays on the run's thread. The offspring's
 * decisions (copy, crossover, mutation) are built in the batch too, each child on the thread that evaluates it
 * ({@code moea.DecisionVariable}, {@code jmetal.PlacementSolution}): only the draws are made on the run's thread.
 * Steady-state algorithms that evaluate one child at a time (SMS-EMOA, ε-MOEA, both MOEA/Ds) accept the key but
 * gain nothing. Our own optimizers (random, composite, exact) ignore it.
 */
public final class ParallelEvaluation implements AutoCloseable {
    /** The parameter key, accepted by every optimizer ({@link ConfigSchema#PARALLEL_EVALUATION}). */
    public static final String KEY = ConfigSchema.PARALLEL_EVALUATION;
    /** Most threads one run may ask for. */
    public static final int MAX_THREADS = ConfigSchema.MAX_THREADS;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final ExecutorService pool;

    private ParallelEvaluation(int threads) {
        this.threads = threads;
        int id = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        // forEach runs one share on the calling thread, so threads − 1 pool threads: with as many as threads, a
        // fixed pool would start one more and hand the batches to its threads in turn (each with a cold cache)
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "bomoco-eval-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The evaluation threads {@code config} asks for: its {@link AlgorithmConfig#parallelEvaluation()} (parameter
     * {@value #KEY} in {@code [0, }{@value #MAX_THREADS}{@code ]}, absent = 1), 0 = available processors.
     */
    public static int threads(AlgorithmConfig config) {
        int asked = config.parallelEvaluation();
        return asked == 0 ? Runtime.getRuntime().availableProcessors() : asked;
    }

    /** The evaluation threads of a run with {@code config} ({@link #threads}); close it when the run ends. */
    public static ParallelEvaluation of(AlgorithmConfig config) {
        return of(threads(config));
    }

    /** {@code threads} evaluation threads (1: evaluate on the caller's thread); close it when the run ends. */
    public static ParallelEvaluation of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return new ParallelEvaluation(threads);
    }

    /** Whether evaluations run on other threads than the run's. */
    public boolean parallel() {
        return pool != null;
    }

    /** Number of evaluation threads. */
    public int threads() {
        return threads;
    }

    /**
     * Applies {@code action} to every item on {@link #threads()} threads (the calling thread is one of them) and
     * returns when all are done. The threads take the items one at a time from a shared counter, so a thread that
     * the system holds back (a loaded machine, a pause) leaves its share to the others instead of stalling the
     * batch; which thread handles an item never matters as long as {@code action} is safe to call concurrently on
     * different items and touches only its own item. A failure stops the handing out of items and reaches the
     * caller once every thread has stopped.
     */
    public <T> void forEach(List<T> items, Consumer<T> action) {
        int workers = Math.min(threads, items.size());
        if (pool == null || workers <= 1) {
            items.forEach(action);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable drain = () -> {
            try {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    action.accept(items.get(i));
                }
            } catch (RuntimeException | Error e) {
                next.set(items.size());
                throw e;
            }
        };
        List<Future<?>> helpers = new ArrayList<>(workers - 1);
        for (int w = 0; w < workers - 1; w++) {
            helpers.add(pool.submit(drain));
        }
        try {
            drain.run();
        } finally {
            for (Future<?> f : helpers) {
                await(f);
            }
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Stops the evaluation threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
