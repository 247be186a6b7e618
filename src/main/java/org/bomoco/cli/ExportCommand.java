package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.bomoco.model.InputException;
import org.bomoco.results.ArrowFrames;
import org.bomoco.results.FrameExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bomoco export DIR}: the results frames as Arrow IPC streams or CSV files for pandas and R. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the frames of a results directory (indicators, finals, summary, fronts/<instance>, "
                + "reference/<instance>, tables/<name>) as files for pandas and R.",
            "Arrow: pyarrow.ipc.open_stream(path).read_pandas(); in R arrow::read_ipc_stream(path)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Results directory of 'bomoco run'.")
    Path dir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "arrow",
            description = "arrow (Arrow IPC streams, *.arrows) or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory to write to (default: DIR/arrow or DIR/csv).")
    Path out;

    @Override
    public Integer call() throws IOException {
        FrameExport.Format f = FrameExport.Format.named(format);
        if (f == null) {
            throw new ParameterException(spec.commandLine(), "unknown --format '" + format
                    + "': use arrow or csv");
        }
        if (f == FrameExport.Format.ARROW && !ArrowFrames.available()) {
            throw new ParameterException(spec.commandLine(), ArrowFrames.UNAVAILABLE + ", or use --format csv");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), 0, null, "is not a results directory of 'bomoco run'; "
                    + "give the experiment's output directory");
        }
        Path target = out != null ? out : dir.resolve(f.directory());
        List<Path> written = FrameExport.write(dir, target, f);
        PrintWriter o = spec.commandLine().getOut();
        String what = f == FrameExport.Format.ARROW ? "Arrow IPC streams" : "CSV files";
        o.println("export: " + written.size() + " " + what + " in " + target);
        o.flush();
        return 0;
    }
}
