package org.bomoco.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Choice;
import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceParameters;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Purchase;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;
import org.bomoco.model.WorkloadKind;
import org.junit.jupiter.api.Test;

/**
 * A three-workload instance evaluated by hand from the formulas of PROBLEM.md. All regions and users lie on the
 * equator, so the haversine distance is exactly {@code 6371 km · Δlongitude in radians}.
 *
 * <p>Decision: web (2 × v4 in a-eu) migrates to z-eu (the other provider) at v2; api (spot not allowed) turns
 * spot in place; etl (batch, 3 × v1) migrates to a-us on spot with a 2-hour delay. maxMigrations = 1.
 */
class HandComputedEvaluationTest {
    private static final double TOLERANCE = 1e-9;
    /** km per degree of longitude on the equator. */
    private static final double KM_PER_DEGREE = 6371 * Math.PI / 180;

    /** lat(Δ degrees of longitude on the equator) = 20.5 + 0.0148·km. */
    private static double lat(double degrees) {
        return 20.5 + 0.0148 * degrees * KM_PER_DEGREE;
    }

    static PlacementInstance instance() {
        List<InstanceSize> sizes = List.of(new InstanceSize("v1", 1, 2.0, 0.001),
                new InstanceSize("v2", 2, 4.0, 0.002), new InstanceSize("v4", 4, 8.0, 0.004));
        Map<Provider, ProviderSpec> providers = Map.of(
                Provider.AWS, new ProviderSpec(Provider.AWS, 1.0, 4.0, 0.5, 0.02, 0.09,
                        new double[] {0.05, 0.10, 0.20}),
                Provider.AZURE, new ProviderSpec(Provider.AZURE, 2.0, 5.0, 0.4, 0.03, 0.08,
                        new double[] {0.06, 0.12, 0.24}));
        List<Region> regions = List.of(
                new Region("a-eu", Provider.AWS, "EU", 0, 0, 1.2, 0.5, 2.0, 300, 1.0, 0.6, 0.5, 100, ""),
                new Region("a-us", Provider.AWS, "US", 0, -75, 1.1, 0.2, 3.0, 400, 0.9, 0.7, 1.0, 2, ""),
                new Region("z-eu", Provider.AZURE, "EU", 0, 5, 1.25, 0.3, 1.5, 200, 1.1, 0.5, 0.2, 100, ""));
        double[] flat300 = new double[48];
        double[] us = new double[48];
        double[] flat200 = new double[48];
        Arrays.fill(flat300, 300);
        Arrays.fill(us, 400);
        us[2] = 350;
        us[3] = 250;
        Arrays.fill(flat200, 200);
        List<Workload> workloads = List.of(
                new Workload("web", 2, "a-eu", "v4", 0.3, 0.5, WorkloadKind.ALWAYS_ON, 0, 0, 0, true, Set.of("EU"),
                        0, 10, 25, 120, 10_000, 0.01),
                new Workload("api", 1, "a-eu", "v2", 0.5, 0.7, WorkloadKind.ALWAYS_ON, 0, 0, 0, false, Set.of("EU"),
                        0, 0, 50, 10, 5_000, 0.02),
                new Workload("etl", 3, "a-eu", "v1", 0.8, 0.9, WorkloadKind.BATCH, 2, 10, 3, true, Set.of("EU"),
                        0, 0, 1000, 50, 0, 0));
        return new PlacementInstance(new InstanceParameters("hand", 1), regions, sizes, providers, workloads,
                List.of(new Dependency("web", "api", 100)), new CarbonForecast(Instant.EPOCH,
                        Map.of("a-eu", flat300, "a-us", us, "z-eu", flat200)));
    }

    /** web → z-eu v2 on-demand; api → a-eu v2 spot; etl → a-us v1 spot, delay 2. */
    static final int[] DECISION = {2, 1, 0, 0, 0, 1, 1, 0, 1, 0, 1, 2};

