package org.bomoco.experiment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.CatalogueReader;
import org.bomoco.data.GeneratorSpec;
import org.bomoco.data.InstanceGenerator;
import org.bomoco.data.InstanceReader;
import org.bomoco.model.Catalogue;
import org.bomoco.model.InputException;
import org.bomoco.model.Provider;
import org.bomoco.problem.PlacementProblem;

/**
 * Loads and compiles each placement instance of an experiment once, and caches the compiled
 * {@link PlacementProblem} by instance name (thread-safe). {@code path} instances are read with
 * {@link InstanceReader}; {@code generate} instances are made by {@link InstanceGenerator} from the catalogue directory
 * given to the constructor ({@code regions.csv}, ..., {@code carbon-profiles.csv}), which is read at most once.
 * The instance's {@link InstanceModifiers} (scope, egress price factor, migration budget) are applied before
 * compiling.
 */
public final class InstanceLoader {
    /** Forecast start used when a {@code generate} block gives none (the {@code generate} command's default). */
    public static final Instant DEFAULT_START = Instant.parse("2023-06-01T00:00:00Z");

    private final Path catalogue;
    private final Map<String, PlacementProblem> problems = new ConcurrentHashMap<>();
    private InstanceGenerator generator;

    /** A loader that generates instances from the catalogue directory {@code catalogue}. */
    public InstanceLoader(Path catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The compiled problem of a placement instance (loaded on first use).
     *
     * @throws InputException for a benchmark instance or an invalid instance
     */
    public PlacementProblem problem(InstanceSpec spec) {
        if (!spec.placement()) {
            throw unsupported(spec);
        }
        return problems.computeIfAbsent(spec.name(), n -> spec.modifiers().compile(spec.path() != null
                ? InstanceReader.read(spec.path())
                : generate(spec)));
    }

    /** The error for a benchmark instance given to the placement side (benchmarks run in BenchmarkExecutor). */
    static InputException unsupported(InstanceSpec spec) {
        return new InputException("instance '" + spec.name() + "'", 0, "benchmark",
                "is a benchmark problem, which the placement executor does not run; run the experiment with "
                        + "ExperimentExecutor (as bomoco run does), which hands it to BenchmarkExecutor");
    }

    /** Generation is serialised: the generator's thread-safety is not documented. */
    private synchronized org.bomoco.model.PlacementInstance generate(InstanceSpec spec) {
        return generator().generate(generatorSpec(spec)).instance();
    }

    private synchronized InstanceGenerator generator() {
        if (generator == null) {
            Catalogue cat = CatalogueReader.read(catalogue);
            generator = new InstanceGenerator(cat, CarbonProfiles.read(catalogue.resolve("carbon-profiles.csv")));
        }
        return generator;
    }

    private static GeneratorSpec generatorSpec(InstanceSpec spec) {
        GenerateSpec g = spec.generate();
        Set<Provider> providers = EnumSet.noneOf(Provider.class);
        for (String p : g.providers()) {
            providers.add(Provider.parse(p).orElseThrow(() -> new InputException("instance '" + spec.name() + "'",
                    0, "generate.providers", "unknown provider '" + p + "'; use aws, azure or gcp")));
        }
        if (providers.isEmpty()) {
            providers = EnumSet.allOf(Provider.class);
        }
        return new GeneratorSpec(spec.name(), g.workloads(), g.seed(), providers, g.regions(),
                g.start() == null ? DEFAULT_START : g.start());
    }
}
