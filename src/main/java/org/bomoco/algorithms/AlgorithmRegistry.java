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

    /** A registry of the given optimizers. */
    public AlgorithmRegistry(List<Optimizer> optimizers) {
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

    /** Every optimizer registered through {@link OptimizerProvider} services on the class path. */
    public static AlgorithmRegistry standard() {
        List<Optimizer> all = new ArrayList<>();
        for (OptimizerProvider p : ServiceLoader.load(OptimizerProvider.class, AlgorithmRegistry.class.getClassLoader())) {
            all.addAll(p.optimizers());
        }
        return new AlgorithmRegistry(all);
    }

    private static String key(String name) {
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
