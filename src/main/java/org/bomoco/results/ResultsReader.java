package org.bomoco.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.bomoco.experiment.IndicatorTable;
import org.bomoco.experiment.ReferenceSet;
import org.bomoco.experiment.ReferenceSets;
import org.bomoco.experiment.RunRecord;
import org.bomoco.model.InputException;

/**
 * Reads the files of a results directory into the types that wrote them (layout in the issue-4 contract: {@code runs/**}{@code /*.json},
 * {@code reference/<instance>.csv|json}, {@code indicators.csv}, {@code environment.json}, {@code experiment.yaml}).
 * Every error names the file. Run records are read with unknown properties ignored and missing lists taken as
 * empty, so records of earlier versions are still read.
 */
final class ResultsReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResultsReader() {
    }

    /** {@code indicators.csv} as {@link IndicatorTable#read} parses it (NaN for an undefined indicator). */
    static List<IndicatorTable.Row> indicators(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), 0, null, "no indicators.csv in the results directory; "
                    + "score the runs first (bomoco run computes it) or check the directory");
        }
        return IndicatorTable.read(file);
    }

    /** Every {@code runs/**}{@code /*.json}, in path order (temp files of unfinished writes are skipped). */
    static List<RunRecord> runs(Path runsDir) {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(runsDir)) {
            List<Path> paths = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            List<RunRecord> out = new ArrayList<>(paths.size());
            for (Path p : paths) {
                out.add(run(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunRecord run(Path file) {
        try {
            return JSON.readValue(file.toFile(), RunRecord.class);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file.toString(), 0, null, "not a readable RunRecord JSON: "
                    + e.getMessage().lines().findFirst().orElse("") + "; delete it to have the run redone");
        }
    }

    /**
     * Every {@code reference/<instance>.csv} with its {@code .json}, read by {@link ReferenceSets#read}; a set
     * without its {@code .json} (bounds and reference point) is refused with a message naming the file.
     */
    static Map<String, ReferenceSet> references(Path output) {
        Map<String, ReferenceSet> out = new LinkedHashMap<>();
        Path dir = output.resolve("reference");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = csv.getFileName().toString();
                String instance = name.substring(0, name.length() - ".csv".length());
                out.put(instance, reference(output, instance));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static ReferenceSet reference(Path output, String instance) {
        Path json = ReferenceSets.json(output, instance);
        if (!Files.isRegularFile(json)) {
            throw new InputException(json.toString(), 0, null, "missing: the reference set of '" + instance
                    + "' has no bounds file; run the experiment again (bomoco run) to rescore it");
        }
        try {
            return ReferenceSets.read(output, instance);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(json.toString(), 0, null, "unreadable reference set of '" + instance + "' ("
                    + e.getMessage().lines().findFirst().orElse("") + "); run the experiment again to rescore it");
        }
    }

    private static JsonNode tree(Path json) {
        try {
            return JSON.readTree(json.toFile());
        } catch (IOException e) {
            throw new InputException(json.toString(), 0, null, "not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** {@code environment.json} flattened to {@code a.b → value} in file order; empty when missing. */
    static Map<String, String> environment(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            flatten("", tree(file), out);
        }
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(n -> parts.add(n.isValueNode() ? n.asText() : n.toString()));
            out.put(prefix, String.join(", ", parts));
        } else {
            out.put(prefix, node.asText());
        }
    }

    /** The {@code name} of {@code experiment.yaml}, or {@code fallback} when the file or key is missing. */
    static String experimentName(Path yaml, String fallback) {
        if (!Files.isRegularFile(yaml)) {
            return fallback;
        }
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
            return node != null && node.hasNonNull("name") ? node.get("name").asText() : fallback;
        } catch (IOException e) {
            throw new InputException(yaml.toString(), 0, null, "not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
