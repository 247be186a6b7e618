package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.PluginJars;
import org.bomoco.algorithms.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad plug-in paths and jars end in exit 2 and one line naming the directory or jar and the fix. */
class PluginErrorsTest {
    private static final String SERVICE = "META-INF/services/org.bomoco.algorithms.OptimizerProvider";

    /** {@code solve --plugins DIR --list}: the exit code and the error line, checked to be a single line. */
    private static String fails(Path dir) {
        CliRun r = CliRun.run("solve", "--plugins", dir.toString(), "--list");
        assertEquals(2, r.code(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n") || err.contains("\tat "), "one line, no stack trace: " + err);
        return err;
    }

    @Test
    void aMissingDirectoryIsNamed(@TempDir Path tmp) {
        String err = fails(tmp.resolve("nowhere"));
        assertTrue(err.contains("--plugins") && err.contains("nowhere") && err.contains("no such file or directory"), err);
    }

    @Test
    void aFileThatIsNotAJarIsNamed(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("broken.jar"), "not a zip");
        String err = fails(tmp);
        assertTrue(err.contains("broken.jar") && err.contains("not a readable jar"), err);
    }

    @Test
    void aProviderClassThatDoesNotExistNamesItsJar(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("empty"));
        PluginJars.jar(tmp.resolve("plugins/missing.jar"), List.of(tmp.resolve("empty")),
                Map.of(SERVICE, "com.example.Missing\n"));
        String err = fails(tmp.resolve("plugins"));
        assertTrue(err.contains("missing.jar") && err.contains("com.example.Missing"), err);
    }

    @Test
    void aProviderThatThrowsNamesItsJar(@TempDir Path tmp) throws IOException {
        PluginJars.source(tmp.resolve("src"), "p.Throwing", "package p;\n"
                + "public final class Throwing implements org.bomoco.algorithms.OptimizerProvider {\n"
                + "  public java.util.List<org.bomoco.algorithms.Optimizer> optimizers() {\n"
                + "    throw new IllegalStateException(\"no licence file\");\n  }\n}\n");
        Path jar = build(tmp, "throwing.jar", "p.Throwing");
        String err = fails(jar.getParent());
        assertTrue(err.contains("throwing.jar") && err.contains("no licence file"), err);
    }

    @Test
    void anIdOfABuiltInIsRefused(@TempDir Path tmp) throws IOException {
        PluginJars.source(tmp.resolve("src"), "p.Clash", "package p;\n"
                + "public final class Clash implements org.bomoco.algorithms.OptimizerProvider {\n"
                + "  public java.util.List<org.bomoco.algorithms.Optimizer> optimizers() {\n"
                + "    return java.util.List.of(new org.bomoco.algorithms.Optimizer() {\n"
                + "      public String baseId() { return \"NSGA2\"; }\n"
                + "      public String library() { return \"moea\"; }\n"
                + "      public String description() { return \"a copy\"; }\n"
                + "      public org.bomoco.algorithms.SolveResult solve(org.bomoco.problem.PlacementProblem p,\n"
                + "          org.bomoco.algorithms.SolveSpec s, org.bomoco.algorithms.ProgressListener l) {\n"
                + "        throw new UnsupportedOperationException();\n      }\n    });\n  }\n}\n");
        Path jar = build(tmp, "clash.jar", "p.Clash");
        String err = fails(jar.getParent());
        assertTrue(err.contains("clash.jar") && err.contains("clashes with the built-in nsga2@moea"), err);
    }

    @Test
    void aMissingDirectoryInAConfigNamesFileAndLine(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("x.yaml");
        Files.writeString(yaml, String.join("\n", "name: x", "seed: 1", "plugins: [lib/]", "instances:",
                "  - path: datasets/instances/demo", "algorithms:", "  - id: random", "budget: {evaluations: 10}",
                ""));
        CliRun r = CliRun.run("validate", yaml.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(yaml + ":3") && r.err().contains("lib") && r.err().contains("does not exist"),
                r.err());
    }

    @Test
    void theEnvironmentVariableIsAPathList() {
        List<Plugins.Entry> e = Plugins.fromEnvironment(String.join(java.io.File.pathSeparator, "a", " ", "b/c", ""));
        assertEquals(List.of(Path.of("a"), Path.of("b/c")), e.stream().map(Plugins.Entry::path).toList());
        assertEquals(Plugins.ENVIRONMENT, e.get(0).file());
        assertTrue(Plugins.fromEnvironment(null).isEmpty());
    }

    private static Path build(Path tmp, String name, String provider) throws IOException {
        PluginJars.compile(tmp.resolve("src"), tmp.resolve("classes"));
        return PluginJars.jar(tmp.resolve("plugins").resolve(name), List.of(tmp.resolve("classes")),
                Map.of(SERVICE, provider + "\n"));
    }
}