    @Test
    void objectivesMatchHandArithmetic() {
        Evaluation e = PlacementProblem.compile(instance()).evaluate(DECISION);
        // cost: web 2·730 h · 0.12 $/h (azure v2) · 1.1 + migration 120 GB · 0.09 (aws internet, source) / 12
        //       + dependency 100 GB · egress(z-eu → a-eu) = azure internet 0.08;
        //       api 730 · 0.10 · 1.0 · (1 − 0.6); etl 3 · (2 h · 10 runs) · 0.05 · 0.9 · (1 − 0.7)
        //       + migration 50 GB · 0.02 (aws inter-region) / 12
        double expectedCost = 2 * 730 * 0.12 * 1.1 + 120 * 0.09 / 12 + 100 * 0.08
                + 730 * 0.10 * 1.0 * (1 - 0.6)
                + 3 * 20 * 0.05 * 0.9 * (1 - 0.7) + 50 * 0.02 / 12;
        // power: web u' = min(1, 0.3·4/2) = 0.6, P = 2·(2 + 0.6·3) + 4·0.4 = 9.2 W, E = 2·730·9.2/1000·1.25 kWh;
        //        api u' = 0.5, P = 2·(1 + 0.5·3) + 4·0.5 = 7 W, E = 730·7/1000·1.2;
        //        etl u' = 0.8, P = 1·(1 + 0.8·3) + 2·0.5 = 4.4 W, E = 3·20·4.4/1000·1.1
        double eWeb = 2 * 730 * 9.2 / 1000 * 1.25;
        double eApi = 730 * 7.0 / 1000 * 1.2;
        double eEtl = 3 * 20 * 4.4 / 1000 * 1.1;
        // carbon: CI web = CIbar(z-eu) = 200, api = 300, etl = mean(a-us[2], a-us[3]) = (350 + 250)/2 = 300
        double expectedCarbon = eWeb * 200 / 1000 + 2 * 730 * 0.002 + eApi * 300 / 1000 + 730 * 0.002
                + eEtl * (350 + 250) / 2 / 1000 + 3 * 20 * 0.001;
        double expectedWater = eWeb / 1.25 * 0.3 + eWeb * 1.5 + eApi / 1.2 * 0.5 + eApi * 2.0
                + eEtl / 1.1 * 0.2 + eEtl * 3.0;
        // perf: web lat(user lon 10 → z-eu lon 5) + lat(z-eu → a-eu) + 100·(0.5·4/2 − 0.8)/0.2;
        //       api 20.5 (user at the region) + spot 0.5·60; etl lat(75°) + 100·(0.9 − 0.8)/0.2 + spot 1.0·60 + 2
        double perfWeb = lat(5) + lat(5) + 100 * (1.0 - 0.8) / 0.2;
        double perfApi = lat(0) + 0.5 * 60;
        double perfEtl = lat(75) + 100 * (0.9 - 0.8) / 0.2 + 1.0 * 60 + 2;
        double expectedPerformance = 2 * perfWeb + 1 * perfApi + 3 * perfEtl;
        // perf0: web lat(10) + 1 (dependency in the same region); api 20.5; etl 20.5 + 50
        double perf0Web = lat(10) + 1;
        double perf0Api = lat(0);
        double expectedKpi = 10_000 * 0.01 * (perfWeb - perf0Web) / 100
                + 5_000 * 0.02 * (perfApi - perf0Api) / 100 + 5_000 * 0.5 * 0.001; // = 119.5 + 30 + 2.5
        assertEquals(expectedCost, e.objective(Objective.COST), TOLERANCE);
        assertEquals(231.71333333333334, expectedCost, TOLERANCE); // 192.72 + 0.9 + 8 + 29.2 + 0.81 + 0.08333
        assertEquals(expectedCarbon, e.objective(Objective.CARBON), TOLERANCE);
        assertEquals(expectedWater, e.objective(Objective.WATER), TOLERANCE);
        assertEquals(expectedPerformance, e.objective(Objective.PERFORMANCE), TOLERANCE);
        assertEquals(152.0, expectedKpi, TOLERANCE);
        assertEquals(expectedKpi, e.objective(Objective.BUSINESS_KPI), TOLERANCE);
    }

    @Test
    void constraintsMatchHandArithmetic() {
        Evaluation e = PlacementProblem.compile(instance()).evaluate(DECISION);
        assertEquals(1, e.violation(Constraint.SOVEREIGNTY), TOLERANCE); // etl (EU only) in a-us (US)
        assertEquals(lat(5) - 25, e.violation(Constraint.LATENCY), TOLERANCE); // web SLO 25 ms; others within
        assertEquals(1.0 - 0.9, e.violation(Constraint.HEADROOM), TOLERANCE); // web u95' = 0.5·4/2 = 1.0
        assertEquals((3 * 1 - 2) / 2.0, e.violation(Constraint.CAPACITY), TOLERANCE); // a-us: 3 × v1 vs cap 2
        assertEquals(1, e.violation(Constraint.SPOT), TOLERANCE); // api on spot, spot_ok false
        assertEquals(2 - 1, e.violation(Constraint.MIGRATIONS), TOLERANCE); // web, etl moved; budget 1
        assertFalse(e.feasible());
    }

    @Test
    void decodesToTheIntendedChoices() {
        PlacementProblem problem = PlacementProblem.compile(instance());
        assertEquals(List.of(new Choice("web", "z-eu", "v2", Purchase.ON_DEMAND, 0),
                new Choice("api", "a-eu", "v2", Purchase.SPOT, 0),
                new Choice("etl", "a-us", "v1", Purchase.SPOT, 2)), problem.decode(DECISION).choices());
        assertArrayEquals(new int[] {0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, problem.currentDecision());
    }

    @Test
    void currentStateMatchesHandArithmetic() {
        PlacementProblem problem = PlacementProblem.compile(instance());
        Evaluation e = problem.evaluate(problem.currentDecision());
        // cost: web 2·730·0.20·1.0, api 730·0.10·1.0, etl 3·20·0.05·1.0; no egress (all in a-eu)
        assertEquals(2 * 730 * 0.20 + 730 * 0.10 + 3 * 20 * 0.05, e.objective(Objective.COST), TOLERANCE);
        // perf: web lat(10) + 1, api 20.5, etl 20.5 + 100·(0.9 − 0.8)/0.2 + 0 delay
        assertEquals(2 * (lat(10) + 1) + lat(0) + 3 * (lat(0) + 50), e.objective(Objective.PERFORMANCE), TOLERANCE);
        assertEquals(0.0, e.objective(Objective.BUSINESS_KPI));
        // the current state already misses web's 25 ms SLO (user 10° away); nothing else is violated
        assertEquals(lat(10) - 25, e.violation(Constraint.LATENCY), TOLERANCE);
        assertEquals(lat(10) - 25, e.totalViolation(), TOLERANCE);
    }
}
