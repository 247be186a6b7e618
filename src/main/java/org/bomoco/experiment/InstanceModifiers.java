package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bomoco.model.InstanceParameters;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.RegionScope;

/**
 * The optional keys of a placement instance that change the problem built from its source
 * ({@code experiments/README.md}, "Instances"): {@code scope}, {@code egress_price} and {@code max_migrations}.
 *
 * @param scope the region scope as written, or {@code null} when the key is absent (meaning {@link RegionScope#ALL})
 * @param egressPrice factor on every provider's inter-region and internet egress price, ≥ 0 (1 = unchanged)
 * @param maxMigrations the migration budget replacing the instance's own, or −1 to keep the instance's
 */
public record InstanceModifiers(RegionScope scope, double egressPrice, int maxMigrations)
        implements java.io.Serializable {
    /** No key given: the instance as its source defines it. */
    public static final InstanceModifiers NONE = new InstanceModifiers(null, 1, -1);

    public InstanceModifiers {
        if (!(egressPrice >= 0) || Double.isInfinite(egressPrice)) {
            throw new IllegalArgumentException("egress_price must be a finite number ≥ 0, got " + egressPrice);
        }
        if (maxMigrations < -1) {
            throw new IllegalArgumentException("max_migrations must be ≥ 0 (or −1 for the instance's own)");
        }
    }

    /** The scope in force: {@link #scope()}, or {@link RegionScope#ALL} when not given. */
    public RegionScope effectiveScope() {
        return scope == null ? RegionScope.ALL : scope;
    }

    /** Whether any key changes the problem (an explicit {@code scope: all} does not). */
    public boolean changesProblem() {
        return effectiveScope() != RegionScope.ALL || egressPrice != 1 || maxMigrations >= 0;
    }

    /** Whether no key was given at all. */
    public boolean none() {
        return scope == null && egressPrice == 1 && maxMigrations < 0;
    }

    /**
     * The instance with the egress prices scaled and the migration budget replaced (the same object when neither
     * applies). Egress enters the cost objective only through {@link ProviderSpec}'s two egress prices
     * ({@code docs/model.md}), so scaling both scales every migration and dependency egress term.
     */
    public PlacementInstance apply(PlacementInstance in) {
        if (egressPrice == 1 && maxMigrations < 0) {
            return in;
        }
        Map<Provider, ProviderSpec> providers = new java.util.EnumMap<>(Provider.class);
        in.providers().forEach((p, s) -> providers.put(p, egressPrice == 1 ? s : new ProviderSpec(s.provider(),
                s.minWattsPerVcpu(), s.maxWattsPerVcpu(), s.memoryWattsPerGb(),
                s.interRegionEgressUsdPerGb() * egressPrice, s.internetEgressUsdPerGb() * egressPrice,
                s.onDemandUsdPerHour())));
        InstanceParameters parameters = maxMigrations < 0 ? in.parameters()
                : new InstanceParameters(in.parameters().name(), maxMigrations);
        return new PlacementInstance(parameters, in.regions(), in.sizes(), providers, in.workloads(),
                in.dependencies(), in.forecast());
    }

    /** The compiled problem of {@code in} with these modifiers. */
    public PlacementProblem compile(PlacementInstance in) {
        return PlacementProblem.compile(apply(in), effectiveScope());
    }

    /** The keys as {@code key → value} for the resolved spec and the hash: only those that are set. */
    Map<String, Object> keys(boolean explicitScope) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (scope != null && (explicitScope || scope != RegionScope.ALL)) {
            m.put("scope", scope.id());
        }
        if (egressPrice != 1) {
            m.put("egress_price", egressPrice);
        }
        if (maxMigrations >= 0) {
            m.put("max_migrations", maxMigrations);
        }
        return m;
    }

    /** A short label such as {@code scope=provider, egress×2, max_migrations=10} ("as given" when none). */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("scope=" + effectiveScope().id());
        if (egressPrice != 1) {
            parts.add("egress×" + egressPrice);
        }
        if (maxMigrations >= 0) {
            parts.add("max_migrations=" + maxMigrations);
        }
        return String.join(", ", parts);
    }
}
