package org.bomoco.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Progress output with a fake clock: plain lines off a terminal, a throttled bar on one. */
class ProgressReporterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void plainLinesGiveTheRunAndAnEta() {
        StringWriter sw = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressReporter p = new ProgressReporter(new PrintWriter(sw), false, clock::get);
        p.start(4, 1);
        clock.set(2 * SECOND);
        p.finished(new RunKey("gen200", "nsga2", 3), "nsga2@moea", 2.1);
        // 1 run in 2 s this session, 2 left → 4 s
        assertEquals("resuming: 1 of 4 runs already finished\n"
                + "[2/4] gen200 nsga2 (nsga2@moea) r3 done in 2.1 s; ETA 4s\n", sw.toString());
    }

    @Test
    void theBarIsRedrawnAtMostFiveTimesASecond() {
        StringWriter sw = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressReporter p = new ProgressReporter(new PrintWriter(sw), true, clock::get);
        p.start(100, 0);
        for (int i = 0; i < 100; i++) {
            clock.addAndGet(SECOND / 100);   // 100 runs in one second
            p.finished(new RunKey("i", "a", i), "a", 0.01);
        }
        p.end();
        long redraws = sw.toString().chars().filter(c -> c == '\r').count();
        // start, ≤ 5 in the second (one per 200 ms), the forced last one, end
        assertTrue(redraws >= 3 && redraws <= 8, redraws + " redraws");
        assertTrue(sw.toString().contains("] 100/100  100%  elapsed 1s  ETA 0s"), sw.toString());
        assertTrue(sw.toString().endsWith("\n"));
    }

    @Test
    void durationsAreShort() {
        assertEquals("59s", ProgressReporter.duration(59 * SECOND));
        assertEquals("1m05s", ProgressReporter.duration(65 * SECOND));
        assertEquals("2h03m", ProgressReporter.duration((2 * 3600 + 3 * 60 + 10) * SECOND));
    }
}
