package org.bomoco.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.bomoco.indicators.Indicator;
import org.bomoco.indicators.Normalization;
import org.bomoco.model.InputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The checked inputs of {@code bomoco indicators} and their conventions (also in its {@code --help} and the README):
 * <ul>
 *   <li>normalisation bounds need {@code nadir > ideal} in every objective, whatever their source (the reference
 *       set, a JSON file, {@code 'ideal;nadir'}): an objective with {@code nadir = ideal} would divide by zero and
 *       is an error naming it;</li>
 *   <li>the reference point is finite; in normalised space (the reference set's ideal at 0, its nadir at 1) every
 *       value must be above 0, since a point at or below the ideal cannot be dominated by a reasonable front;
 *       with {@code --normalize none} any finite value is allowed (raw objectives may be negative);</li>
 *   <li>when hypervolume is asked for, at least one front vector must strictly dominate the reference point (as
 *       moocore requires); otherwise the hypervolume would be a meaningless 0 and the command refuses.</li>
 * </ul>
 */
final class IndicatorInputs {
    /**
     * The objective space of the computation.
     *
     * @param bounds the normalisation, null for raw objectives
     * @param description what was done, in words, for the output
     * @param source {@code reference}, {@code file}, {@code bounds} or {@code none}
     */
    record Space(Normalization bounds, String description, String source) {
        boolean normalised() {
            return bounds != null;
        }

        double[][] apply(double[][] set) {
            return bounds == null ? set : bounds.normalize(set);
        }
    }

    private IndicatorInputs() {
    }

    /** The indicators named by {@code --indicators} (each once, in the order given); all when none is named. */
    static List<Indicator> indicators(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of(Indicator.values());
        }
        List<Indicator> out = new ArrayList<>();
        for (String id : ids) {
            Indicator i = Indicator.byId(id).orElseThrow(() -> new InputException("--indicators", 0, null,
                    "unknown indicator '" + id.strip() + "'; valid: " + String.join(", ", Indicator.ids())));
            if (!out.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The space named by {@code --normalize}, with {@code ref} (read from {@code refName}) for its bounds. */
    static Space space(String normalize, double[][] ref, String refName, int m) throws IOException {
        if (normalize.equals("none")) {
            return new Space(null, "not normalised (raw values)", "none");
        }
        if (normalize.equals("reference")) {
            Normalization b = Normalization.of(ref);
            for (int k = 0; k < m; k++) {
                if (!(b.nadir()[k] > b.ideal()[k])) {
                    throw new InputException(refName, 0, "objective " + (k + 1), "every vector has the value "
                            + b.ideal()[k] + ", so the reference set's ideal equals its nadir and normalising "
                            + "would divide by zero; give bounds with --normalize 'ideal;nadir' or use --normalize "
                            + "none");
                }
            }
            return new Space(b, "normalised by the bounds of the reference set " + refName + ": "
                    + bounds(b), "reference");
        }
        if (normalize.endsWith(".json")) {
            JsonNode node = json(Path.of(normalize));
            Normalization b = checked(array(node, "ideal", normalize), array(node, "nadir", normalize), m, normalize);
            return new Space(b, "normalised by the bounds of " + normalize + ": " + bounds(b), "file");
        }
        String[] parts = normalize.split(";", -1);
        if (parts.length != 2) {
            throw new InputException("--normalize", 0, null, "'" + normalize + "' is not reference, none, a .json "
                    + "file or 'ideal;nadir' (e.g. 0,0,0;1,1,1)");
        }
        Normalization b = checked(numbers(parts[0]), numbers(parts[1]), m, "--normalize");
        return new Space(b, "normalised by the --normalize bounds: " + bounds(b), "bounds");
    }

    /**
     * The reference point of {@code --reference-point} (one value for every objective or one per objective), finite
     * and, in normalised space, above 0 in every objective.
     */
    static double[] referencePoint(List<Double> values, int m, boolean normalised) {
        if (values.size() != 1 && values.size() != m) {
            throw new InputException("--reference-point", 0, null, "give 1 or " + m + " values, not "
                    + values.size());
        }
        double[] p = new double[m];
        for (int k = 0; k < m; k++) {
            p[k] = values.get(values.size() == 1 ? 0 : k);
            if (!Double.isFinite(p[k])) {
                throw new InputException("--reference-point", 0, "objective " + (k + 1), "the value must be a "
                        + "finite number, not " + p[k]);
            }
            if (normalised && p[k] <= 0) {
                throw new InputException("--reference-point", 0, "objective " + (k + 1), "the value " + p[k]
                        + " lies at or below the reference set's ideal, which normalisation maps to 0; give values "
                        + "above 0, normally at least 1 (the nadir; default 1.1), or --normalize none for a point in "
                        + "raw objectives");
            }
        }
        return p;
    }

    /**
     * The number of {@code front} vectors that do not strictly dominate {@code point} (they add nothing to the
     * hypervolume).
     *
     * @throws InputException naming {@code frontName} and the front's worst values when no vector dominates it
     */
    static int outside(double[][] front, double[] point, String frontName, Space space) {
        int outside = 0;
        double[] worst = front[0].clone();
        for (double[] v : front) {
            boolean in = true;
            for (int k = 0; k < point.length; k++) {
                in &= v[k] < point[k];
                worst[k] = Math.max(worst[k], v[k]);
            }
            outside += in ? 0 : 1;
        }
        if (outside == front.length) {
            throw new InputException("--reference-point", 0, null, "no vector of " + frontName + " strictly "
                    + "dominates the reference point " + list(point) + " (" + (space.normalised() ? "normalised"
                    : "raw") + " objectives), so the hypervolume would be 0; choose a point worse than the front in "
                    + "every objective (its worst values there are " + list(worst) + ")");
        }
        return outside;
    }

    private static String bounds(Normalization b) {
        return "ideal " + list(b.ideal()) + ", nadir " + list(b.nadir());
    }

    /** A comma list of numbers as the user would type them. */
    static String list(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int k = 0; k < v.length; k++) {
            String g = String.format(Locale.ROOT, "%.6g", v[k]);
            if (g.contains(".")) {
                g = g.replaceAll("0+(e|$)", "$1").replaceAll("\\.(e|$)", "$1");
            }
            sb.append(k == 0 ? "" : ", ").append(g);
        }
        return sb.append(')').toString();
    }

    private static JsonNode json(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), 0, null, Files.isDirectory(file) ? "is a directory, not a "
                    + "reference/<instance>.json file" : "no such file");
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    null, "is not valid JSON (" + jsonProblem(e.getOriginalMessage()) + ")");
        }
    }

    /** Jackson's message without its source-location notes ({@code [Source: ...; line: 1, column: 1]}). */
    static String jsonProblem(String message) {
        String m = String.valueOf(message);
        int cut = m.indexOf(" (start marker at");
        m = cut >= 0 ? m.substring(0, cut) : m;
        m = m.replaceAll("\\s*\\[Source:[^\\]]*\\]", "").replaceAll("(?s)\\R.*", "").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }

    private static double[] array(JsonNode root, String key, String file) {
        JsonNode n = root.get(key);
        if (n == null || !n.isArray()) {
            throw new InputException(file, 0, key, "the JSON file has no '" + key + "' array of numbers, e.g. "
                    + "{\"ideal\": [0, 0], \"nadir\": [1, 1]}");
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            if (!n.get(i).isNumber()) {
                throw new InputException(file, 0, key, "value " + (i + 1) + " is not a number: "
                        + n.get(i));
            }
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    private static double[] numbers(String list) {
        String[] cells = list.split(",", -1);
        double[] v = new double[cells.length];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(cells[i].strip());
            } catch (NumberFormatException e) {
                throw new InputException("--normalize", 0, null, "'" + cells[i].strip() + "' in '" + list
                        + "' is not a number; write 'ideal;nadir' as two comma lists, e.g. 0,0,0;1,1,1");
            }
        }
        return v;
    }

    /** Bounds of the right length with {@code ideal < nadir}, both finite, in every objective. */
    private static Normalization checked(double[] ideal, double[] nadir, int m, String source) {
        if (ideal.length != m || nadir.length != m) {
            throw new InputException(source, 0, null, "bounds have " + ideal.length + " and " + nadir.length
                    + " values; the vectors have " + m + " objectives");
        }
        for (int k = 0; k < m; k++) {
            String field = "objective " + (k + 1);
            if (!Double.isFinite(ideal[k]) || !Double.isFinite(nadir[k])) {
                throw new InputException(source, 0, field, "bounds must be finite, got ideal " + ideal[k]
                        + " and nadir " + nadir[k]);
            }
            if (!(nadir[k] > ideal[k])) {
                throw new InputException(source, 0, field, "nadir " + nadir[k] + (nadir[k] == ideal[k]
                        ? " equals" : " is below") + " ideal " + ideal[k] + "; normalising needs nadir > ideal "
                        + "in every objective (a zero range would divide by zero)");
            }
        }
        return new Normalization(ideal, nadir);
    }
}
