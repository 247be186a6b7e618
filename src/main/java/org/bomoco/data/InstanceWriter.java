package org.bomoco.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.bomoco.model.CarbonForecast;
import org.bomoco.model.Dependency;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.PlacementInstance;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;
import org.bomoco.model.Workload;

/**
 * Writes an instance directory in the layout {@link InstanceReader} reads ({@code docs/formats.md}). The output is
 * byte-for-byte deterministic: columns in the order of {@link InstanceFiles}, rows in the instance's order
 * (providers in {@link Provider} order, jurisdiction codes sorted), numbers by {@link TextOut#number} (exact
 * round trip, no locale), UTF-8 with {@code '\n'} line ends. Each file is replaced atomically.
 */
public final class InstanceWriter {
    private InstanceWriter() {
    }

    /**
     * Writes {@code instance} (and the realised intensities {@code actual}, if present) to {@code dir}, creating it
     * if needed. When {@code actual} is empty, a stale {@code carbon-actual.csv} in {@code dir} is deleted so that
     * the directory describes exactly this instance.
     *
     * @throws IllegalArgumentException when a forecast lacks a region's 48 hourly values or the two series start
     *         at different times
     * @throws java.io.UncheckedIOException when a file cannot be written or a stale one deleted (an I/O failure)
     */
    public static void write(PlacementInstance instance, Optional<CarbonForecast> actual, Path dir) {
        if (actual.isPresent() && !actual.get().start().equals(instance.forecast().start())) {
            throw new IllegalArgumentException("the actual intensities start at " + actual.get().start()
                    + " but the forecast at " + instance.forecast().start());
        }
        TextOut.writeAtomically(dir.resolve(InstanceFiles.INSTANCE_YAML), yaml(instance));
        TextOut.writeAtomically(dir.resolve(InstanceFiles.REGIONS), regions(instance.regions()));
        TextOut.writeAtomically(dir.resolve(InstanceFiles.SIZES), sizes(instance.sizes()));
        TextOut.writeAtomically(dir.resolve(InstanceFiles.PROVIDERS), providers(instance));
        TextOut.writeAtomically(dir.resolve(InstanceFiles.PRICES), prices(instance));
        TextOut.writeAtomically(dir.resolve(InstanceFiles.WORKLOADS), workloads(instance.workloads()));
        TextOut.writeAtomically(dir.resolve(InstanceFiles.DEPENDENCIES), dependencies(instance.dependencies()));
        TextOut.writeAtomically(dir.resolve(InstanceFiles.CARBON), carbon(instance.forecast(), instance.regions()));
        Path actualFile = dir.resolve(InstanceFiles.CARBON_ACTUAL);
        if (actual.isPresent()) {
            TextOut.writeAtomically(actualFile, carbon(actual.get(), instance.regions()));
        } else {
            try {
                Files.deleteIfExists(actualFile);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** {@code instance.yaml}: name (a JSON string, which is valid YAML), max_migrations, forecast_start. */
    static String yaml(PlacementInstance instance) {
        return "name: " + quoted(instance.parameters().name()) + "\n"
                + "max_migrations: " + instance.parameters().maxMigrations() + "\n"
                + "forecast_start: " + instance.forecast().start() + "\n";
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String regions(List<Region> regions) {
        StringBuilder sb = header(InstanceFiles.REGION_COLUMNS);
        for (Region r : regions) {
            TextOut.line(sb, List.of(r.provider().id(), r.id(), r.jurisdiction(), num(r.latitude()),
                    num(r.longitude()), num(r.pue()), num(r.wueLitresPerKwh()), num(r.ewifLitresPerKwh()),
                    num(r.meanGramsCo2PerKwh()), num(r.priceMultiplier()), num(r.spotDiscount()),
                    num(r.spotInterruptionsPerMonth()), Integer.toString(r.vcpuCapacity()), r.carbonZone()));
        }
        return sb.toString();
    }

    private static String sizes(List<InstanceSize> sizes) {
        StringBuilder sb = header(InstanceFiles.SIZE_COLUMNS);
        for (InstanceSize s : sizes) {
            TextOut.line(sb, List.of(s.id(), Integer.toString(s.vcpus()), num(s.memoryGb()),
                    num(s.embodiedKgCo2ePerHour())));
        }
        return sb.toString();
    }

    private static String providers(PlacementInstance instance) {
        StringBuilder sb = header(InstanceFiles.PROVIDER_COLUMNS);
        for (Provider p : Provider.values()) {
            ProviderSpec s = instance.providers().get(p);
            if (s != null) {
                TextOut.line(sb, List.of(p.id(), num(s.minWattsPerVcpu()), num(s.maxWattsPerVcpu()),
                        num(s.memoryWattsPerGb()), num(s.interRegionEgressUsdPerGb()),
                        num(s.internetEgressUsdPerGb())));
            }
        }
        return sb.toString();
    }

    private static String prices(PlacementInstance instance) {
        StringBuilder sb = header(InstanceFiles.PRICE_COLUMNS);
        for (Provider p : Provider.values()) {
            ProviderSpec s = instance.providers().get(p);
            for (int i = 0; s != null && i < instance.sizes().size(); i++) {
                TextOut.line(sb, List.of(p.id(), instance.sizes().get(i).id(), num(s.onDemandUsdPerHour(i))));
            }
        }
        return sb.toString();
    }

    private static String workloads(List<Workload> workloads) {
        StringBuilder sb = header(InstanceFiles.WORKLOAD_COLUMNS);
        for (Workload w : workloads) {
            List<String> cells = new ArrayList<>(List.of(w.id(), Integer.toString(w.count()), w.regionId(),
                    w.sizeId(), num(w.cpuMean()), num(w.cpuP95()), w.kind().id(), Integer.toString(w.durationHours()),
                    Integer.toString(w.runsPerMonth()), Integer.toString(w.slackHours()), Boolean.toString(w.spotOk()),
                    String.join(InstanceFiles.JURISDICTION_SEPARATOR, new TreeSet<>(w.jurisdictions()))));
            cells.addAll(List.of(num(w.userLatitude()), num(w.userLongitude()), num(w.latencySloMs()),
                    num(w.dataGb()), num(w.revenueUsdPerMonth()), num(w.latencySensitivity())));
            TextOut.line(sb, cells);
        }
        return sb.toString();
    }

    private static String dependencies(List<Dependency> dependencies) {
        StringBuilder sb = header(InstanceFiles.DEPENDENCY_COLUMNS);
        for (Dependency d : dependencies) {
            TextOut.line(sb, List.of(d.from(), d.to(), num(d.trafficGbPerMonth())));
        }
        return sb.toString();
    }

    private static String carbon(CarbonForecast forecast, List<Region> regions) {
        StringBuilder sb = header(InstanceFiles.CARBON_COLUMNS);
        for (Region r : regions) {
            double[] series = forecast.series(r.id());
            if (series == null || series.length != CarbonForecast.WINDOW_HOURS) {
                throw new IllegalArgumentException("the carbon forecast needs " + CarbonForecast.WINDOW_HOURS
                        + " hourly values for region " + r.id());
            }
            for (int h = 0; h < series.length; h++) {
                TextOut.line(sb, List.of(r.id(), Integer.toString(h), num(series[h])));
            }
        }
        return sb.toString();
    }

    private static StringBuilder header(List<String> columns) {
        return new StringBuilder(String.join(",", columns)).append('\n');
    }

    private static String num(double d) {
        return TextOut.number(d);
    }
}
