package org.bomoco.algorithms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.bomoco.model.InputException;

/**
 * Resolves algorithm ids and aliases to {@link Optimizer}s. A full id {@code base@library} names one implementation;
 * a bare base id (or an alias such as {@code NSGA-II}) picks the implementation marked {@link Optimizer#preferred()},
 * else the only one. Matching ignores case, {@code -} and {@code _}.
 */
public final class AlgorithmRegistry {
    private final Map<String, Optimizer> byId = new LinkedHashMap<>();
    private final Map<String, String> baseByKey = new LinkedHashMap<>();
    private final List<Plugins.PluginJar> plugins;

    /** A registry of the given optimizers. */
    public AlgorithmRegistry(List<Optimizer> optimizers) {
        this(optimizers, List.of());
    }

    private AlgorithmRegistry(List<Optimizer> optimizers, List<Plugins.PluginJar> plugins) {
        this.plugins = List.copyOf(plugins);
        List<Optimizer> sorted = new ArrayList<>(optimizers);
        sorted.sort(Comparator.comparing(Optimizer::id));
        for (Optimizer o : sorted) {
            if (byId.putIfAbsent(key(o.id()), o) != null) {
                throw new IllegalStateException("two optimizers share the id " + o.id());
            }
            baseByKey.put(key(o.baseId()), o.baseId());
            for (String alias : o.aliases()) {
                baseByKey.put(key(alias), o.baseId());
            }
        }
    }

    /**
     * Every optimizer registered through {@link OptimizerProvider} services on the class path, and those of the
     * plug-in jars on the {@value Plugins#ENVIRONMENT} path ({@link Plugins}).
     *
     * @throws InputException naming the directory or jar when a plug-in cannot be loaded or clashes
     */
    public static AlgorithmRegistry standard() {
        return withPlugins(List.of());
    }

    /**
     * {@link #standard()} plus the optimizers of the plug-in jars of {@code entries} (the {@value Plugins#ENVIRONMENT}
     * entries first, then these).
     *
     * @throws InputException naming the directory or jar when a plug-in cannot be loaded, or when one of its ids or
     *     aliases is already taken (by a built-in or another plug-in)
     */
    public static AlgorithmRegistry withPlugins(List<Plugins.Entry> entries) {
        List<Plugins.Entry> path = new ArrayList<>(Plugins.fromEnvironment(System.getenv(Plugins.ENVIRONMENT)));
        path.addAll(entries);
        return withPluginPath(path);
    }

    /**
     * The built-ins plus exactly the plug-in jars of {@code path}, without the {@value Plugins#ENVIRONMENT} path:
     * for a Spark executor, which gets the jars the driver loaded.
     *
     * @throws InputException as {@link #withPlugins}
     */
    public static AlgorithmRegistry withPluginPath(List<Plugins.Entry> path) {
        List<Optimizer> all = builtIns();
        Plugins.Loaded loaded = Plugins.load(path);
        checkClashes(all, loaded);
        all.addAll(loaded.optimizers());
        return new AlgorithmRegistry(all, loaded.jars());
    }

    private static List<Optimizer> builtIns() {
        List<Optimizer> all = new ArrayList<>();
        for (OptimizerProvider p : ServiceLoader.load(OptimizerProvider.class, AlgorithmRegistry.class.getClassLoader())) {
            all.addAll(p.optimizers());
        }
        return all;
    }

    /** Rejects a plug-in optimizer whose id, base id or alias another optimizer (with another base) already uses. */
    private static void checkClashes(List<Optimizer> builtIns, Plugins.Loaded loaded) {
        Map<String, String> owner = new LinkedHashMap<>();
        Map<String, String> baseOf = new LinkedHashMap<>();
        for (Optimizer o : builtIns) {
            owner.put(key(o.id()), "the built-in " + o.id());
            baseOf.put(key(o.baseId()), o.baseId());
            o.aliases().forEach(a -> baseOf.put(key(a), o.baseId()));
        }
        for (Optimizer o : loaded.optimizers()) {
            String jar = loaded.jarOfId().get(o.id());
            String taken = owner.putIfAbsent(key(o.id()), "the optimizer " + o.id() + " of " + jar);
            if (taken != null) {
                throw new InputException(jar, 0, null, "plug-in optimizer id '" + o.id() + "' clashes with "
                        + taken + "; give it another library() (e.g. " + o.baseId() + "@yourlab) or baseId()");
            }
            if (o.preferred() && baseOf.containsKey(key(o.baseId())) && builtIns.stream()
                    .anyMatch(b -> key(b.baseId()).equals(key(o.baseId())))) {
                throw new InputException(jar, 0, null, "plug-in optimizer " + o.id() + " claims to be the default "
                        + "for the built-in algorithm '" + o.baseId() + "'; return false from preferred()");
            }
            for (String name : names(o)) {
                String base = baseOf.putIfAbsent(key(name), o.baseId());
                if (base != null && !key(base).equals(key(o.baseId()))) {
                    throw new InputException(jar, 0, null, "plug-in optimizer " + o.id() + " uses the name '"
                            + name + "', which already means algorithm '" + base + "'; rename that alias or baseId()");
                }
            }
        }
    }

    private static List<String> names(Optimizer o) {
        List<String> names = new ArrayList<>(o.aliases());
        names.add(0, o.baseId());
        return names;
    }

    /** The plug-in jars this registry loaded (empty without plug-ins), for the results' environment record. */
    public List<Plugins.PluginJar> plugins() {
        return plugins;
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /**
     * The optimizer for {@code name}.
     *
     * @throws InputException naming the valid ids when {@code name} is unknown, or the full ids when a bare id has
     *     several implementations and none is preferred
     */
    public Optimizer get(String name) {
        String k = key(name);
        Optimizer o = byId.get(k);
        if (o != null) {
            return o;
        }
        int at = k.indexOf('@');
        String base = baseByKey.get(at < 0 ? k : k.substring(0, at));
        if (base != null && at >= 0) {
            o = byId.get(key(base + k.substring(at)));
        } else if (base != null) {
            o = bare(base);
        }
        if (o == null && base != null && at < 0) {
            throw new InputException("--algorithm", 0, null, "'" + name + "' is implemented by several libraries; "
                    + "give one of: " + String.join(", ", byId.values().stream().filter(b -> b.baseId().equals(base))
                    .map(Optimizer::id).toList()));
        }
        if (o == null) {
            throw new InputException("--algorithm", 0, null, "unknown algorithm '" + name + "'; valid ids: "
                    + String.join(", ", ids()));
        }
        return o;
    }

    private Optimizer bare(String base) {
        List<Optimizer> impls = byId.values().stream().filter(o -> o.baseId().equals(base)).toList();
        return impls.stream().filter(Optimizer::preferred).findFirst()
                .orElse(impls.size() == 1 ? impls.get(0) : null);
    }

    /** All full ids, then the bare ids, sorted. */
    public List<String> ids() {
        TreeSet<String> names = new TreeSet<>();
        byId.values().forEach(o -> names.add(o.id()));
        byId.values().forEach(o -> names.add(o.baseId()));
        return List.copyOf(names);
    }

    /** Every registered optimizer, sorted by id. */
    public List<Optimizer> all() {
        return List.copyOf(byId.values());
    }
}
