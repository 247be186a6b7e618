package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.bomoco.web.WebConfig;
import org.bomoco.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bomoco serve}: the browser workbench (front explorer and sustainability dashboard) on a local port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the browser workbench: explore the fronts of results directories of 'run', pick a "
                + "trade-off and see its recommendations, and the sustainability dashboard (carbon map, 48-hour "
                + "forecast windows, water). Read only; stops with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "RESULTS_DIR", description = "Results directories of 'bomoco run'.")
    List<Path> results = new ArrayList<>();

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--instance", paramLabel = "DIR", description = "Instance directory for the dashboard "
            + "(repeatable).")
    List<Path> instances = new ArrayList<>();

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
            description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path cat = catalogue.path();
        PrintWriter out = spec.commandLine().getOut();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            spec.commandLine().getErr().println("bomoco: warning: serving on " + host + " exposes the results to "
                    + "every machine that can reach it (no authentication)");
        }
        WebServer server = WebServer.start(new WebConfig(host, port, cat, results, instances));
        out.println("BOMOCO workbench at " + server.url() + " (Ctrl-C stops it)");
        out.flush();
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        forever.await();
        return 0;
    }
}
