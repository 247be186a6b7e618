package org.bomoco.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.experiment.RunEngine;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.RunTask;

/**
 * Runs pending runs as one Spark job with one task per run ({@link RunPartition}); the instance files travel in a
 * broadcast {@link Shipment}, the spec part and seed in each task ({@link ShippedTask}), so executors need no shared
 * file system. {@link org.apache.spark.SparkContext#submitJob} hands each task's result to the driver as soon as the
 * task ends; the calling thread stores it through the sink (so a killed driver loses only the runs in flight) and
 * Spark's result handling delivers each partition once, also when a task was retried
 * ({@code spark.task.maxFailures}; {@code local[N,F]} in local mode).
 *
 * <p>Every {@code spark.*} system property is honoured (that is how {@code spark-submit} passes its options);
 * {@code spark.ui.showConsoleProgress} defaults to false (the runner draws its own progress); local masters bind
 * to 127.0.0.1 and start no web UI unless {@code spark.ui.enabled=true} ({@link SparkJobs#conf}).
 */
public final class SparkEngine implements RunEngine {
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

    /** {@code spark} and the master (given, or the {@code spark.master} property of spark-submit). */
    @Override
    public EngineSpec where() {
        return new EngineSpec(EngineSpec.SPARK, master());
    }

    /** The task slots of a local master; 0 for a cluster, whose manager decides. */
    @Override
    public int parallelism() {
        String m = master();
        return m == null ? 0 : SparkMasters.localSlots(m);
    }

    private String master() {
        return master != null ? master : System.getProperty("spark.master");
    }

    /**
     * Starts Spark on a background thread and meanwhile reads the files to ship and, in local mode (where the
     * executor is this JVM), builds the campaign's run executor and compiles its instances, work the first tasks
     * would otherwise do after Spark is up.
     */
    @Override
    public void execute(List<RunTask> pending, Sink sink) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        String campaign = UUID.randomUUID().toString();
        SparkConf conf = SparkJobs.conf(master, appName, settings);
        try (SparkJobs.Starting starting = SparkJobs.startInBackground(conf)) {
            Shipment shipment = Shipment.of(pending, catalogue);
            List<ShippedTask> tasks = pending.stream().map(ShippedTask::of).toList();
            if (SparkMasters.local(conf.get("spark.master"))) {
                RunPartition.prepare(campaign, shipment, factory, tasks);
            }
            run(starting.get(), tasks, shipment, campaign, sink);
        } finally {
            RunPartition.forget(campaign);
        }
    }

    private void run(JavaSparkContext jsc, List<ShippedTask> tasks, Shipment shipment, String campaign, Sink sink)
            throws IOException {
        Broadcast<Shipment> files = jsc.broadcast(shipment);
        SparkJobs.stream(jsc, tasks, new RunPartition(campaign, files, factory),
                i -> "run " + tasks.get(i).key().path(),
                "the finished runs are stored, run the experiment again to finish the rest", (i, o) -> {
                    if (o.error() != null) {
                        throw o.error();
                    }
                    sink.accept(RunStore.decode(o.record()));
                });
    }
}
