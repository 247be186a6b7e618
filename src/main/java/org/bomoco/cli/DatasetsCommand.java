package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.ElectricityMapsReader;
import org.bomoco.data.HourlySeries;
import org.bomoco.model.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bomoco datasets}: rebuild the project's derived tables from public source files. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Rebuild derived dataset tables from public source files.",
        subcommands = {DatasetsCommand.Profiles.class})
final class DatasetsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code bomoco datasets profiles}: hourly series → zone × month × hour profiles. */
    @Command(name = "profiles", mixinStandardHelpOptions = true,
            description = "Aggregate hourly carbon-intensity series (Electricity Maps export layout, one zone per "
                    + "file) into zone × month × UTC-hour mean and standard deviation (carbon-profiles.csv).")
    static final class Profiles implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--input", required = true, paramLabel = "DIR|FILE",
                description = "A CSV file or a directory of *.csv files in the Electricity Maps export layout.")
        Path input;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output carbon-profiles.csv.")
        Path out;

        @Override
        public Integer call() throws IOException {
            List<Path> files = new ArrayList<>();
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.list(input)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            }
            if (files.isEmpty()) {
                throw new InputException("--input", 0, null, input + " holds no .csv file; give a file or a "
                        + "directory of hourly series in the Electricity Maps export layout");
            }
            List<HourlySeries> series = new ArrayList<>();
            for (Path f : files) {
                series.add(ElectricityMapsReader.read(f));
            }
            CarbonProfiles profiles = CarbonProfiles.fromSeries(series);
            profiles.write(out);
            PrintWriter pw = spec.commandLine().getOut();
            pw.printf("wrote %s: %d zones from %d files%n", out, profiles.zones().size(), files.size());
            pw.flush();
            return 0;
        }
    }
}
