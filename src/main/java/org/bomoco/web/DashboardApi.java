package org.bomoco.web;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.CatalogueReader;
import org.bomoco.data.InstanceReader;
import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Catalogue;
import org.bomoco.model.InputException;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;

/**
 * The sustainability dashboard's JSON API: catalogue regions with their monthly-mean carbon intensity
 * ({@code carbon-profiles.csv}), water factors and an instance's load; the 48-hour forecast of a region with the
 * lowest-carbon start window ({@link #bestWindow}); the realised series where {@code carbon-actual.csv} exists.
 */
final class DashboardApi {
    private final Catalogue catalogue;
    private final CarbonProfiles profiles;
    private final Map<String, DashboardInstance> instances = new LinkedHashMap<>();
    private final Map<String, CarbonForecast> actual = new LinkedHashMap<>();

    /** The {@code --instance} directories (by instance name) and each served experiment's placement instances. */
    DashboardApi(WebConfig config, List<ResultsSource> sources) {
        Path cat = config.catalogue();
        this.catalogue = CatalogueReader.read(cat);
        this.profiles = CarbonProfiles.read(cat.resolve("carbon-profiles.csv"));
        for (Path dir : config.instances()) {
            PlacementInstance inst = InstanceReader.read(dir);
            String key = inst.parameters().name();
            instances.put(key, DashboardInstance.of(key, inst));
            InstanceReader.readActualCarbon(dir, inst).ifPresent(a -> actual.put(key, a));
        }
        for (int k = 0; k < sources.size(); k++) {
            for (String name : sources.get(k).placementInstances()) {
                instances.put(k + "/" + name, DashboardInstance.of(k + "/" + name, sources.get(k), name));
            }
        }
    }

    /** The response body of {@code path}, or {@code null} when there is no such API. */
    Object get(String path, Map<String, String> q) {
        return switch (path) {
            case "/api/dashboard/instances" -> List.copyOf(instances.keySet());
            case "/api/dashboard/regions" -> regions(instance(q).map(DashboardInstance::instance), month(q));
            case "/api/dashboard/forecast" -> forecast(q);
            case "/api/dashboard/footprint" -> footprint(q);
            case "/api/dashboard/esg.csv" -> new WebServer.Download("esg-" + safe(required(q).key()) + ".csv",
                    "text/csv; charset=utf-8", Footprints.csv(footprint(q)));
            default -> null;
        };
    }

