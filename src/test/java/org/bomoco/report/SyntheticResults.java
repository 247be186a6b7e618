package org.bomoco.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bomoco.experiment.FrontFiles;
import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.TracePoint;
import org.bomoco.problem.Objective;

/**
 * A small results directory in the issue-4 layout: placement instance {@code place_1} (nsga2@moea, moead_x,
 * composite) and benchmark {@code zdt1} (nsga2@moea, moead_x); RunRecords written with Jackson, three checkpoints
 * (100, 200, 300 evaluations) per run, indicators hypervolume and igd+.
 */
final class SyntheticResults {
    static final String PLACEMENT = "place_1";
    static final String BENCHMARK = "zdt1";
    /** Final hypervolumes on place_1; sorted 0.78 0.80 0.81 0.82 0.85: R-7 q1 = x(2), median = x(3), q3 = x(4). */
    static final double[] NSGA2_HV = {0.80, 0.82, 0.78, 0.85, 0.81};
    /** Sorted 0.60 0.65 0.70 0.75: h = 3p + 1 → q1 = 0.60 + 0.75·0.05 = 0.6375, median 0.675, q3 0.7125. */
    static final double[] MOEAD_HV = {0.60, 0.70, 0.75, 0.65};
    static final double[] COMPOSITE_HV = {0.52, 0.52, 0.52};
    static final long[] CHECKPOINTS = {100, 200, 300};

    private SyntheticResults() {
    }

    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("experiment.yaml"), "name: synth-exp\nseed: 1\nreplicates: 5\n");
        Files.writeString(dir.resolve("environment.json"), "{\"bomoco\":\"0.1.0\",\"libraries\":"
                + "{\"moeaframework\":\"5.0\",\"jmetal\":\"6.6\"},\"java\":\"17.0.9 (Eclipse Adoptium)\","
                + "\"processors\":8,\"startTime\":\"2025-01-01T00:00:00Z\"}");
        StringBuilder csv = new StringBuilder("instance,algorithm,replicate,evaluations,indicator,value\n");
        ObjectMapper json = new ObjectMapper();
        SplittableRandom rng = new SplittableRandom(42);
        for (String instance : List.of(PLACEMENT, BENCHMARK)) {
            int m = instance.equals(PLACEMENT) ? 5 : 2;
            runs(dir, json, rng, csv, instance, "nsga2@moea", "nsga2@moea", NSGA2_HV, m);
            runs(dir, json, rng, csv, instance, "moead_x", "moead@jmetal", MOEAD_HV, m);
            if (instance.equals(PLACEMENT)) {
                runs(dir, json, rng, csv, instance, "composite", "composite", COMPOSITE_HV, m);
            }
        }
        Files.writeString(dir.resolve("indicators.csv"), csv);
        references(dir);
        return dir;
    }

    private static void runs(Path dir, ObjectMapper json, SplittableRandom rng, StringBuilder csv, String instance,
                             String label, String id, double[] hv, int m) throws IOException {
        for (int r = 0; r < hv.length; r++) {
            RunKey key = new RunKey(instance, label, r);
            List<TracePoint> trace = new ArrayList<>();
            List<double[]> front = id.equals("composite") ? List.of(point(rng, m, 0.5)) : front(rng, m, 12);
            for (int k = 0; k < CHECKPOINTS.length; k++) {
                // checkpoint k reaches (k + 1)/3 of the final hypervolume; igd+ = 1 − hypervolume
                double v = hv[r] * (k + 1) / CHECKPOINTS.length;
                long evals = CHECKPOINTS[k] + r;
                csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,hypervolume,%s%n", instance, label, r, evals, v));
                String igd = k == 0 && r == 0 ? "NaN" : Double.toString(1 - v);
                csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,igd+,%s%n", instance, label, r, evals, igd));
                trace.add(new TracePoint(evals, 0.1 * (k + 1), front));
            }
            List<Boolean> feasible = front.stream().map(p -> true).toList();
            RunRecord record = new RunRecord(key, key.seed(1), id, id.contains("jmetal") ? "jmetal" : "moea",
                    CHECKPOINTS[CHECKPOINTS.length - 1] + r, 0.3, trace, front, feasible, List.of());
            Path file = dir.resolve("runs").resolve(key.path() + ".json");
            Files.createDirectories(file.getParent());
            json.writeValue(file.toFile(), record);
        }
    }

    private static List<double[]> front(SplittableRandom rng, int m, int n) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(point(rng, m, rng.nextDouble()));
        }
        return out;
    }

    /** A point whose objectives trade off along {@code t}, scaled like the placement objectives. */
    private static double[] point(SplittableRandom rng, int m, double t) {
        double[] scale = m == 5 ? new double[] {5000, 800, 20000, 60, 300} : new double[] {1, 1};
        double[] p = new double[m];
        for (int k = 0; k < m; k++) {
            double base = k % 2 == 0 ? t : 1 - Math.sqrt(t);
            p[k] = scale[k] * (0.2 + base + 0.05 * rng.nextDouble());
        }
        return p;
    }

    private static void references(Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        List<String> cols = new ArrayList<>();
        for (Objective o : Objective.values()) {
            cols.add(FrontFiles.column(o));
        }
        Files.writeString(ref.resolve(PLACEMENT + ".csv"), String.join(",", cols) + "\n1000,200,5000,15,50\n"
                + "6000,900,25000,70,350\n");
        Files.writeString(ref.resolve(PLACEMENT + ".json"), "{\"source\":\"union\",\"ideal\":[1000,200,5000,15,50],"
                + "\"nadir\":[6000,900,25000,70,350],\"referencePoint\":[1.1,1.1,1.1,1.1,1.1],\"points\":2}");
        Files.writeString(ref.resolve(BENCHMARK + ".csv"), "f1,f2\n0,1\n1,0\n");
        Files.writeString(ref.resolve(BENCHMARK + ".json"), "{\"source\":\"analytic\",\"ideal\":[0,0],"
                + "\"nadir\":[1,1],\"referencePoint\":[1.1,1.1],\"points\":2}");
    }
}
