package org.bomoco.algorithms;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.bomoco.model.InputException;

/**
 * Researchers' optimizers from jars on a plug-in path: each entry is a directory (its {@code *.jar} files, by
 * name, not recursive) or one {@code .jar} file, given by {@code --plugins DIR}, an experiment's {@code plugins:}
 * key or the {@value #ENVIRONMENT} variable (a {@link File#pathSeparator}-separated list). The jars share one
 * {@link URLClassLoader} parented on the class loader of this package (the application's), so a plug-in may ship
 * its own libraries as further jars; its {@link OptimizerProvider}s are found by {@link ServiceLoader} through
 * {@code META-INF/services/org.bomoco.algorithms.OptimizerProvider}, and only the providers defined by the plug-in
 * loader are taken (the built-ins the parent also lists are not loaded twice).
 *
 * <p>Every user error is an {@link InputException} naming the directory or jar and the fix: a missing entry, a
 * file that is not a jar, a provider class that fails to load or to build its optimizers. Loaded sets are kept per
 * (jar, size, modification time) list, so repeated registry look-ups in one process load a jar once.
 */
public final class Plugins {
    /** The environment variable holding a plug-in path. */
    public static final String ENVIRONMENT = "BOMOCO_PLUGINS";
    static final String SERVICE = "META-INF/services/" + OptimizerProvider.class.getName();
    private static final Map<List<String>, Loaded> LOADED = new ConcurrentHashMap<>();

    private Plugins() {
    }

    /**
     * One entry of a plug-in path and where the user gave it, for messages.
     *
     * @param path a directory of jars or one jar
     * @param file the file or option that named it ({@code --plugins}, {@code BOMOCO_PLUGINS}, a config file)
     * @param line the line in {@code file}, or 0
     */
    public record Entry(Path path, String file, long line) {
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * A loaded plug-in jar, as recorded beside the results ({@code environment.json}).
     *
     * @param file the jar's absolute path
     * @param sha256 the SHA-256 of the jar's bytes, lower-case hex
     * @param optimizers the full ids of the optimizers its providers registered
     */
    public record PluginJar(String file, String sha256, List<String> optimizers) {
        public PluginJar {
            optimizers = List.copyOf(optimizers);
        }
    }

    /** The plug-in optimizers of one path and the jars they came from. */
    record Loaded(List<PluginJar> jars, List<Optimizer> optimizers, Map<String, String> jarOfId) {
    }

