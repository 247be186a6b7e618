package org.bomoco.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.bomoco.data.CsvTable;
import org.bomoco.model.InputException;

/**
 * Reads the files of a results directory (layout in the issue-4 contract: {@code runs/**}{@code /*.json},
 * {@code reference/<instance>.csv|json}, {@code indicators.csv}, {@code environment.json}, {@code experiment.yaml}).
 * Every error names the file.
 */
final class ResultsReader {
    static final List<String> INDICATOR_COLUMNS =
            List.of("instance", "algorithm", "replicate", "evaluations", "indicator", "value");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResultsReader() {
    }

    /** {@code indicators.csv}; NaN values are accepted (an undefined indicator). */
    static List<IndicatorValue> indicators(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), 0, null, "no indicators.csv in the results directory; "
                    + "score the runs first (bomoco run computes it) or check the directory");
        }
        List<IndicatorValue> out = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file, INDICATOR_COLUMNS, true).rows()) {
            out.add(new IndicatorValue(row.text("instance"), row.text("algorithm"),
                    row.integer("replicate", 0, Integer.MAX_VALUE),
                    row.parsed("evaluations", ResultsReader::parseCount, "a whole number ≥ 0"),
                    row.text("indicator"),
                    row.parsed("value", ResultsReader::parseValue, "a number (or NaN when undefined)")));
        }
        return out;
    }

    private static Long parseCount(String s) {
        try {
            long v = Long.parseLong(s);
            return v >= 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double parseValue(String s) {
        try {
            double v = Double.parseDouble(s);
            return Double.isInfinite(v) ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Every {@code runs/**}{@code /*.json}, in path order (temp files of unfinished writes are skipped). */
    static List<FinalFront> runs(Path runsDir) {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(runsDir)) {
            List<Path> paths = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            List<FinalFront> out = new ArrayList<>(paths.size());
            for (Path p : paths) {
                out.add(run(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FinalFront run(Path file) {
        try {
            return JSON.readValue(file.toFile(), FinalFront.class);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file.toString(), 0, null, "not a readable RunRecord JSON: "
                    + e.getMessage().lines().findFirst().orElse("") + "; delete it to have the run redone");
        }
    }

    /** Every {@code reference/<instance>.csv}, with its {@code .json} when present. */
    static Map<String, ReferenceSet> references(Path dir) {
        Map<String, ReferenceSet> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String name = csv.getFileName().toString();
                String instance = name.substring(0, name.length() - ".csv".length());
                out.put(instance, reference(instance, csv, dir.resolve(instance + ".json")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static ReferenceSet reference(String instance, Path csv, Path json) throws IOException {
        List<String> header = header(csv);
        List<double[]> points = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(csv, header, true).rows()) {
            double[] p = new double[header.size()];
            for (int k = 0; k < p.length; k++) {
                p[k] = row.number(header.get(k), -Double.MAX_VALUE, Double.MAX_VALUE);
            }
            points.add(p);
        }
        if (!Files.isRegularFile(json)) {
            return new ReferenceSet(instance, header, points, "", null, null);
        }
        JsonNode node = tree(json);
        return new ReferenceSet(instance, header, points, node.path("source").asText(""),
                array(node.get("ideal")), array(node.get("nadir")));
    }

    private static List<String> header(Path csv) throws IOException {
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                return List.of(t.split("\\s*,\\s*"));
            }
        }
        throw new InputException(csv.toString(), 0, null, "empty reference file; expected a header of objective "
                + "names and one row per point");
    }

    private static double[] array(JsonNode node) {
        if (node == null || !node.isArray()) {
            return null;
        }
        double[] a = new double[node.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = node.get(i).asDouble();
        }
        return a;
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
