package org.bomoco.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bomoco.study.Studies;
import org.bomoco.experiment.SpecNode;
import org.bomoco.experiment.SpecYaml;
import org.bomoco.model.InputException;

/**
 * The reports of every served directory as tables for the study page ({@code /study?id=K}): the evaluation studies
 * ({@code study.yaml}: attribution, adaptation) and the experiments, among them the cross-cloud arbitrage
 * experiments (whose report has {@code arbitrage} tables). Read only.
 */
final class StudiesApi {
    /**
     * One served directory.
     *
     * @param name its name ({@code name:} of its YAML)
     * @param kind attribution, adaptation, arbitrage or experiment
     * @param dir the directory
     */
    record Entry(String name, String kind, Path dir) {
    }

    private final List<Entry> entries;

    StudiesApi(List<ResultsSource> experiments, List<Path> studies) {
        List<Entry> out = new ArrayList<>();
        for (Path d : studies) {
            Path yaml = d.resolve("study.yaml");
            SpecNode name = SpecYaml.read(yaml).anyMapping("").get("name");
            out.add(new Entry(name == null ? d.getFileName().toString() : name.text(), Studies.kind(yaml), d));
        }
        for (ResultsSource s : experiments) {
            boolean arbitrage = Files.isRegularFile(s.dir().resolve("tables").resolve("arbitrage.csv"));
            out.add(new Entry(s.name(), arbitrage ? "arbitrage" : "experiment", s.dir()));
        }
        this.entries = List.copyOf(out);
    }

    /** Whether {@code dir} holds a study ({@code study.yaml}) rather than an experiment. */
    static boolean isStudy(Path dir) {
        return Files.isRegularFile(dir.resolve("study.yaml"));
    }

    /** The response body of {@code path}, or {@code null} when there is no such API. */
    Object get(String path, Map<String, String> q) {
        return switch (path) {
            case "/api/studies" -> list();
            case "/api/study" -> study(entry(q));
            default -> null;
        };
    }

    /** Why the study page cannot show {@code q}, or {@code null} when it can. */
    String checkPage(Map<String, String> q) {
        try {
            entry(q);
            return null;
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    private List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i);
            m.put("name", entries.get(i).name());
            m.put("kind", entries.get(i).kind());
            m.put("dir", entries.get(i).dir().toString());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> study(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("kind", e.kind());
        m.put("dir", e.dir().toString());
        m.put("tables", ReportTables.read(e.dir()));
        return m;
    }

    private Entry entry(Map<String, String> q) {
        String id = q.getOrDefault("id", "");
        try {
            int k = Integer.parseInt(id);
            if (k >= 0 && k < entries.size()) {
                return entries.get(k);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("id", 0, null, "no report '" + id + "'; " + entries.size()
                + " directories are served (0.." + (entries.size() - 1) + ")");
    }
}
