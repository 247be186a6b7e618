package org.bomoco.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceParameters;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;

/**
 * Reads an instance directory as {@code docs/formats.md} defines it: {@code instance.yaml}, the four shared files
 * ({@code regions.csv}, {@code sizes.csv}, {@code providers.csv}, {@code prices.csv}), {@code workloads.csv},
 * {@code dependencies.csv} and {@code carbon.csv}; optionally {@code carbon-actual.csv}, validated by the same rules
 * whenever present. Validation is strict and
 * stops at the first problem with an {@link org.bomoco.model.InputException} naming the file, the 1-based line,
 * the field and the fix.
 *
 * <p>{@code description} and {@code generator} of {@code instance.yaml} are checked but not kept:
 * {@link InstanceParameters} has no place for them.
 */
public final class InstanceReader {
    private InstanceReader() {
    }

    /**
     * Reads and validates the instance in {@code dir}.
     *
     * @throws org.bomoco.model.InputException on the first problem found
     */
    public static PlacementInstance read(Path dir) {
        InstanceYaml yaml = InstanceYaml.read(dir.resolve(InstanceFiles.INSTANCE_YAML));
        List<InstanceSize> sizes = SharedTables.readSizes(dir);
        List<Region> regions = SharedTables.readRegions(dir, false);
        Map<Provider, ProviderSpec> providers = SharedTables.readProviders(dir, regions, sizes);
        List<Workload> workloads = WorkloadTable.readWorkloads(dir, regions, sizes);
        List<Dependency> dependencies = WorkloadTable.readDependencies(dir, workloads);
        CarbonForecast forecast = CarbonTable.read(dir.resolve(InstanceFiles.CARBON), regions, yaml.forecastStart());
        Path actual = dir.resolve(InstanceFiles.CARBON_ACTUAL);
        if (Files.exists(actual)) {
            CarbonTable.read(actual, regions, yaml.forecastStart()); // same rules as carbon.csv whenever present
        }
        return new PlacementInstance(new InstanceParameters(yaml.name(), yaml.maxMigrations()), regions, sizes,
                providers, workloads, dependencies, forecast);
    }

    /**
     * Reads the realised intensities {@code carbon-actual.csv} of the instance in {@code dir}, validating the whole
     * instance first (the actual series must cover the same regions and window).
     *
     * @return empty when the directory has no {@code carbon-actual.csv}
     */
    public static Optional<CarbonForecast> readActualCarbon(Path dir) {
        if (!Files.exists(dir.resolve(InstanceFiles.CARBON_ACTUAL))) {
            return Optional.empty();
        }
        return readActualCarbon(dir, read(dir));
    }

    /**
     * Reads {@code carbon-actual.csv} of {@code dir} for an already loaded {@code instance}: one value per region of
     * the instance and hour 0..47, starting at the instance forecast's start.
     *
     * @return empty when the directory has no {@code carbon-actual.csv}
     */
    public static Optional<CarbonForecast> readActualCarbon(Path dir, PlacementInstance instance) {
        Path file = dir.resolve(InstanceFiles.CARBON_ACTUAL);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(CarbonTable.read(file, instance.regions(), instance.forecast().start()));
    }
}
