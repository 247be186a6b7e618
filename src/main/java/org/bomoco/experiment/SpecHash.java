package org.bomoco.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.bomoco.algorithms.ParallelEvaluation;

/**
 * The canonical hash of the part of an {@link ExperimentSpec} that determines the stored runs: master seed,
 * replicates, budget, checkpoints, instances (name, source, own budget and the {@link InstanceModifiers}, the latter
 * two only when they change the problem, so that older specs keep their hash) and algorithms (label, id, population, parameters).
 * Thread count, the algorithms' {@code parallel_evaluation} and the output directory are left out (they do not change results), and so are the scoring settings
 * (indicators, reference policy, control): scoring is redone from the stored runs on every {@code run}, so changing
 * them needs no re-run. The canonical form is JSON with map keys sorted; the hash is its SHA-256 in hex.
 */
public final class SpecHash {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SpecHash() {
    }

    /** The hex SHA-256 of {@link #canonical(ExperimentSpec)}. */
    public static String of(ExperimentSpec spec) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(spec).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The canonical JSON text of the run-determining fields. */
    public static String canonical(ExperimentSpec spec) {
        Map<String, Object> m = new TreeMap<>();
        m.put("seed", spec.seed());
        m.put("replicates", spec.replicates());
        m.put("budget", spec.budget());
        m.put("checkpoints", spec.checkpoints());
        List<Object> instances = new ArrayList<>();
        for (InstanceSpec i : spec.instances()) {
            instances.add(instance(i));
        }
        m.put("instances", instances);
        List<Object> algorithms = new ArrayList<>();
        for (AlgorithmSpec a : spec.algorithms()) {
            Map<String, Object> am = new TreeMap<>();
            am.put("label", a.label());
            am.put("id", a.id());
            am.put("population", a.population());
            Map<String, Object> parameters = new TreeMap<>(a.parameters());
            parameters.remove(ParallelEvaluation.KEY); // changes the wall time only, never a result
            am.put("parameters", parameters);
            algorithms.add(am);
        }
        m.put("algorithms", algorithms);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the spec: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> instance(InstanceSpec i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        if (i.evaluations() > 0) {
            m.put("evaluations", i.evaluations());
        }
        m.putAll(i.modifiers().keys(false));
        if (i.path() != null) {
            m.put("path", i.path().toString().replace('\\', '/'));
        }
        GenerateSpec g = i.generate();
        if (g != null) {
            m.put("generate", Map.of("workloads", g.workloads(), "seed", g.seed(), "providers", g.providers(),
                    "regions", g.regions(), "start", String.valueOf(g.start())));
        }
        BenchmarkSpec b = i.benchmark();
        if (b != null) {
            m.put("benchmark", Map.of("problem", b.problem(), "objectives", b.objectives(),
                    "variables", b.variables()));
        }
        return m;
    }
}
