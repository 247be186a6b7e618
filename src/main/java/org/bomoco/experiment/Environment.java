package org.bomoco.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.bomoco.algorithms.Plugins;

/**
 * Where and with what an experiment ran ({@code environment.json}): enough to tell two result directories'
 * conditions apart.
 *
 * @param bomocoVersion the jar manifest's {@code Implementation-Version}, or {@code development}
 * @param libraries library name → version, read from the jars' {@code pom.properties} (the pinned version when the
 *     resource is missing, e.g. in a repackaged jar)
 * @param javaVersion {@code java.version}
 * @param javaVendor {@code java.vendor}
 * @param os {@code os.name os.version (os.arch)}
 * @param availableProcessors {@link Runtime#availableProcessors()}
 * @param maxHeapBytes {@link Runtime#maxMemory()}
 * @param threads parallel runs: the local engine's worker threads; on Spark the task slots of a local master
 *     ({@code N} of {@code local[N]}, the processors for {@code local[*]}), 0 for a cluster master (its cluster
 *     manager decides; the Spark UI's Executors tab shows them)
 * @param engine where the runs went: {@code local} or {@code spark}
 * @param master the Spark master URL; {@code null} on the local engine
 * @param startedUtc UTC start of this invocation (ISO-8601, seconds)
 * @param host local host name, or {@code unknown}
 * @param runsAlreadyFinished runs found finished when this invocation started (resume), 0 on a fresh start
 * @param plugins the plug-in jars the algorithms were loaded from (path, SHA-256, optimizer ids; empty without
 *     plug-ins), so that a result names the exact code of a researcher's algorithm
 */
public record Environment(String bomocoVersion, Map<String, String> libraries, String javaVersion,
                          String javaVendor, String os, int availableProcessors, long maxHeapBytes, int threads,
                          String engine, String master, String startedUtc, String host, int runsAlreadyFinished, List<Plugins.PluginJar> plugins) {
    /** Pinned library versions (pom.xml), used when the jar metadata cannot be read. */
    static final Map<String, String[]> LIBRARIES = Map.of(
            "MOEA Framework", new String[] {"META-INF/maven/org.moeaframework/moeaframework/pom.properties", "5.0"},
            "jMetal", new String[] {"META-INF/maven/org.uma.jmetal/jmetal-core/pom.properties", "6.6"});

    public Environment {
        libraries = Map.copyOf(libraries);
        plugins = List.copyOf(plugins);
    }

    /** The current JVM's environment, for a run with {@code threads} workers and no plug-ins. */
    public static Environment capture(int threads, int runsAlreadyFinished) {
        return capture(threads, runsAlreadyFinished, List.of());
    }

    /** The current JVM's environment, for a run with {@code threads} workers and the given plug-in jars. */
    public static Environment capture(int threads, int runsAlreadyFinished, List<Plugins.PluginJar> plugins) {
        return capture(EngineSpec.DEFAULT, threads, runsAlreadyFinished, plugins);
    }

    /**
     * The current JVM's environment, for runs on {@code where} ({@link EngineSpec#DEFAULT} for the local engine)
     * with {@code threads} parallel runs ({@link #threads}) and the given plug-in jars.
     */
    public static Environment capture(EngineSpec where, int threads, int runsAlreadyFinished,
                                      List<Plugins.PluginJar> plugins) {
        Runtime rt = Runtime.getRuntime();
        String v = Environment.class.getPackage().getImplementationVersion();
        Map<String, String> libs = new LinkedHashMap<>();
        LIBRARIES.keySet().stream().sorted().forEach(name -> libs.put(name, libraryVersion(name)));
        return new Environment(v == null ? "development" : v, libs, System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                rt.availableProcessors(), rt.maxMemory(), threads, where.engine(), where.master(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), hostName(), runsAlreadyFinished, plugins);
    }

    /** The {@code version} of a library's {@code pom.properties} on the class path, else its pinned version. */
    static String libraryVersion(String name) {
        String[] entry = LIBRARIES.get(name);
        try (InputStream in = Environment.class.getClassLoader().getResourceAsStream(entry[0])) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", entry[1]);
            }
        } catch (IOException e) {
            // fall through to the pinned version
        }
        return entry[1];
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | SecurityException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "unknown" : env;
        }
    }
}
