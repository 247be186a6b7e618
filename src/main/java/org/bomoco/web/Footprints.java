package org.bomoco.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.bomoco.model.Region;
import org.bomoco.problem.Footprint;
import org.bomoco.problem.Footprint.Part;
import org.bomoco.problem.PlacementProblem;

/**
 * The footprint of an instance: the current state against a chosen plan, per month, in total, per region and per
 * provider ({@link Footprint#perWorkload}): cost, facility energy, location-based operational carbon (GHG Protocol
 * Scope 2), embodied carbon (Scope 3, reported apart) and water, on site ({@code E·WUE/PUE}) and off site
 * ({@code E·EWIF}).
 */
final class Footprints {
    /** The method statement printed with every figure. */
    static final String METHOD = "Carbon follows the GHG Protocol Scope 2 Guidance (2015), location-based method: "
            + "facility energy (IT energy × PUE) times the average grid intensity of each region's grid over the "
            + "hours the workload runs (the instance's 48-hour forecast, gCO2e/kWh); no market instruments "
            + "(certificates, PPAs). Embodied hardware emissions are Scope 3 and are reported apart, not in Scope 2. "
            + "All figures per month.";
    /** Keys of one footprint, in output order. */
    static final List<String> KEYS = List.of("workloads", "cost_usd", "energy_kwh", "scope2_location_kgco2e",
            "embodied_kgco2e", "water_l", "water_onsite_l", "water_offsite_l");

    private Footprints() {
    }

    /** Per group key (e.g. region id), the summed footprint of {@code x}'s workloads in that group. */
    static Map<String, double[]> grouped(PlacementProblem problem, int[] x, Function<Region, String> key) {
        double[][] f = Footprint.perWorkload(problem, x);
        List<Region> regions = problem.instance().regions();
        Map<String, double[]> out = new TreeMap<>();
        for (int i = 0; i < f.length; i++) {
            Region r = regions.get(x[PlacementProblem.VARIABLES_PER_WORKLOAD * i]);
            double[] acc = out.computeIfAbsent(key.apply(r), k -> new double[KEYS.size()]);
            double kwh = f[i][Part.ENERGY_KWH.ordinal()];
            double[] v = {problem.instance().workloads().get(i).count(), f[i][Part.COST_USD.ordinal()], kwh,
                f[i][Part.SCOPE2_KG.ordinal()], f[i][Part.EMBODIED_KG.ordinal()], f[i][Part.WATER_L.ordinal()],
                kwh * r.wueLitresPerKwh() / r.pue(), kwh * r.ewifLitresPerKwh()};
            for (int k = 0; k < v.length; k++) {
                acc[k] += v[k];
            }
        }
        return out;
    }

    /** The footprint body: totals, per region and per provider, current against {@code plan}. */
    static Map<String, Object> body(String instance, PlacementProblem problem, int[] plan, String planLabel) {
        int[] current = problem.currentDecision();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instance", instance);
        m.put("plan", planLabel);
        m.put("method", METHOD);
        m.put("keys", KEYS);
        Map<String, Region> byId = new LinkedHashMap<>();
        problem.instance().regions().forEach(r -> byId.put(r.id(), r));
        m.put("total", compare(grouped(problem, current, r -> "total"), grouped(problem, plan, r -> "total"), null));
        m.put("regions", compare(grouped(problem, current, Region::id), grouped(problem, plan, Region::id), byId));
        m.put("providers", compare(grouped(problem, current, r -> r.provider().id()),
                grouped(problem, plan, r -> r.provider().id()), null));
        return m;
    }

    private static List<Map<String, Object>> compare(Map<String, double[]> now, Map<String, double[]> plan,
                                                     Map<String, Region> regions) {
        TreeMap<String, Boolean> keys = new TreeMap<>();
        now.keySet().forEach(k -> keys.put(k, true));
        plan.keySet().forEach(k -> keys.put(k, true));
        List<Map<String, Object>> out = new ArrayList<>();
        for (String k : keys.keySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", k);
            if (regions != null) {
                row.put("provider", regions.get(k).provider().id());
                row.put("jurisdiction", regions.get(k).jurisdiction());
            }
            row.put("current", named(now.getOrDefault(k, new double[KEYS.size()])));
            row.put("plan", named(plan.getOrDefault(k, new double[KEYS.size()])));
            out.add(row);
        }
        return out;
    }

    private static Map<String, Double> named(double[] v) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < KEYS.size(); k++) {
            m.put(KEYS.get(k), v[k]);
        }
        return m;
    }

    /** The ESG summary as CSV: one row per (level, key, state); the Scope 2 method named in every row. */
    @SuppressWarnings("unchecked")
    static String csv(Map<String, Object> body) {
        StringBuilder sb = new StringBuilder("level,key,provider,jurisdiction,state," + String.join(",", KEYS)
                + ",scope2_method\n");
        for (String level : List.of("total", "providers", "regions")) {
            for (Map<String, Object> row : (List<Map<String, Object>>) body.get(level)) {
                for (String state : List.of("current", "plan")) {
                    sb.append(level.equals("total") ? "total" : level.substring(0, level.length() - 1)).append(',')
                            .append(row.get("key")).append(',').append(row.getOrDefault("provider",
                                    level.equals("providers") ? row.get("key") : "")).append(',')
                            .append(row.getOrDefault("jurisdiction", "")).append(',').append(state);
                    ((Map<String, Double>) row.get(state)).values().forEach(v -> sb.append(',').append(v));
                    sb.append(",GHG Protocol Scope 2 location-based\n");
                }
            }
        }
        return sb.toString();
    }
}