    /** Why the dashboard cannot show {@code q}'s instance, or {@code null} when it can. */
    String checkPage(Map<String, String> q) {
        try {
            instance(q);
            return null;
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    /** The printable ESG summary page of {@code q}'s instance and plan. */
    String esgPage(Map<String, String> q) {
        DashboardInstance e = required(q);
        return EsgPage.html(footprint(q), "/api/dashboard/esg.csv?instance=" + java.net.URLEncoder.encode(e.key(),
                java.nio.charset.StandardCharsets.UTF_8) + "&plan=" + java.net.URLEncoder.encode(
                q.getOrDefault("plan", "current"), java.nio.charset.StandardCharsets.UTF_8));
    }

    private Map<String, Object> footprint(Map<String, String> q) {
        DashboardInstance e = required(q);
        String plan = q.getOrDefault("plan", "current");
        Map<String, Object> m = Footprints.body(e.key(), e.problem(), e.plan(plan), e.planLabel(plan));
        m.put("plans", e.plans());
        return m;
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private DashboardInstance required(Map<String, String> q) {
        return instance(q).orElseThrow(() -> new InputException("instance", 0, null,
                "this view needs ?instance=NAME of a served instance"));
    }

    private Optional<DashboardInstance> instance(Map<String, String> q) {
        String name = q.get("instance");
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        DashboardInstance inst = instances.get(name);
        if (inst == null) {
            throw new InputException("instance", 0, null, "no instance '" + name + "' is served; start serve with "
                    + "--instance DIR (served: " + (instances.isEmpty() ? "none" : String.join(", ",
                    instances.keySet())) + ")");
        }
        return Optional.of(inst);
    }

    private static int month(Map<String, String> q) {
        try {
            int m = Integer.parseInt(q.getOrDefault("month", "0"));
            return m >= 1 && m <= 12 ? m : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Every catalogue region; with an instance, its vCPU load and 48-hour forecast where it has the region. */
    private Map<String, Object> regions(Optional<PlacementInstance> inst, int monthAsked) {
        int month = monthAsked > 0 ? monthAsked
                : inst.map(i -> i.forecast().start().atZone(ZoneOffset.UTC).getMonthValue()).orElse(1);
        Map<String, Integer> load = new LinkedHashMap<>();
        inst.ifPresent(i -> i.workloads().forEach(w -> load.merge(w.regionId(), vcpus(i, w), Integer::sum)));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Region r : catalogue.regions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("region", r.id());
            m.put("provider", r.provider().id());
            m.put("jurisdiction", r.jurisdiction());
            m.put("lat", r.latitude());
            m.put("lon", r.longitude());
            m.put("pue", r.pue());
            m.put("wue", r.wueLitresPerKwh());
            m.put("ewif", r.ewifLitresPerKwh());
            m.put("capacity", r.vcpuCapacity());
            m.put("ci", profiles.hasZone(r.carbonZone()) ? profiles.monthlyMean(r.carbonZone(), month)
                    : r.meanGramsCo2PerKwh());
            m.put("load", load.getOrDefault(r.id(), 0));
            inst.ifPresent(i -> m.put("hourly", i.forecast().gramsCo2PerKwh().get(r.id())));
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("month", month);
        body.put("instance", inst.map(i -> i.parameters().name()).orElse(null));
        body.put("start", inst.map(i -> i.forecast().start().toString()).orElse(null));
        body.put("regions", out);
        return body;
    }

    private static int vcpus(PlacementInstance inst, Workload w) {
        int per = inst.sizes().stream().filter(s -> s.id().equals(w.sizeId())).mapToInt(s -> s.vcpus())
                .findFirst().orElse(0);
        return per * w.count();
    }

    private Map<String, Object> forecast(Map<String, String> q) {
        PlacementInstance inst = required(q).instance();
        String region = q.getOrDefault("region", "");
        double[] series = inst.forecast().gramsCo2PerKwh().get(region);
        if (series == null) {
            throw new InputException("region", 0, null, "instance '" + inst.parameters().name() + "' has no region '"
                    + region + "'; it has " + String.join(", ", inst.forecast().gramsCo2PerKwh().keySet()));
        }
        int duration;
        try {
            duration = Integer.parseInt(q.getOrDefault("duration", "4"));
        } catch (NumberFormatException e) {
            throw new InputException("duration", 0, null, "'" + q.get("duration") + "' is not a whole number of hours");
        }
        if (duration < 1 || duration > series.length) {
            throw new InputException("duration", 0, null, "duration must be 1.." + series.length + " hours");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", region);
        m.put("start", inst.forecast().start().toString());
        m.put("forecast", series);
        CarbonForecast a = actual.get(q.get("instance"));
        m.put("actual", a == null ? null : a.gramsCo2PerKwh().get(region));
        m.put("duration", duration);
        int best = bestWindow(series, duration);
        m.put("bestStart", best);
        m.put("bestMean", mean(series, best, duration));
        return m;
    }

    /**
     * The start hour of the {@code duration}-hour window of lowest mean intensity inside {@code series} (the
     * earliest on ties); a sliding sum, O(n).
     */
    static int bestWindow(double[] series, int duration) {
        double sum = 0;
        for (int h = 0; h < duration; h++) {
            sum += series[h];
        }
        double bestSum = sum;
        int best = 0;
        for (int s = 1; s + duration <= series.length; s++) {
            sum += series[s + duration - 1] - series[s - 1];
            if (sum < bestSum - 1e-9 * Math.abs(bestSum)) {
                bestSum = sum;
                best = s;
            }
        }
        return best;
    }

    private static double mean(double[] series, int start, int duration) {
        double sum = 0;
        for (int h = start; h < start + duration; h++) {
            sum += series[h];
        }
        return sum / duration;
    }
}
