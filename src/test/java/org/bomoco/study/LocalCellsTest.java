package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bomoco.model.InputException;
import org.junit.jupiter.api.Test;

/** The local cell engine: every unit's text reaches the sink once, on the calling thread; a user error is rethrown. */
class LocalCellsTest {
    /** Unit {@code i}: the text "i squared is i²", or a thrown {@code error}. */
    record Square(int i, RuntimeException error) implements CellWork {
        @Override
        public String label() {
            return "square " + i;
        }

        @Override
        public String compute() {
            if (error != null) {
                throw error;
            }
            return i + " squared is " + i * i;
        }
    }

    @Test
    void everyTextReachesTheSinkOnceOnTheCallingThread() throws IOException {
        List<Square> work = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            work.add(new Square(i, null));
        }
        Map<Integer, String> got = new TreeMap<>();
        Thread caller = Thread.currentThread();
        CellEngine.local(3).run(work, (index, text) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(null, got.put(index, text), "unit " + index + " delivered twice");
        });
        assertEquals(50, got.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i + " squared is " + i * i, got.get(i));
        }
    }

    @Test
    void aUserErrorOfAUnitIsRethrownAsItIs() {
        InputException bad = new InputException("x.yaml", 3, "seed", "must be a whole number");
        List<Square> work = List.of(new Square(0, null), new Square(1, bad), new Square(2, null));
        InputException thrown = assertThrows(InputException.class,
                () -> CellEngine.local(2).run(work, (index, text) -> { }));
        assertSame(bad, thrown);
        assertEquals("on 2 threads", CellEngine.local(2).where());
    }
}
