package org.bomoco.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only hook for the crash tests ({@code CrashResumeTest}): named points of a run where a test can make the
 * process stop so that it can kill it there. Off unless the system property {@value #PROPERTY} is set, e.g.
 * {@code -Dbomoco.test.pauseAt=record:3}; then the {@code k}-th arrival at the point {@code record} (1 when
 * {@code :k} is left out) prints {@code bomoco: paused at record:3} on standard error and sleeps until the process
 * is killed. The points:
 * <ul>
 *   <li>{@code record}: a durable record (a run record, a study cell) is in its temp file, not yet renamed
 *   ({@link AtomicFiles#writeDurable});</li>
 *   <li>{@code reference}: an instance's reference set was written, {@code indicators.csv} not yet
 *   ({@code experiment.Scoring});</li>
 *   <li>{@code tables}: the summary tables were written, the other tables, figures and the report not yet
 *   ({@code report.Reports}).</li>
 * </ul>
 */
public final class FaultPoint {
    /** The system property naming the point to pause at, {@code NAME} or {@code NAME:K}. */
    public static final String PROPERTY = "bomoco.test.pauseAt";

    private static final Map<String, AtomicInteger> ARRIVALS = new ConcurrentHashMap<>();

    private FaultPoint() {
    }

    /** Marks an arrival at point {@code name}; pauses for good when {@value #PROPERTY} asks for this arrival. */
    public static void reach(String name) {
        String at = System.getProperty(PROPERTY);
        if (at == null || !at.startsWith(name)) {
            return;
        }
        String rest = at.substring(name.length());
        int k = rest.isEmpty() ? 1 : rest.startsWith(":") ? Integer.parseInt(rest.substring(1)) : -1;
        if (ARRIVALS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet() != k) {
            return;
        }
        System.err.println("bomoco: paused at " + at);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
