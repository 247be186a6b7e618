package org.bomoco.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.bomoco.experiment.EngineSpec;
import org.bomoco.model.InputException;
import org.bomoco.study.CellEngine;
import org.bomoco.study.CellWork;

import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The cells of a study as one Spark job with one task per unit of work ({@link CellWork}: an attribution chunk, an
 * adaptation replicate), each unit carrying its spec, seed and file contents, so executors need no shared file
 * system; the units reach the executors in one broadcast ({@link CellPartition}). Each text reaches the driver as its task ends ({@link SparkJobs#stream}) and the study stores it there,
 * atomically, before the next; a retried task is delivered once. User errors come back as values (Spark would retry
 * a thrown one and it would fail the same way); any other failure is thrown, so Spark retries the task
 * ({@code spark.task.maxFailures}, {@code local[N,F]}), and when every attempt failed the job is cancelled and the
 * run ends with a one-line {@link SparkFailure} (exit 1), the finished cells kept.
 */
public final class SparkCells implements CellEngine {
    private final String master;
    private final String appName;
    private final Map<String, String> settings;

    /**
     * @param master   the master URL, or {@code null} for the {@code spark.master} property (spark-submit)
     * @param appName  the application name shown in the Spark UI
     * @param settings further Spark settings (e.g. {@code spark.ui.enabled=false}), applied over the properties
     */
    public SparkCells(String master, String appName, Map<String, String> settings) {
        this.master = master;
        this.appName = appName;
        this.settings = Map.copyOf(settings);
    }

    @Override
    public void run(List<? extends CellWork> work, Sink sink) throws IOException {
        if (work.isEmpty()) {
            return;
        }
        List<CellWork> units = List.copyOf(work);
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            indices.add(i);
        }
        JavaSparkContext jsc = SparkJobs.start(SparkJobs.conf(master, appName, settings));
        try {
            SparkJobs.stream(jsc, indices, new CellPartition(jsc.broadcast(units)), i -> units.get(i).label(),
                    "the finished cells are stored, run the study again to finish the rest", (i, o) -> {
                        if (o.error() != null) {
                            throw o.error();
                        }
                        sink.accept(i, o.text());
                    });
        } finally {
            jsc.stop();
        }
    }

    /** {@code spark} and the master (given, or the {@code spark.master} property of spark-submit). */
    @Override
    public EngineSpec engine() {
        return new EngineSpec(EngineSpec.SPARK, master != null ? master : System.getProperty("spark.master"));
    }

    /** The task slots of a local master; 0 for a cluster, whose manager decides. */
    @Override
    public int parallelism() {
        String m = engine().master();
        return m == null ? 0 : SparkMasters.localSlots(m);
    }

    @Override
    public String where() {
        return "on Spark " + (master != null ? master : System.getProperty("spark.master", "(spark-submit)"));
    }

    /** What one task sends back: the unit's text, or the user error that stopped it. */
    record CellOutcome(String text, InputException error) implements Serializable {
    }

    /**
     * The function of one task: computes the unit whose index is its partition. The units travel once, in a
     * broadcast, not in every task: the units of a study share what they carry (an adaptation study's catalogue
     * files, about 100 kB, are one object in every replicate), which Java serialisation of the whole list writes
     * once.
     */
    static final class CellPartition extends AbstractFunction1<Iterator<Integer>, CellOutcome>
            implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Broadcast<List<CellWork>> units;

        CellPartition(Broadcast<List<CellWork>> units) {
            this.units = units;
        }

        @Override
        public CellOutcome apply(Iterator<Integer> partition) {
            CellWork unit = units.value().get(partition.next());
            try {
                return new CellOutcome(unit.compute(), null);
            } catch (InputException e) {
                return new CellOutcome(null, e);
            }
        }
    }
}
