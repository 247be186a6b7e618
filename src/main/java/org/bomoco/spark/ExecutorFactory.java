package org.bomoco.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Plugins;
import org.bomoco.experiment.ExperimentExecutor;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.RunExecutor;

/**
 * Builds the {@link RunExecutor} on each Spark executor (once per campaign and JVM), from the executor's local copy
 * of the catalogue. Serialised with the tasks.
 */
@FunctionalInterface
public interface ExecutorFactory extends Serializable {
    /** What {@code bomoco run} uses: {@link ExperimentExecutor} with the standard algorithm registry. */
    ExecutorFactory STANDARD = catalogue -> new ExperimentExecutor(new InstanceLoader(catalogue),
            AlgorithmRegistry.standard());

    RunExecutor create(Path catalogue);

    /**
     * {@link #STANDARD} with the plug-in jars the driver loaded ({@code jars}, in load order; none gives
     * {@link #STANDARD}): their bytes travel with the factory, each executor writes them once to a local directory
     * ({@link Shipment#local}) and loads exactly them ({@link AlgorithmRegistry#withPluginPath}, not its own
     * {@value Plugins#ENVIRONMENT}), so a plug-in algorithm runs on executors that know nothing of it.
     *
     * @throws IOException when a jar cannot be read on the driver
     */
    static ExecutorFactory withPlugins(List<Path> jars) throws IOException {
        if (jars.isEmpty()) {
            return STANDARD;
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < jars.size(); i++) {
            files.put(String.format(Locale.ROOT, "%03d-%s", i, jars.get(i).getFileName()),
                    Files.readAllBytes(jars.get(i)));
        }
        return catalogue -> new ExperimentExecutor(new InstanceLoader(catalogue), AlgorithmRegistry.withPluginPath(
                List.of(new Plugins.Entry(Shipment.local(files), "plug-ins shipped to the Spark executor", 0))));
    }
}
