package org.bomoco.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;

import scala.Function1;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * What the run engine ({@link SparkEngine}) and the cell engine ({@link SparkCells}) share: the Spark configuration,
 * starting Spark with one-line failures, and one job with one task per item whose results reach the calling thread
 * as each task ends ({@link org.apache.spark.SparkContext#submitJob}; Spark's result handling delivers each
 * partition once, also when a task was retried).
 */
final class SparkJobs {
    private static final Pattern TASK = Pattern.compile("Task (\\d+) in stage");
    private static final long POLL_MS = 100;

    private SparkJobs() {
    }

    /** Receives the result of item {@code index}. */
    @FunctionalInterface
    interface Receiver<R> {
        void accept(int index, R result) throws IOException;
    }

    /**
     * The configuration: every {@code spark.*} system property, {@code master} when not {@code null}, the app name,
     * {@code spark.ui.showConsoleProgress=false}, local masters bound to 127.0.0.1 and without the web UI (starting
     * its Jetty server is about half a second of a local run; {@code -Dspark.ui.enabled=true} brings it back), then
     * {@code settings}.
     */
    static SparkConf conf(String master, String appName, Map<String, String> settings) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.app.name", appName);
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (SparkMasters.local(conf.get("spark.master"))) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        settings.forEach(conf::set);
        return conf;
    }

    /** Checks that a standalone master answers, then starts Spark; failures are one-line {@link SparkFailure}s. */
    static JavaSparkContext start(SparkConf conf) throws SparkFailure {
        SparkMasters.reach(conf.get("spark.master"));
        try {
            return new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new SparkFailure("Spark did not start on " + conf.get("spark.master") + ": " + firstLine(e), e);
        }
    }

    /**
     * Starts Spark ({@link #start}) on a background thread, so that the driver can prepare the job while Spark comes
     * up (a few seconds of class loading and service start-up); {@link Starting#get} waits for it.
     */
    static Starting startInBackground(SparkConf conf) {
        return new Starting(conf);
    }

    /**
     * A Spark context being started. {@link #get} returns it or throws the start's {@link SparkFailure};
     * {@link #close} stops it, whether or not it was taken, so that an early failure of the driver does not leave
     * Spark running.
     */
    static final class Starting implements AutoCloseable {
        private final CompletableFuture<JavaSparkContext> context =
                new CompletableFuture<>();

        private Starting(SparkConf conf) {
            Thread t = new Thread(() -> {
                try {
                    context.complete(start(conf));
                } catch (Throwable e) {
                    context.completeExceptionally(e);
                }
            }, "bomoco-spark-start");
            t.setDaemon(true);
            t.start();
        }

        /** The started context, waiting for it. */
        JavaSparkContext get() throws SparkFailure {
            try {
                return context.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SparkFailure("interrupted while Spark was starting", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SparkFailure f) {
                    throw f;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new SparkFailure("Spark did not start: " + firstLine(e.getCause()), e.getCause());
            }
        }

        /** Stops the context once it has started (waits for the start); a failed start has nothing to stop. */
        @Override
        public void close() {
            JavaSparkContext jsc;
            try {
                jsc = context.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                context.thenAccept(JavaSparkContext::stop);
                return;
            } catch (ExecutionException e) {
                return;
            }
            jsc.stop();
        }
    }

    /**
     * Runs {@code function} on every item, one task per item, and hands each result to {@code receiver} on the
     * calling thread as its task ends; the job is cancelled when this returns early.
     *
     * @param what     names item {@code i} for the failure message ({@code run a/b/r0}, {@code cell x.csv})
     * @param resume   the end of the failure message (what is kept, how to finish)
     * @throws SparkFailure when a task failed on every allowed attempt, or the wait was interrupted
     */
    static <T, R> void stream(JavaSparkContext jsc, List<T> items, Function1<Iterator<T>, R> function,
                              IntFunction<String> what, String resume, Receiver<R> receiver) throws IOException {
        RDD<T> rdd = jsc.parallelize(items, items.size()).rdd();
        List<Object> partitions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            partitions.add(i);
        }
        BlockingQueue<Delivered<R>> arrived = new LinkedBlockingQueue<>();
        SimpleFutureAction<BoxedUnit> job = jsc.sc().submitJob(rdd, function,
                CollectionConverters.asScala(partitions).toSeq(), (i, r) -> {
                    arrived.add(new Delivered<>((Integer) i, r));
                    return BoxedUnit.UNIT;
                }, () -> BoxedUnit.UNIT);
        try {
            for (int received = 0; received < items.size(); received++) {
                Delivered<R> d = next(arrived, job, items.size(), what, resume);
                receiver.accept(d.index(), d.result());
            }
        } finally {
            if (!job.isCompleted()) {
                job.cancel();
            }
        }
    }

    /** A task's result with its partition. */
    private record Delivered<R>(int index, R result) {
    }

    /** The next result, waiting while the job runs; a failed job becomes a {@link SparkFailure}. */
    private static <R> Delivered<R> next(BlockingQueue<Delivered<R>> arrived, SimpleFutureAction<BoxedUnit> job,
                                         int items, IntFunction<String> what, String resume) throws SparkFailure {
        try {
            while (true) {
                Delivered<R> d = arrived.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (d != null) {
                    return d;
                }
                if (job.isCompleted()) {
                    d = arrived.poll();
                    if (d != null) {
                        return d;
                    }
                    throw failure(job, items, what, resume);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkFailure("interrupted while waiting for Spark; " + resume, e);
        }
    }

    private static SparkFailure failure(SimpleFutureAction<BoxedUnit> job, int items, IntFunction<String> what,
                                        String resume) {
        Try<BoxedUnit> result = job.value().get();
        Throwable cause = result.isFailure() ? result.failed().get() : null;
        String line = cause == null ? "the job ended without every result" : firstLine(cause);
        Matcher m = TASK.matcher(line);
        String item = m.find() && Integer.parseInt(m.group(1)) < items
                ? what.apply(Integer.parseInt(m.group(1))) + " failed on Spark: " : "Spark: ";
        return new SparkFailure(item + line + "; " + resume, cause);
    }

    /** The first line of a throwable's message (Spark's carry whole stack traces). */
    static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
