package org.bomoco.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.model.InputException;

/**
 * Runs an experiment's missing runs. The spec expands into {@link RunKey}s in a fixed order (instances, then
 * algorithms, then replicates, each in spec order); keys whose record is stored are skipped (resume); the rest run on a
 * {@link RunEngine} (by default a {@link LocalEngine} of {@link #threads(ExperimentSpec)} workers), each run stored as
 * soon as it comes back. Each run's result depends
 * on its task alone (its seed is {@link RunKey#seed(long)}), so records are identical whatever the thread count and
 * whether the experiment was interrupted and resumed.
 *
 * <p>The first failure (e.g. an {@link InputException} for an unknown algorithm parameter) stops the experiment: runs
 * not yet started are skipped, runs in progress finish and are stored, and the failure is rethrown.
 */
public final class Runner {
    private final RunExecutor executor;
    private final RunEngine engine;

    /** A runner on a {@link LocalEngine} of {@link #threads(ExperimentSpec)} workers. */
    public Runner(RunExecutor executor) {
        this(executor, null);
    }

    /**
     * A runner whose pending runs go to {@code engine} ({@code null}: a {@link LocalEngine}); {@code executor}
     * checks the spec before anything runs.
     */
    public Runner(RunExecutor executor, RunEngine engine) {
        this.executor = executor;
        this.engine = engine;
    }

    /** All keys of {@code spec}: instance-major, then algorithm, then replicate 0..replicates−1. */
    public static List<RunKey> keys(ExperimentSpec spec) {
        List<RunKey> keys = new ArrayList<>();
        Map<String, RunKey> byPath = new HashMap<>();
        for (InstanceSpec i : spec.instances()) {
            for (AlgorithmSpec a : spec.algorithms()) {
                for (int r = 0; r < spec.replicates(); r++) {
                    RunKey k = new RunKey(i.name(), a.label(), r);
                    RunKey clash = byPath.putIfAbsent(k.path(), k);
                    if (clash != null) {
                        throw new InputException("experiment '" + spec.name() + "'", 0, null, "runs " + clash
                                + " and " + k + " would share the file runs/" + k.path() + ".json; give the "
                                + "instances and algorithm labels distinct names (letters, digits, . _ + -)");
                    }
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    /** Worker threads: {@code spec.threads()}, or the available processors when it is 0. */
    public static int threads(ExperimentSpec spec) {
        return spec.threads() > 0 ? spec.threads() : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs every key of {@code spec} not yet stored in {@code store}.
     *
     * @return the number of runs executed now
     * @throws InputException on the first user error of a run (finished runs stay stored)
     * @throws IOException when a record cannot be stored
     */
    public int run(ExperimentSpec spec, RunStore store, ProgressReporter progress) throws IOException {
        executor.check(spec);
        List<RunTask> all = RunTask.of(spec);
        List<RunTask> pending = interleaved(all.stream().filter(t -> !store.finished(t.key())).toList());
        progress.start(all.size(), all.size() - pending.size());
        RunEngine e = engine != null ? engine : new LocalEngine(executor, threads(spec));
        try {
            if (pending.isEmpty()) {
                return 0;
            }
            e.execute(pending, r -> {
                store.save(r);
                progress.finished(r.key(), r.algorithmId(), r.elapsedSeconds());
            });
        } finally {
            progress.end();
        }
        return pending.size();
    }

    /**
     * The pending runs in submission order: replicate-major, so that consecutive tasks belong to different algorithms
     * (and libraries). Runs of one library hold that library's lock, so submitting them back to back would leave the
     * other worker waiting. The order changes only scheduling: each run's result depends on its key alone.
     */
    static List<RunTask> interleaved(List<RunTask> tasks) {
        List<RunTask> out = new ArrayList<>(tasks);
        out.sort(java.util.Comparator.comparingInt((RunTask t) -> t.key().replicate()));
        return out;
    }
}
