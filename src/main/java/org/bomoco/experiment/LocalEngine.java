package org.bomoco.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs tasks on a fixed pool of daemon threads in this JVM, each record handed to the sink by the worker that made
 * it. The first failure stops the experiment: tasks not yet started are skipped, tasks in progress finish and are
 * handed over, and the failure is rethrown.
 */
public final class LocalEngine implements RunEngine {
    private final RunExecutor executor;
    private final int workers;

    /**
     * @param executor runs one task
     * @param workers pool size (at least 1)
     */
    public LocalEngine(RunExecutor executor, int workers) {
        this.executor = executor;
        this.workers = Math.max(1, workers);
    }

    @Override
    public int parallelism() {
        return workers;
    }

    @Override
    public void execute(List<RunTask> pending, Sink sink) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, pending.size()), daemonThreads());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (RunTask t : pending) {
                futures.add(pool.submit(() -> runOne(t, sink, failure)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
        } finally {
            pool.shutdownNow();
        }
        rethrow(failure.get());
    }

    private void runOne(RunTask t, Sink sink, AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            return;
        }
        try {
            sink.accept(executor.execute(t));
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t instanceof InterruptedException) {
            throw new IllegalStateException("the experiment was interrupted; run it again to resume", t);
        }
        throw new UncheckedIOException(new IOException(t));
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bomoco-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
