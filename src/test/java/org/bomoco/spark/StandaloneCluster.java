package org.bomoco.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: one master and {@code workers} workers, each a separate JVM
 * started from the test class path (Spark is a {@code provided} dependency, so its jars are there). Workers launch
 * executors from {@code SPARK_HOME/jars}: a temporary folder of links to every jar of the class path; the class
 * directories (target/classes, target/test-classes) go to {@link #executorClassPath()}. Logs go to {@link #logs()}, deleted by {@link #close()}
 * unless {@code -Dbomoco.it.keep} is set.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Pattern ALIVE = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path home;
    private final List<String> classPath;
    private final List<Process> processes = new ArrayList<>();
    private final int port;
    private final int uiPort;

    private StandaloneCluster(Path home, List<String> classPath) throws IOException {
        this.home = home;
        this.classPath = classPath;
        this.port = freePort();
        this.uiPort = freePort();
    }

    /** The test JVM's class path entries (surefire/failsafe put the real one in these properties). */
    static List<String> testClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(cp.split(File.pathSeparator));
    }

    /** Whether the class path holds Spark's core jar (it is {@code provided}, absent e.g. in an IDE's run). */
    static boolean sparkAvailable() {
        return testClassPath().stream().anyMatch(e -> Path.of(e).getFileName().toString().startsWith("spark-core_"));
    }

    /** Starts a master and {@code workers} workers of one core each, and waits until all workers registered. */
    static StandaloneCluster start(Path dir, int workers, long timeoutMs) throws IOException, InterruptedException {
        List<String> cp = testClassPath();
        Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
        int n = 0;
        for (String e : cp) {
            Path p = Path.of(e).toAbsolutePath();
            if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
                Files.createSymbolicLink(jars.resolve(n++ + "-" + p.getFileName()), p);
            }
        }
        StandaloneCluster c = new StandaloneCluster(dir.resolve("spark-home"), cp);
        try {
            c.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                    Integer.toString(c.port), "--webui-port", Integer.toString(c.uiPort));
            for (int w = 1; w <= workers; w++) {
                Path work = Files.createDirectories(dir.resolve("work-" + w));
                c.launch("worker-" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores",
                        "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir",
                        work.toString(), c.masterUrl());
            }
            c.awaitWorkers(workers, timeoutMs);
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private void launch(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", String.join(File.pathSeparator, classPath), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs().resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(pb.start());
    }

    private void awaitWorkers(int workers, long timeoutMs) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IOException("a cluster JVM exited with " + p.exitValue() + "; see " + logs());
                }
            }
            if (aliveWorkers() >= workers) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException("the workers did not register within " + timeoutMs + " ms; see " + logs());
    }

    /** Alive workers by the master's JSON page, 0 while it does not answer. */
    private int aliveWorkers() {
        try (InputStream in = URI.create("http://127.0.0.1:" + uiPort + "/json/").toURL().openStream()) {
            Matcher m = ALIVE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + port;
    }

    /** The class directories of the test class path, for {@code spark.executor.extraClassPath}. */
    String executorClassPath() {
        return String.join(File.pathSeparator, classPath.stream().filter(e -> Files.isDirectory(Path.of(e)))
                .map(e -> Path.of(e).toAbsolutePath().toString()).toList());
    }

    Path logs() {
        return home.getParent();
    }

    /** Kills the workers (and with them their executors) and the master, and waits for them. */
    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (System.getProperty("bomoco.it.keep") == null) {
            delete(logs());
        }
    }

    /** Deletes {@code dir} without following links (the jar links point into ~/.m2). */
    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
