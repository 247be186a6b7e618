package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bomoco.experiment.Scoring;
import org.bomoco.experiment.VectorFiles;
import org.bomoco.indicators.Indicator;
import org.bomoco.indicators.Normalization;
import org.bomoco.model.InputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bomoco indicators}: score any CSV of objective vectors with the project's indicator code. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Score a CSV of objective vectors (minimised; from BOMOCO or another tool) with hypervolume, "
                + "IGD+, IGD, additive epsilon and spread.")
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--front", required = true, paramLabel = "FILE", description = "The vectors to score.")
    Path front;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Reference set (e.g. the true front); default: the front itself (distance indicators "
                    + "are then 0).")
    Path reference;

    @Option(names = "--reference-point", split = ",", paramLabel = "R[,R...]",
            description = "Hypervolume reference point in normalised space: one value for every objective or one "
                    + "per objective (default: 1.1).")
    List<Double> referencePoint = List.of(1.1);

    @Option(names = "--normalize", defaultValue = "reference", paramLabel = "reference|none|FILE|I1,..;N1,..",
            description = "Normalisation bounds: the reference set's ideal and nadir (default), none, a "
                    + "reference/<instance>.json of 'bomoco run', or 'ideal;nadir' as two comma lists.")
    String normalize;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        double[][] f = VectorFiles.read(front);
        double[][] ref = reference == null ? f : VectorFiles.read(reference);
        int m = f[0].length;
        if (ref[0].length != m) {
            throw new InputException(String.valueOf(reference), 0, null, "vectors have " + ref[0].length
                    + " objectives but the front's have " + m);
        }
        Normalization bounds = bounds(ref, m);
        double[] point = point(m);
        double[][] nf = bounds.normalize(f);
        double[][] nr = bounds.normalize(ref);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String id : Indicator.ids()) {
            values.put(id, Scoring.value(id, nf, nr, point));
        }
        print(values, f.length, ref.length, bounds, point);
        return 0;
    }

    private Normalization bounds(double[][] ref, int m) throws IOException {
        if (normalize.equals("reference")) {
            return Normalization.of(ref);
        }
        if (normalize.equals("none")) {
            double[] zero = new double[m];
            double[] one = new double[m];
            Arrays.fill(one, 1);
            return new Normalization(zero, one);
        }
        if (normalize.endsWith(".json")) {
            JsonNode node = new ObjectMapper().readTree(Path.of(normalize).toFile());
            return checked(array(node.get("ideal")), array(node.get("nadir")), m);
        }
        String[] parts = normalize.split(";");
        if (parts.length != 2) {
            throw new InputException("--normalize", 0, null, "'" + normalize + "' is not reference, none, a .json "
                    + "file or 'ideal;nadir' (e.g. 0,0,0;1,1,1)");
        }
        return checked(numbers(parts[0]), numbers(parts[1]), m);
    }

    private static double[] array(JsonNode n) {
        if (n == null || !n.isArray()) {
            throw new InputException("--normalize", 0, null, "the JSON file has no 'ideal' and 'nadir' arrays");
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    private static double[] numbers(String list) {
        try {
            return Arrays.stream(list.split(",")).mapToDouble(s -> Double.parseDouble(s.strip())).toArray();
        } catch (NumberFormatException e) {
            throw new InputException("--normalize", 0, null, "'" + list + "' is not a comma-separated list of "
                    + "numbers");
        }
    }

    private static Normalization checked(double[] ideal, double[] nadir, int m) {
        if (ideal.length != m || nadir.length != m) {
            throw new InputException("--normalize", 0, null, "bounds have " + ideal.length + " and "
                    + nadir.length + " values; the vectors have " + m + " objectives");
        }
        return new Normalization(ideal, nadir);
    }

    private double[] point(int m) {
        if (referencePoint.size() != 1 && referencePoint.size() != m) {
            throw new InputException("--reference-point", 0, null, "give 1 or " + m + " values, not "
                    + referencePoint.size());
        }
        double[] p = new double[m];
        for (int k = 0; k < m; k++) {
            p[k] = referencePoint.get(referencePoint.size() == 1 ? 0 : k);
        }
        return p;
    }

    private void print(Map<String, Double> values, int n, int r, Normalization b, double[] point)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("points", n);
            root.put("referencePoints", r);
            root.put("ideal", b.ideal());
            root.put("nadir", b.nadir());
            root.put("referencePoint", point);
            root.put("indicators", values);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%d vectors against %d reference vectors; reference point %s (normalised)%n",
                    n, r, Arrays.toString(point));
            values.forEach((k, v) -> out.printf(Locale.ROOT, "%-12s %.10g%n", k, v));
        }
        out.flush();
    }
}
