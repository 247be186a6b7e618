package org.bomoco.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.bomoco.algorithms.Plugins;
import org.bomoco.data.AtomicFiles;

/**
 * Writes an {@link ExperimentSpec} as YAML in the shape {@link SpecReader} reads, every default spelled out (the
 * resolved {@code experiment.yaml} beside the results). Keys come in the order of {@code experiments/README.md}.
 */
final class SpecWriter {
    static final String HEADER = "# Resolved experiment spec written by bomoco: every default filled in.\n"
            + "# Keys are documented in experiments/README.md; relative paths start at the working directory.\n";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private SpecWriter() {
    }

    static void write(ExperimentSpec spec, List<Plugins.Entry> plugins, Path file) throws IOException {
        AtomicFiles.write(file, toYaml(spec, plugins));
    }

    static String toYaml(ExperimentSpec spec) {
        return toYaml(spec, List.of());
    }

    /** The YAML of {@code spec}, with key {@code plugins} (absolute paths) when {@code plugins} is not empty. */
    static String toYaml(ExperimentSpec spec, List<Plugins.Entry> plugins) {
        Map<String, Object> tree = tree(spec);
        if (!plugins.isEmpty()) {
            tree.put(PluginSpec.KEY, PluginSpec.absolute(plugins));
        }
        try {
            return HEADER + YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> tree(ExperimentSpec spec) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", spec.name());
        m.put("seed", spec.seed());
        m.put("replicates", spec.replicates());
        m.put("output", path(spec.output()));
        m.put("threads", spec.threads());
        List<Object> instances = new ArrayList<>();
        spec.instances().forEach(i -> instances.add(instance(i)));
        m.put("instances", instances);
        List<Object> algorithms = new ArrayList<>();
        spec.algorithms().forEach(a -> algorithms.add(algorithm(a)));
        m.put("algorithms", algorithms);
        m.put("budget", Map.of("evaluations", spec.budget()));
        m.put("checkpoints", spec.checkpoints());
        m.put("indicators", spec.indicators());
        m.put("reference", reference(spec.reference()));
        if (spec.control() != null) {
            m.put("control", spec.control());
        }
        return m;
    }

    private static Map<String, Object> instance(InstanceSpec i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", i.name());
        if (i.path() != null) {
            m.put("path", path(i.path()));
        } else if (i.generate() != null) {
            GenerateSpec g = i.generate();
            Map<String, Object> gm = new LinkedHashMap<>();
            gm.put("workloads", g.workloads());
            gm.put("seed", g.seed());
            gm.put("providers", g.providers());
            gm.put("regions", g.regions());
            gm.put("start", g.start().toString());
            m.put("generate", gm);
        } else {
            BenchmarkSpec b = i.benchmark();
            Map<String, Object> bm = new LinkedHashMap<>();
            bm.put("problem", b.problem());
            bm.put("objectives", b.objectives());
            bm.put("variables", b.variables());
            m.put("benchmark", bm);
        }
        if (i.evaluations() > 0) {
            m.put("evaluations", i.evaluations());
        }
        m.putAll(i.modifiers().keys(true));
        return m;
    }

    private static Map<String, Object> algorithm(AlgorithmSpec a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("label", a.label());
        m.put("population", a.population());
        m.put("parameters", new TreeMap<>(a.parameters()));
        return m;
    }

    private static Map<String, Object> reference(ReferenceSpec r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", r.set());
        if (r.file() != null) {
            m.put("file", path(r.file()));
        }
        m.put("point", r.point());
        m.put("normalization", r.normalization());
        if (r.divisions() > 0) {
            m.put("divisions", r.divisions());
        }
        return m;
    }

    private static String path(Path p) {
        return p.toString().replace('\\', '/');
    }
}
