package org.bomoco.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bomoco.experiment.VectorFiles;
import org.bomoco.indicators.Indicator;
import org.bomoco.model.InputException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bomoco indicators}: score any CSV of objective vectors with the project's indicator code, under the
 * conventions of {@link IndicatorInputs}. Every indicator is O(n log n) in 2 and 3 objectives on spread-out fronts
 * (hypervolume by sweeps, the distance indicators by k-d trees), so fronts of 200,000 vectors take seconds.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Score a CSV of objective vectors (minimised; from BOMOCO or another tool) with hypervolume, "
                + "IGD+, IGD, additive epsilon and spread.",
            "Conventions: normalisation bounds need nadir > ideal in every objective (an equal pair is an error "
                + "naming the objective); in normalised space the reference point must be above 0 (the ideal) in "
                + "every objective; with --normalize none it is in raw objectives and may be negative; when "
                + "hypervolume is computed, at least one vector must strictly dominate the reference point "
                + "(else exit 2). Vectors that do not dominate it add nothing and are counted in the output."})
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--front", required = true, paramLabel = "FILE", description = "The vectors to score.")
    Path front;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Reference set (e.g. the true front); default: the front itself (distance indicators "
                    + "are then 0).")
    Path reference;

    @Option(names = "--reference-point", split = ",", paramLabel = "R",
            description = "Hypervolume reference point, one value for every objective or one per objective "
                    + "(default: 1.1), in the space of --normalize: normalised (must be > 0), or raw with none.")
    List<Double> referencePoint = List.of(1.1);

    @Option(names = "--normalize", defaultValue = "reference", paramLabel = "reference|none|FILE|I1,..;N1,..",
            description = "Normalisation bounds: the reference set's ideal and nadir (default), none (raw "
                    + "objectives), a reference/<instance>.json of 'bomoco run', or 'ideal;nadir' as two comma lists.")
    String normalize;

    @Option(names = "--indicators", split = ",", paramLabel = "ID",
            description = "Compute only these: hypervolume, igd+, igd, epsilon, spread (default: all).")
    List<String> indicators;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        List<Indicator> chosen = IndicatorInputs.indicators(indicators);
        double[][] f = VectorFiles.read(front);
        double[][] ref = reference == null ? f : VectorFiles.read(reference);
        int m = f[0].length;
        if (ref[0].length != m) {
            throw new InputException(String.valueOf(reference), 0, null, "vectors have " + ref[0].length
                    + " objectives but the front's have " + m);
        }
        String refName = String.valueOf(reference == null ? front : reference);
        IndicatorInputs.Space space = IndicatorInputs.space(normalize, ref, refName, m);
        double[] point = IndicatorInputs.referencePoint(referencePoint, m, space.normalised());
        double[][] nf = space.apply(f);
        double[][] nr = space.apply(ref);
        int outside = chosen.contains(Indicator.HYPERVOLUME)
                ? IndicatorInputs.outside(nf, point, front.toString(), space) : -1;
        Map<String, Double> values = new LinkedHashMap<>();
        for (Indicator i : chosen) {
            values.put(i.id(), i.compute(nf, nr, point));
        }
        print(values, new Counts(f.length, ref.length, outside), space, point);
        return 0;
    }

    /** Vector counts of the output; {@code outside} is −1 when hypervolume was not computed. */
    private record Counts(int front, int reference, int outside) {
    }

    private void print(Map<String, Double> values, Counts n, IndicatorInputs.Space space, double[] point)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("points", n.front());
            root.put("referencePoints", n.reference());
            root.put("referenceSet", reference == null ? "front" : reference.toString());
            root.put("normalization", space.source());
            if (space.normalised()) {
                root.put("ideal", space.bounds().ideal());
                root.put("nadir", space.bounds().nadir());
            }
            if (n.outside() >= 0) {
                root.put("referencePoint", point);
                root.put("outsideReferencePoint", n.outside());
            }
            root.put("indicators", values);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%s: %d vectors against %s%n", front, n.front(), reference == null
                    ? "themselves (no --reference)" : reference + ": " + n.reference() + " vectors");
            out.println("objectives " + space.description());
            if (n.outside() >= 0) {
                out.printf(Locale.ROOT, "hypervolume reference point %s in %s objectives; %d of %d vectors do not "
                        + "strictly dominate it and add nothing%n", IndicatorInputs.list(point),
                        space.normalised() ? "normalised" : "raw", n.outside(), n.front());
            }
            values.forEach((k, v) -> out.printf(Locale.ROOT, "%-12s %.10g%n", k, v));
        }
        out.flush();
    }
}
