package org.bomoco.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.broadcast.Broadcast;
import org.bomoco.experiment.RunExecutor;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.RunStore;
import org.bomoco.model.InputException;

import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The function of one Spark task, run on an executor: its partition holds one {@link ShippedTask}; it runs it with
 * this JVM's {@link RunExecutor} of the campaign (built once from the {@link ExecutorFactory}, so instances are
 * loaded and compiled once per executor) and returns the record as an {@link Outcome}.
 */
final class RunPartition extends AbstractFunction1<Iterator<ShippedTask>, Outcome> implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Executors per campaign id, per JVM. */
    private static final Map<String, RunExecutor> EXECUTORS = new ConcurrentHashMap<>();

    private final String campaign;
    private final Broadcast<Shipment> shipment;
    private final ExecutorFactory factory;

    RunPartition(String campaign, Broadcast<Shipment> shipment, ExecutorFactory factory) {
        this.campaign = campaign;
        this.shipment = shipment;
        this.factory = factory;
    }

    @Override
    public Outcome apply(Iterator<ShippedTask> partition) {
        ShippedTask t = partition.next();
        Shipment files = shipment.value();
        RunExecutor executor = executor(campaign, files, factory);
        try {
            RunRecord r = executor.execute(t.task(files.instanceDirectory(t.instance())));
            return new Outcome(t.key(), RunStore.encode(r), null);
        } catch (InputException e) {
            return new Outcome(t.key(), null, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunExecutor executor(String campaign, Shipment files, ExecutorFactory factory) {
        return EXECUTORS.computeIfAbsent(campaign,
                c -> factory.create(files.catalogue().isEmpty() ? null : files.catalogueDirectory()));
    }

    /**
     * In local mode, on the driver while Spark starts: builds this JVM's executor of {@code campaign} as the tasks
     * will find it and lets it load each instance of {@code tasks} once ({@link RunExecutor#prepare}). A failure is
     * left to the task, which meets it again and reports it as usual.
     */
    static void prepare(String campaign, Shipment files, ExecutorFactory factory, List<ShippedTask> tasks) {
        try {
            RunExecutor executor = executor(campaign, files, factory);
            Set<String> seen = new HashSet<>();
            for (ShippedTask t : tasks) {
                if (seen.add(t.instance())) {
                    executor.prepare(t.task(files.instanceDirectory(t.instance())));
                }
            }
        } catch (RuntimeException e) {
            // the first task that needs the instance fails the same way and reports it
        }
    }

    /** Drops this JVM's executor of {@code campaign} (in local mode the driver's JVM is the executor's). */
    static void forget(String campaign) {
        EXECUTORS.remove(campaign);
    }
}
