package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds plug-in jars for the tests without Maven: compiles sources with the JDK's {@link JavaCompiler} against
 * {@code target/classes} (any warning fails, as in the project build) and packs classes and resources into a jar.
 */
public final class PluginJars {
    private PluginJars() {
    }

    /** Compiles every {@code .java} under {@code sources} into {@code classes}; fails on an error or a warning. */
    public static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> files;
        try (Stream<Path> s = Files.walk(sources)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no sources under " + sources);
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-proc:none", "-classpath",
                    Path.of("target", "classes").toAbsolutePath().toString(), "-d", classes.toString());
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
                    .call();
            List<String> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.NOTE) {
                    problems.add(d.toString());
                }
            }
            assertTrue(ok && problems.isEmpty(), "compiling " + sources + ": " + problems);
        }
    }

    /**
     * Writes a jar of every file under each of {@code roots} (paths inside the jar relative to the root) plus
     * {@code extra} entries (name → UTF-8 text).
     */
    public static Path jar(Path jar, List<Path> roots, Map<String, String> extra) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os)) {
            for (Path root : roots) {
                List<Path> files;
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    out.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(f));
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, String> e : extra.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Writes {@code code} as the source of class {@code className} under {@code sources}. */
    public static void source(Path sources, String className, String code) throws IOException {
        Path f = sources.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, code);
    }
}
