package org.bomoco.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** Entry point of {@code ./bomoco}. */
@Command(name = "bomoco",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "BOMOCO: multi-objective optimisation of cloud workload placement "
                + "(cost, carbon, water, performance, business KPI).",
        subcommands = {EvaluateCommand.class, SolveCommand.class, RecommendCommand.class, GenerateCommand.class,
            DatasetsCommand.class, ValidateCommand.class, RunCommand.class, ReportCommand.class,
            IndicatorsCommand.class, ExportCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    /** Exit code for a user error (bad input, bad arguments). */
    public static final int EXIT_USER_ERROR = 2;
    /** Exit code for an I/O failure (unreadable or unwritable files, disk full). */
    public static final int EXIT_IO_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(cl.getErr());
        }
    }

    /** One line for a heap that ran out (exit 1: a resource, not the input, failed); no stack trace. */
    private static int outOfMemory(PrintWriter err) {
        err.println("bomoco: " + Failures.outOfMemoryLine(Runtime.getRuntime().maxMemory()));
        err.flush();
        return EXIT_IO_ERROR;
    }

    /** The configured picocli command line. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionStrategy(OptionChecks::execute);
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String conversion = OptionChecks.conversion(ex);
            err.println("bomoco: " + (conversion != null ? conversion : ex.getMessage()) + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return EXIT_USER_ERROR;
        });
        return cl;
    }

    /** Maps a failure to one line and an exit code ({@link Failures}); a bug keeps its stack trace. */
    private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        if (Failures.outOfMemory(ex)) {
            return outOfMemory(cl.getErr());
        }
        Exception cause = Failures.cause(ex);
        if (cause == null) {
            throw ex;
        }
        PrintWriter err = cl.getErr();
        err.println("bomoco: " + Failures.describe(cause));
        err.flush();
        return Failures.isUserError(cause) ? EXIT_USER_ERROR : EXIT_IO_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"bomoco " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
