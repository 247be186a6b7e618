package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Target;
import org.junit.jupiter.api.Test;

/** The evaluation threads of one run: every item once, on several threads, failures passed on. */
class ParallelEvaluationTest {
    @Test
    void everyItemIsEvaluatedExactlyOnceOnSeveralThreads() {
        List<Integer> items = IntStream.range(0, 1001).boxed().toList();
        AtomicIntegerArray calls = new AtomicIntegerArray(items.size());
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (ParallelEvaluation p = ParallelEvaluation.of(3)) {
            p.forEach(items, i -> {
                calls.incrementAndGet(i);
                threads.add(Thread.currentThread().getName());
            });
        }
        for (int i = 0; i < items.size(); i++) {
            assertEquals(1, calls.get(i), "item " + i);
        }
        assertEquals(3, threads.size(), "two pool threads and the caller");
        assertTrue(threads.contains(Thread.currentThread().getName()));
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
