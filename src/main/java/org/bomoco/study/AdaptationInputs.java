package org.bomoco.study;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.FileBundle;
import org.bomoco.experiment.GenerateSpec;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.model.PlacementInstance;
import org.bomoco.recommend.FrontPicker;

/**
 * What an adaptation replicate ({@link AdaptationReplicate}) needs on any machine: the values of the
 * {@link AdaptationSpec} the simulation reads, the instance (its directory's files, or its {@code generate} block)
 * and the catalogue's top-level files ({@code carbon-profiles.csv} and the tables a generated instance is made
 * from). {@link #simulation} builds the {@link AdaptationSimulation} from them once per JVM, exactly as the study
 * does on the driver (same bytes, same loader), so every machine simulates the same weeks; on the driver the study's
 * own simulation is used.
 */
final class AdaptationInputs implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Simulations built from shipped inputs, by {@link #key}, per JVM. */
    private static final Map<String, AdaptationSimulation> BUILT = new ConcurrentHashMap<>();

    private final String key;
    private final Values values;
    private final String instanceName;
    private final GenerateSpec generate;
    private final FileBundle instance;
    private final FileBundle catalogue;
    private final transient AdaptationSimulation driver;

    /** The spec's values the simulation reads (everything but paths, threads, replicates and strategies). */
    private record Values(String name, long seed, int hours, String algorithm, long evaluations,
                          long warmEvaluations, FrontPicker.Method pick, double switchThreshold)
            implements Serializable {
    }

    private AdaptationInputs(AdaptationSpec spec, FileBundle instance, FileBundle catalogue,
                             AdaptationSimulation driver) {
        this.values = new Values(spec.name(), spec.seed(), spec.hours(), spec.algorithm(), spec.evaluations(),
                spec.warmEvaluations(), spec.pick(), spec.switchThreshold());
        this.instanceName = spec.instance().name();
        this.generate = spec.instance().generate();
        this.instance = instance;
        this.catalogue = catalogue;
        this.driver = driver;
        this.key = values + "|" + generate + "|" + (instance == null ? "-" : instance.hash()) + "|"
                + catalogue.hash();
    }

    /**
     * The inputs of {@code spec}'s replicates: the files of its instance directory (if a {@code path} instance) and
     * of {@code catalogue} are read now.
     *
     * @param driver the study's simulation on this JVM (used instead of rebuilding it here)
     * @throws IOException naming a directory that cannot be read
     */
    static AdaptationInputs of(AdaptationSpec spec, Path catalogue, AdaptationSimulation driver) throws IOException {
        Path dir = spec.instance().path();
        return new AdaptationInputs(spec, dir == null ? null : FileBundle.read(dir, true),
                FileBundle.read(catalogue, false), driver);
    }

    /** The simulation: the driver's, or one built once per JVM from the shipped files. */
    AdaptationSimulation simulation() {
        return driver != null ? driver : BUILT.computeIfAbsent(key, k -> build());
    }

    private AdaptationSimulation build() {
        Path cat = catalogue.local();
        InstanceSpec i = new InstanceSpec(instanceName, instance == null ? null : instance.local(), generate, null);
        PlacementInstance base = new InstanceLoader(cat).problem(i).instance();
        CarbonProfiles profiles = CarbonProfiles.read(cat.resolve("carbon-profiles.csv"));
        Values v = values;
        AdaptationSpec spec = new AdaptationSpec(v.name(), v.seed(), Path.of(v.name()), 0, i, v.hours(), 1,
                v.algorithm(), v.evaluations(), v.warmEvaluations(), v.pick(), List.of(), v.switchThreshold());
        return new AdaptationSimulation(spec, base, profiles, AlgorithmRegistry.standard().get(v.algorithm()));
    }
}
