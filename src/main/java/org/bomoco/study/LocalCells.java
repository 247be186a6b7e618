package org.bomoco.study;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@link CellEngine#local}: the units on a fixed pool of daemon threads, submitted in list order, each text handed
 * to the sink as its unit finishes. A failing unit's exception is rethrown as it is (runtime and I/O exceptions keep
 * their message and exit code); the other units are then cancelled.
 */
final class LocalCells implements CellEngine {
    private final int threads;

    LocalCells(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1");
        }
        this.threads = threads;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void run(List<? extends CellWork> work, Sink sink) throws IOException {
        if (work.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, work.size()), r -> {
            Thread t = new Thread(r, "study-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Done> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < work.size(); i++) {
                int index = i;
                done.submit(() -> new Done(index, work.get(index).compute()));
            }
            for (int received = 0; received < work.size(); received++) {
                Done d = StudyFiles.await(take(done));
                sink.accept(d.index(), d.text());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A finished unit. */
    private record Done(int index, String text) {
    }

    private static Future<Done> take(CompletionService<Done> done) throws IOException {
        try {
            return done.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a cell", e);
        }
    }

    @Override
    public String where() {
        return "on " + threads + " threads";
    }
}
