package org.bomoco.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

import org.bomoco.experiment.AlgorithmSpec;
import org.bomoco.experiment.BenchmarkSpec;
import org.bomoco.experiment.GenerateSpec;
import org.bomoco.experiment.InstanceModifiers;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunTask;

/**
 * A {@link RunTask} in serialisable form: everything but the instance's driver-side path, which the executor replaces
 * with its own copy of the instance files ({@link Shipment}).
 */
record ShippedTask(RunKey key, long seed, String instance, boolean fromPath, GenerateSpec generate,
                   BenchmarkSpec benchmark, long evaluations, InstanceModifiers modifiers, AlgorithmSpec algorithm,
                   long budget, List<Long> checkpoints) implements Serializable {
    ShippedTask {
        checkpoints = List.copyOf(checkpoints);
    }

    static ShippedTask of(RunTask t) {
        InstanceSpec i = t.instance();
        return new ShippedTask(t.key(), t.seed(), i.name(), i.path() != null, i.generate(), i.benchmark(),
                i.evaluations(), i.modifiers(), t.algorithm(), t.budget(), t.checkpoints());
    }

    /** The task again, a {@code path} instance reading from {@code instanceDir} (ignored for other instances). */
    RunTask task(Path instanceDir) {
        InstanceSpec i = new InstanceSpec(instance, fromPath ? instanceDir : null, generate, benchmark, evaluations,
                modifiers);
        return new RunTask(key, seed, i, algorithm, budget, checkpoints);
    }
}
