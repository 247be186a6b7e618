package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.CatalogueReader;
import org.bomoco.data.GeneratorSpec;
import org.bomoco.data.InstanceGenerator;
import org.bomoco.data.InstanceWriter;
import org.bomoco.model.Catalogue;
import org.bomoco.model.InputException;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bomoco generate}: a seeded, realistic problem instance drawn from the catalogue. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a problem instance directory from the catalogue. The same arguments give the same "
                + "files, byte for byte.")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--workloads", required = true, paramLabel = "N", description = "Number of workloads.")
    int workloads;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output instance directory.")
    Path out;

    @Option(names = "--providers", split = ",", defaultValue = "aws,azure,gcp", paramLabel = "P[,P...]",
            description = "Providers whose regions may be used (default: ${DEFAULT-VALUE}).")
    List<String> providers;

    @Option(names = "--regions", split = ",", paramLabel = "ID[,ID...]",
            description = "Regions of the instance (default: every catalogue region of the providers).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--start", defaultValue = "2023-06-01T00:00:00Z", paramLabel = "INSTANT",
            description = "UTC start of the 48-hour forecast window, a whole hour (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--name", paramLabel = "NAME", description = "Instance name (default: gen-N-sS).")
    String name;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--force", description = "Overwrite an output directory that already holds files.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path dir = catalogue.path();
        GeneratorSpec genSpec = asOptions(() -> new GeneratorSpec(name == null ? "gen-" + workloads + "-s" + seed
                : name, workloads, seed, parseProviders(), regions, parseStart()));
        if (!force && Paths.isNonEmptyDirectory(out)) {
            throw new InputException("--out", 0, null, out + " already holds files; choose an empty directory "
                    + "or add --force to overwrite");
        }
        Catalogue cat = CatalogueReader.read(dir);
        CarbonProfiles profiles = CarbonProfiles.read(dir.resolve("carbon-profiles.csv"));
        InstanceGenerator.Generated g = asOptions(() -> new InstanceGenerator(cat, profiles).generate(genSpec));
        InstanceWriter.write(g.instance(), Optional.of(g.actual()), out);
        PlacementInstance inst = g.instance();
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf("wrote %s: %d workloads, %d dependencies, %d regions, migration budget %d%n", out,
                inst.workloads().size(), inst.dependencies().size(), inst.regions().size(),
                inst.parameters().maxMigrations());
        pw.flush();
        return 0;
    }

    /**
     * Runs {@code step}, restating a {@link GeneratorSpec} error (file "generator spec", field {@code regions}) as one
     * about the option the user typed ({@code --regions}).
     */
    private static <T> T asOptions(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InputException e) {
            String option = e.field() == null ? null : switch (e.field()) {
                case "forecast_start" -> "--start";
                case "name", "workloads", "providers", "regions" -> "--" + e.field();
                default -> null;
            };
            if (!GeneratorSpec.FILE.equals(e.file()) || option == null) {
                throw e;
            }
            throw new InputException(option, 0, null, e.problem());
        }
    }

    private Set<Provider> parseProviders() {
        Set<Provider> set = EnumSet.noneOf(Provider.class);
        for (String p : providers) {
            set.add(Provider.parse(p).orElseThrow(() -> new InputException("--providers", 0, null,
                    "unknown provider '" + p + "'; use aws, azure or gcp")));
        }
        return set;
    }

    private Instant parseStart() {
        try {
            return Instant.parse(start);
        } catch (DateTimeParseException e) {
            throw new InputException("--start", 0, null, "'" + start + "' is not a UTC instant; write e.g. "
                    + "2023-06-01T00:00:00Z");
        }
    }
}
