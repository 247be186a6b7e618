package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.bomoco.data.DirectoryLock;
import org.bomoco.experiment.ExperimentSpec;
import org.bomoco.experiment.Scoring;
import org.bomoco.experiment.SpecReader;
import org.bomoco.model.InputException;
import org.bomoco.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bomoco report DIR}: re-score stored runs and rebuild tables, figures and report.html without re-running. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild reference sets, indicators.csv, tables, figures and report.html of a results "
                + "directory from its stored runs (no run is repeated).")
final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Results directory of 'bomoco run'.")
    Path dir;

    @Option(names = "--control", paramLabel = "LABEL",
            description = "Control algorithm for the +/-/≈ tables (default: the experiment's 'control').")
    String control;

    @Mixin
    CatalogueOption catalogue;

    @Override
    public Integer call() throws IOException {
        Path yaml = dir.resolve("experiment.yaml");
        if (!Files.isRegularFile(yaml)) {
            throw new InputException(dir.toString(), 0, null, "is not a results directory of 'bomoco run' "
                    + "(no experiment.yaml); give the experiment's output directory");
        }
        ExperimentSpec e = SpecReader.read(yaml);
        Path cat = catalogue.path();
        Reports.Written written;
        DirectoryLock lock = DirectoryLock.acquire(dir);
        try {
            Scoring.score(dir, cat);
            written = Reports.write(dir, control != null ? control : e.control(), cat);
        } finally {
            lock.close();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("report: " + written.html());
        written.messages().forEach(out::println);
        out.flush();
        return 0;
    }
}
