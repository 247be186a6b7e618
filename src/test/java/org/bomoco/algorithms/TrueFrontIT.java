package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.bomoco.data.InstanceReader;
import org.bomoco.indicators.Hypervolume;
import org.bomoco.indicators.IgdPlus;
import org.bomoco.indicators.Normalization;
import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceParameters;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a tiny instance whose true Pareto front {@code exact} enumerates, NSGA-II and NSGA-III from both libraries get
 * close to it within a modest budget: over {@value #SEEDS} seeds, the median IGD+ is at most {@value #MAX_IGD_PLUS}
 * of the normalised objective range and the median hypervolume at least {@value #MIN_HV_RATIO} of the true front's
 * (issue 3's figures). Normalisation: the true front's ideal and nadir; hypervolume reference point 1.1 per
 * objective after normalisation.
 *
 * <p>The instance: three workloads of the demo (web-frontend, thumbnails, analytics-etl — a batch job with 18 h of
 * slack), three regions (eu-central-1, europe-west1, us-central1), four sizes (v2, v4, v8, v16), migration budget 1:
 * 24 · 24 · 456 = 262,656 decisions (analytics-etl needs v16 to meet the 0.9 headroom).
 */
class TrueFrontIT {
    static final int SEEDS = 5;
    static final long BUDGET = 20_000;
    /**
     * NSGA-II's population: the true front has 180 points, more than the usual 100 can hold, so NSGA-II gets the
     * same 212 as NSGA-III's 6-division default (210 reference points rounded up to a multiple of 4).
     */
    static final int NSGA2_POPULATION = 212;
    /** NSGA-III keeps about one solution per reference direction: 8 divisions give 330 directions for 180 points. */
    static final int NSGA3_DIVISIONS = 8;
    static final double MAX_IGD_PLUS = 0.01;
    static final double MIN_HV_RATIO = 0.98;
    static final double REFERENCE = 1.1;

    private static PlacementProblem problem;
    private static Normalization bounds;
    private static double[][] trueFront;
    private static double trueHv;

    @BeforeAll
    static void enumerate() {
        problem = PlacementProblem.compile(tinyFromDemo());
        SolveResult exact = AlgorithmRegistry.standard().get("exact")
                .solve(problem, SolveSpec.of("exact", 1, 0), ProgressListener.NONE);
        trueFront = objectives(exact.front());
        bounds = Normalization.of(trueFront);
        trueHv = hv(trueFront);
        System.out.printf("true front: %d points from %,d decisions; HV %.6f%n", trueFront.length,
                exact.evaluations(), trueHv);
    }

    static PlacementInstance tinyFromDemo() {
        PlacementInstance demo = InstanceReader.read(Path.of("datasets", "instances", "demo"));
        Set<String> regions = Set.of("eu-central-1", "europe-west1", "us-central1");
        Set<String> sizes = Set.of("v2", "v4", "v8", "v16");
        Set<String> workloads = Set.of("web-frontend", "thumbnails", "analytics-etl");
        List<Region> r = demo.regions().stream().filter(x -> regions.contains(x.id())).toList();
        List<Workload> w = demo.workloads().stream().filter(x -> workloads.contains(x.id())).toList();
        List<Dependency> d = demo.dependencies().stream()
                .filter(x -> workloads.contains(x.from()) && workloads.contains(x.to())).toList();
        List<Integer> keep = new ArrayList<>();
        for (int s = 0; s < demo.sizes().size(); s++) {
            if (sizes.contains(demo.sizes().get(s).id())) {
                keep.add(s);
            }
        }
        var providers = new java.util.EnumMap<org.bomoco.model.Provider, org.bomoco.model.ProviderSpec>(
                org.bomoco.model.Provider.class);
        demo.providers().forEach((p, spec) -> providers.put(p, new org.bomoco.model.ProviderSpec(p,
                spec.minWattsPerVcpu(), spec.maxWattsPerVcpu(), spec.memoryWattsPerGb(),
                spec.interRegionEgressUsdPerGb(), spec.internetEgressUsdPerGb(),
                keep.stream().mapToDouble(spec::onDemandUsdPerHour).toArray())));
        var forecast = new java.util.LinkedHashMap<String, double[]>();
        r.forEach(x -> forecast.put(x.id(), demo.forecast().series(x.id())));
        return new PlacementInstance(new InstanceParameters("tiny-demo", 1), r,
                demo.sizes().stream().filter(x -> sizes.contains(x.id())).toList(), providers, w, d,
                new org.bomoco.model.CarbonForecast(demo.forecast().start(), forecast));
    }

    private static double[][] objectives(List<Candidate> front) {
        return front.stream().filter(Candidate::feasible).map(Candidate::objectives).toArray(double[][]::new);
    }

    private static double hv(double[][] front) {
        double[] ref = new double[5];
        Arrays.fill(ref, REFERENCE);
        return Hypervolume.compute(bounds.normalize(front), ref);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @ParameterizedTest
    @ValueSource(strings = {"nsga2@moea", "nsga2@jmetal", "nsga3@moea", "nsga3@jmetal"})
    void reachesTheTrueFront(String id) {
        Optimizer optimizer = AlgorithmRegistry.standard().get(id);
        double[] igd = new double[SEEDS];
        double[] ratio = new double[SEEDS];
        for (int seed = 1; seed <= SEEDS; seed++) {
            boolean nsga2 = id.startsWith("nsga2");
            SolveResult r = optimizer.solve(problem, new SolveSpec(id, BUDGET, seed, nsga2 ? NSGA2_POPULATION : 0,
                    nsga2 ? java.util.Map.of() : java.util.Map.of("divisions", NSGA3_DIVISIONS), List.of()),
                    ProgressListener.NONE);
            double[][] front = objectives(r.front());
            igd[seed - 1] = IgdPlus.compute(bounds.normalize(front), bounds.normalize(trueFront));
            ratio[seed - 1] = hv(front) / trueHv;
        }
        System.out.printf("%s: median IGD+ %.5f (%s), median HV ratio %.5f (%s)%n", id, median(igd),
                Arrays.toString(igd), median(ratio), Arrays.toString(ratio));
        assertTrue(median(igd) <= MAX_IGD_PLUS, id + " IGD+ " + Arrays.toString(igd));
        assertTrue(median(ratio) >= MIN_HV_RATIO, id + " HV ratio " + Arrays.toString(ratio));
    }
}
