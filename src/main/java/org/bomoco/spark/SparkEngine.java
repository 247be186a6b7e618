package org.bomoco.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import org.bomoco.experiment.RunEngine;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.RunTask;

import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Runs pending runs as one Spark job with one task per run ({@link RunPartition}); the instance files travel in a
 * broadcast {@link Shipment}, the spec part and seed in each task ({@link ShippedTask}), so executors need no shared
 * file system. {@link org.apache.spark.SparkContext#submitJob} hands each task's result to the driver as soon as the
 * task ends; the calling thread stores it through the sink (so a killed driver loses only the runs in flight) and
 * Spark's result handling delivers each partition once, also when a task was retried
 * ({@code spark.task.maxFailures}; {@code local[N,F]} in local mode).
 *
 * <p>Every {@code spark.*} system property is honoured (that is how {@code spark-submit} passes its options);
 * {@code spark.ui.showConsoleProgress} defaults to false (the runner draws its own progress) and local masters bind
 * to 127.0.0.1.
 */
public final class SparkEngine implements RunEngine {
    private static final Pattern TASK = Pattern.compile("Task (\\d+) in stage");
    private static final long POLL_MS = 100;

    private final String master;
    private final String appName;
    private final Path catalogue;
    private final ExecutorFactory factory;
    private final Map<String, String> settings;

    /**
     * @param master the master URL, or {@code null} for the {@code spark.master} property (spark-submit)
     * @param appName the application name shown in the Spark UI
     * @param catalogue the catalogue directory generated instances are made from
     * @param factory builds the run executor on each executor
     * @param settings further Spark settings (e.g. {@code spark.ui.enabled=false}), applied over the properties
     */
    public SparkEngine(String master, String appName, Path catalogue, ExecutorFactory factory,
                       Map<String, String> settings) {
        this.master = master;
        this.appName = appName;
        this.catalogue = catalogue;
        this.factory = factory;
        this.settings = Map.copyOf(settings);
    }

    @Override
    public void execute(List<RunTask> pending, Sink sink) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        Shipment shipment = Shipment.of(pending, catalogue);
        SparkConf conf = conf();
        SparkMasters.reach(conf.get("spark.master"));
        String campaign = UUID.randomUUID().toString();
        JavaSparkContext jsc;
        try {
            jsc = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new SparkFailure("Spark did not start on " + conf.get("spark.master") + ": " + firstLine(e), e);
        }
        try {
            run(jsc, pending, shipment, campaign, sink);
        } finally {
            jsc.stop();
            RunPartition.forget(campaign);
        }
    }

    private SparkConf conf() {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.app.name", appName);
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        if (SparkMasters.local(conf.get("spark.master"))) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        settings.forEach(conf::set);
        return conf;
    }

    private void run(JavaSparkContext jsc, List<RunTask> pending, Shipment shipment, String campaign, Sink sink)
            throws IOException {
        List<ShippedTask> tasks = pending.stream().map(ShippedTask::of).toList();
        Broadcast<Shipment> files = jsc.broadcast(shipment);
        RDD<ShippedTask> rdd = jsc.parallelize(tasks, tasks.size()).rdd();
        List<Object> partitions = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            partitions.add(i);
        }
        BlockingQueue<Outcome> arrived = new LinkedBlockingQueue<>();
        SimpleFutureAction<BoxedUnit> job = jsc.sc().submitJob(rdd, new RunPartition(campaign, files, factory),
                CollectionConverters.asScala(partitions).toSeq(), (i, o) -> {
                    arrived.add(o);
                    return BoxedUnit.UNIT;
                }, () -> BoxedUnit.UNIT);
        try {
            for (int received = 0; received < tasks.size(); received++) {
                Outcome o = next(arrived, job, tasks);
                if (o.error() != null) {
                    throw o.error();
                }
                sink.accept(RunStore.decode(o.record()));
            }
        } finally {
            if (!job.isCompleted()) {
                job.cancel();
            }
        }
    }

    /** The next outcome, waiting while the job runs; a failed job becomes a {@link SparkFailure}. */
    private static Outcome next(BlockingQueue<Outcome> arrived, SimpleFutureAction<BoxedUnit> job,
                                List<ShippedTask> tasks) throws SparkFailure {
        try {
            while (true) {
                Outcome o = arrived.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (o != null) {
                    return o;
                }
                if (job.isCompleted()) {
                    o = arrived.poll();
                    if (o != null) {
                        return o;
                    }
                    throw failure(job, tasks);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkFailure("interrupted while waiting for Spark; run the experiment again to resume", e);
        }
    }

    private static SparkFailure failure(SimpleFutureAction<BoxedUnit> job, List<ShippedTask> tasks) {
        Try<BoxedUnit> result = job.value().get();
        Throwable cause = result.isFailure() ? result.failed().get() : null;
        String line = cause == null ? "the job ended without every result" : firstLine(cause);
        Matcher m = TASK.matcher(line);
        String run = m.find() && Integer.parseInt(m.group(1)) < tasks.size()
                ? "run " + tasks.get(Integer.parseInt(m.group(1))).key().path() + " failed on Spark: " : "Spark: ";
        return new SparkFailure(run + line + "; the finished runs are stored, run the experiment again to finish "
                + "the rest", cause);
    }

    /** The first line of a throwable's message (Spark's carry whole stack traces). */
    static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