    /** The entries of a {@value #ENVIRONMENT} value ({@code null} or blank: none); empty parts are skipped. */
    public static List<Entry> fromEnvironment(String value) {
        List<Entry> out = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(new Entry(Path.of(part.strip()), ENVIRONMENT, 0));
                }
            }
        }
        return out;
    }

    /** The jars of {@code entries}, in order, each once (by real path). */
    static List<Path> jars(List<Entry> entries) {
        List<Path> out = new ArrayList<>();
        for (Entry e : entries) {
            for (Path jar : jarsOf(e)) {
                Path real = real(jar);
                if (!out.contains(real)) {
                    out.add(real);
                }
            }
        }
        return out;
    }

    private static List<Path> jarsOf(Entry e) {
        Path p = e.path();
        if (Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jar")) {
            return List.of(p);
        }
        if (!Files.exists(p)) {
            throw new InputException(e.file(), e.line(), null, "plug-in directory " + p + " does not exist; create "
                    + "it and put the plug-in jars in it, or correct the path");
        }
        if (!Files.isDirectory(p)) {
            throw new InputException(e.file(), e.line(), null, "plug-in path entry " + p + " is neither a directory "
                    + "nor a .jar file; give the directory holding the plug-in jars");
        }
        try (Stream<Path> files = Files.list(p)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The plug-in optimizers of {@code entries} (none for no entries), loaded once per jar list. */
    static Loaded load(List<Entry> entries) {
        List<Path> jars = jars(entries);
        if (jars.isEmpty()) {
            return new Loaded(List.of(), List.of(), Map.of());
        }
        List<String> key = new ArrayList<>();
        for (Path j : jars) {
            key.add(j + "|" + j.toFile().length() + "|" + j.toFile().lastModified());
        }
        return LOADED.computeIfAbsent(List.copyOf(key), k -> loadJars(jars));
    }

    private static Loaded loadJars(List<Path> jars) {
        Map<Path, List<String>> listed = new LinkedHashMap<>();
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < jars.size(); i++) {
            listed.put(jars.get(i), providerNames(jars.get(i)));
            urls[i] = url(jars.get(i));
        }
        URLClassLoader loader = new URLClassLoader("bomoco-plugins", urls, Plugins.class.getClassLoader());
        Map<Path, List<String>> ids = new LinkedHashMap<>();
        jars.forEach(j -> ids.put(j, new ArrayList<>()));
        List<Optimizer> optimizers = new ArrayList<>();
        Map<String, String> jarOfId = new LinkedHashMap<>();
        for (ServiceLoader.Provider<OptimizerProvider> p : providers(loader, listed)) {
            Path jar = jarOf(p.type(), listed);
            for (Optimizer o : optimizers(p, jar)) {
                optimizers.add(o);
                ids.get(jar).add(o.id());
                jarOfId.put(o.id(), jar.toString());
            }
        }
        List<PluginJar> out = new ArrayList<>();
        jars.forEach(j -> out.add(new PluginJar(j.toString(), sha256(j), ids.get(j))));
        return new Loaded(List.copyOf(out), List.copyOf(optimizers), Map.copyOf(jarOfId));
    }

    /** The provider class names the jar's service file lists ({@code #} comments and blank lines skipped). */
    static List<String> providerNames(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            ZipEntry entry = jf.getEntry(SERVICE);
            if (entry == null) {
                return List.of();
            }
            try (InputStream in = jf.getInputStream(entry)) {
                List<String> names = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String name = line.replaceFirst("#.*", "").strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
                return names;
            }
        } catch (IOException ex) {
            throw new InputException(jar.toString(), 0, null, "not a readable jar file (" + ex.getMessage()
                    + "); rebuild the plug-in with 'mvn package' or remove the file from the plug-in directory");
        }
    }

    /** The providers the plug-in loader itself defines, in the jars' order. */
    private static List<ServiceLoader.Provider<OptimizerProvider>> providers(URLClassLoader loader,
            Map<Path, List<String>> listed) {
        try {
            return ServiceLoader.load(OptimizerProvider.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader).toList();
        } catch (ServiceConfigurationError | LinkageError ex) {
            throw blame(ex, listed, "its provider class does not load");
        }
    }

    private static List<Optimizer> optimizers(ServiceLoader.Provider<OptimizerProvider> p, Path jar) {
        String name = p.type().getName();
        try {
            List<Optimizer> list = p.get().optimizers();
            if (list == null || list.stream().anyMatch(Objects::isNull)) {
                throw new InputException(jar.toString(), 0, null, "provider " + name + " returned no list or a "
                        + "null optimizer; return a List of Optimizer instances from optimizers()");
            }
            return list;
        } catch (ServiceConfigurationError | RuntimeException | LinkageError ex) {
            if (ex instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(jar.toString(), 0, null, "provider " + name + " failed: "
                    + reason(ex) + "; give it a public no-argument constructor, make optimizers() succeed, and "
                    + "put the jars it needs in the plug-in directory");
        }
    }

    /** An error about the jar whose service file lists a class the message names (else every listing jar). */
    private static InputException blame(Throwable ex, Map<Path, List<String>> listed, String what) {
        String msg = String.valueOf(ex.getMessage());
        List<String> culprits = new ArrayList<>();
        listed.forEach((jar, names) -> {
            if (names.stream().anyMatch(msg::contains)) {
                culprits.add(jar.toString());
            }
        });
        if (culprits.isEmpty()) {
            listed.forEach((jar, names) -> culprits.add(jar.toString()));
        }
        return new InputException(String.join(", ", culprits), 0, null, what + " (" + reason(ex) + "); check the "
                + "class names in " + SERVICE + " and put the jars the plug-in needs in the plug-in directory");
    }

    private static String reason(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return t == ex ? m : m + ": " + t.getClass().getSimpleName() + " " + t.getMessage();
    }

    private static Path jarOf(Class<?> type, Map<Path, List<String>> listed) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toRealPath();
            if (listed.containsKey(location)) {
                return location;
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException ex) {
            // fall back to the service listing below
        }
        return listed.entrySet().stream().filter(e -> e.getValue().contains(type.getName())).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException ex) {
            throw new IllegalArgumentException(jar.toString(), ex);
        }
    }

    /** The SHA-256 of a file's bytes, lower-case hex. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", ex);
        }
    }
}
