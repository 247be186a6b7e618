package org.bomoco.experiment;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports the runner's progress. On a terminal: one bar line redrawn in place with {@code \r} (runs done/total, %,
 * elapsed, ETA), at most {@value #REDRAWS_PER_SECOND} redraws per second plus the last one. Elsewhere (logs, pipes):
 * one plain line per finished run, e.g. {@code [12/40] gen200 nsga2 (nsga2@moea) r3 done in 2.1 s; ETA 1m05s}. The ETA
 * is the mean wall time per run finished in this invocation times the runs left (runs finished before a resume do not
 * count). Thread-safe.
 */
public final class ProgressReporter {
    /** Upper bound on bar redraws per second. */
    public static final int REDRAWS_PER_SECOND = 5;
    private static final int BAR_WIDTH = 24;
    private static final long NANOS = 1_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier clock;
    private int total;
    private int done;
    private int doneHere;
    private long startNanos;
    private long lastDraw = Long.MIN_VALUE;
    private int barLength;

    /**
     * @param out where to write
     * @param terminal whether {@code out} is an interactive terminal (bar) or not (lines)
     */
    public ProgressReporter(PrintWriter out, boolean terminal) {
        this(out, terminal, System::nanoTime);
    }

    ProgressReporter(PrintWriter out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** A reporter drawing a bar when the JVM has a console ({@code System.console() != null}), else lines. */
    public static ProgressReporter forConsole(PrintWriter out) {
        return new ProgressReporter(out, System.console() != null);
    }

    /** A reporter that prints nothing. */
    public static ProgressReporter silent() {
        return new ProgressReporter(new PrintWriter(PrintWriter.nullWriter()), false);
    }

    /** Starts the clock: {@code total} runs, of which {@code alreadyDone} were finished before. */
    public synchronized void start(int total, int alreadyDone) {
        this.total = total;
        this.done = alreadyDone;
        this.doneHere = 0;
        this.startNanos = clock.getAsLong();
        if (alreadyDone > 0) {
            out.printf(Locale.ROOT, "resuming: %d of %d runs already finished%n", alreadyDone, total);
        }
        if (terminal) {
            draw(true);
        }
        out.flush();
    }

    /** One run finished after {@code seconds} of wall time. */
    public synchronized void finished(RunKey key, String algorithmId, double seconds) {
        done++;
        doneHere++;
        if (terminal) {
            draw(done == total);
        } else {
            String algorithm = algorithmId == null || algorithmId.equals(key.algorithm()) ? key.algorithm()
                    : key.algorithm() + " (" + algorithmId + ")";
            out.printf(Locale.ROOT, "[%d/%d] %s %s r%d done in %.1f s; ETA %s%n", done, total, key.instance(),
                    algorithm, key.replicate(), seconds, eta());
            out.flush();
        }
    }

    /** Ends the bar's line (on a terminal). */
    public synchronized void end() {
        if (terminal) {
            draw(true);
            out.println();
            out.flush();
        }
    }

    /** The bar line, e.g. {@code [######------] 12/40  30%  elapsed 1m02s  ETA 2m25s}. */
    synchronized String bar() {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + "  "
                + percent + "%  elapsed " + duration(clock.getAsLong() - startNanos) + "  ETA " + eta();
    }

    private void draw(boolean force) {
        long now = clock.getAsLong();
        if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < NANOS / REDRAWS_PER_SECOND) {
            return;
        }
        lastDraw = now;
        String line = bar();
        String pad = " ".repeat(Math.max(0, barLength - line.length()));
        barLength = line.length();
        out.print("\r" + line + pad);
        out.flush();
    }

    private String eta() {
        if (done >= total) {
            return "0s";
        }
        if (doneHere == 0) {
            return "--";
        }
        long elapsed = clock.getAsLong() - startNanos;
        return duration(elapsed / doneHere * (total - done));
    }

    /** {@code 12s}, {@code 1m05s}, {@code 2h03m}. */
    static String duration(long nanos) {
        long s = Math.max(0, Math.round(nanos / (double) NANOS));
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    }
}
