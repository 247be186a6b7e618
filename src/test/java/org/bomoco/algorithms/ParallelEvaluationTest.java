package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.junit.jupiter.api.Test;

/** The evaluation threads of one run: every item once, on several threads, failures passed on. */
class ParallelEvaluationTest {
    /**
     * Each thread's first item waits (up to 10 s) until three threads have arrived: the caller blocks on its first
     * item while the two pool threads take the next ones from the shared counter, so all three must take part.
     */
    @Test
    void everyItemIsEvaluatedExactlyOnceOnSeveralThreads() {
        List<Integer> items = IntStream.range(0, 1001).boxed().toList();
        AtomicIntegerArray calls = new AtomicIntegerArray(items.size());
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch arrived = new CountDownLatch(3);
        try (ParallelEvaluation p = ParallelEvaluation.of(3)) {
            p.forEach(items, i -> {
                calls.incrementAndGet(i);
                if (threads.add(Thread.currentThread().getName())) {
                    arrived.countDown();
                    awaitQuietly(arrived);
                }
            });
        }
        for (int i = 0; i < items.size(); i++) {
            assertEquals(1, calls.get(i), "item " + i);
        }
        assertEquals(3, threads.size(), "two pool threads and the caller");
        assertTrue(threads.contains(Thread.currentThread().getName()));
    }

    @Test
    void aThreadHeldBackLeavesItsShareToTheOthers() {
        // the first item taken blocks its thread until every other item is done: with a fixed split that thread's
        // whole share would wait; taken one at a time, the other two threads do all the rest
        List<Integer> items = IntStream.range(0, 300).boxed().toList();
        AtomicIntegerArray calls = new AtomicIntegerArray(items.size());
        CountDownLatch others = new CountDownLatch(items.size() - 1);
        java.util.concurrent.atomic.AtomicBoolean first = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (ParallelEvaluation p = ParallelEvaluation.of(3)) {
            p.forEach(items, i -> {
                calls.incrementAndGet(i);
                if (first.getAndSet(false)) {
                    awaitQuietly(others);
                } else {
                    others.countDown();
                }
            });
        }
        assertEquals(0, others.getCount(), "the other items finished while the first one waited");
        for (int i = 0; i < items.size(); i++) {
            assertEquals(1, calls.get(i), "item " + i);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFailureOfAnEvaluationReachesTheCaller() {
        IllegalArgumentException boom = new IllegalArgumentException("boom");
        try (ParallelEvaluation p = ParallelEvaluation.of(2)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> p.forEach(List.of(1, 2, 3, 4), i -> {
                        if (i == 1) {
                            throw boom;
                        }
                    }));
            assertSame(boom, e);
        }
    }

    @Test
    void theParameterDefaultsToOneAndZeroMeansEveryProcessor() {
        ConfigSchema<?> schema = ConfigSchema.GENETIC;
        assertEquals(1, ParallelEvaluation.threads(schema.read("nsga2", Map.of(), Target.PLACEMENT_ONLY)));
        assertEquals(Runtime.getRuntime().availableProcessors(), ParallelEvaluation.threads(
                schema.read("nsga2", Map.of(ParallelEvaluation.KEY, 0), Target.PLACEMENT_ONLY)));
        assertThrows(org.bomoco.model.InputException.class, () -> schema.read("nsga2",
                Map.of(ParallelEvaluation.KEY, 1000), Target.PLACEMENT_ONLY));
    }
}
