package org.bomoco.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bomoco.model.InputException;
import org.bomoco.model.InstanceSize;
import org.bomoco.model.Provider;
import org.bomoco.model.ProviderSpec;
import org.bomoco.model.Region;

/**
 * Readers of the four files shared by the catalogue and every instance directory ({@code regions.csv},
 * {@code sizes.csv}, {@code providers.csv}, {@code prices.csv}; see {@code docs/formats.md}), with the
 * consistency rules: unique ids, sizes in ascending vCPU order, {@code pue ≥ 1}, {@code 0 ≤ spot_discount < 1},
 * coordinates in range, a {@code providers.csv} row for every provider of {@code regions.csv}, and a price for
 * every provider × size pair.
 */
final class SharedTables {
    private SharedTables() {
    }

    /** Reads {@code sizes.csv}: unique ids, vCPUs strictly ascending (the ladder order). */
    static List<InstanceSize> readSizes(Path dir) {
        CsvTable t = CsvTable.read(dir.resolve(InstanceFiles.SIZES), InstanceFiles.SIZE_COLUMNS, false);
        List<InstanceSize> sizes = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.text("size");
            Long first = seen.putIfAbsent(id, r.line());
            if (first != null) {
                throw r.error("size", "duplicate size id '" + id + "' (first on line " + first + "); ids must be unique");
            }
            int vcpus = r.integer("vcpus", 1, Integer.MAX_VALUE);
            if (!sizes.isEmpty() && vcpus <= sizes.get(sizes.size() - 1).vcpus()) {
                throw r.error("vcpus", vcpus + " vCPUs is not more than the previous row's "
                        + sizes.get(sizes.size() - 1).vcpus() + "; list sizes in ascending vCPU order");
            }
            sizes.add(new InstanceSize(id, vcpus, r.positive("memory_gb"),
                    r.number("embodied_kg_per_hour", 0, Double.MAX_VALUE)));
        }
        return sizes;
    }

    /**
     * Reads {@code regions.csv}.
     *
     * @param requireZone whether {@code ci_zone} must be non-empty (the catalogue needs it to build forecasts; an
     *        instance does not use it)
     */
    static List<Region> readRegions(Path dir, boolean requireZone) {
        CsvTable t = CsvTable.read(dir.resolve(InstanceFiles.REGIONS), InstanceFiles.REGION_COLUMNS, false);
        List<Region> regions = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            Region region = region(r, requireZone);
            Long first = seen.putIfAbsent(region.id(), r.line());
            if (first != null) {
                throw r.error("region", "duplicate region id '" + region.id() + "' (first on line " + first
                        + "); region ids must be unique over the file");
            }
            regions.add(region);
        }
        return regions;
    }

    private static Region region(CsvTable.Row r, boolean requireZone) {
        Provider provider = r.parsed("provider", SharedTables::provider, "aws, azure or gcp");
        String jurisdiction = r.text("jurisdiction");
        if (!jurisdiction.matches(InstanceFiles.JURISDICTION_PATTERN)) {
            throw r.error("jurisdiction", "'" + CsvTable.oneLine(jurisdiction)
                    + "' is not a jurisdiction code; write two or three upper-case letters such as EU, US or UK");
        }
        double spotDiscount = r.number("spot_discount", 0, 1);
        if (spotDiscount >= 1) {
            throw r.error("spot_discount", "value " + r.text("spot_discount")
                    + " must be below 1 (spot price = on-demand × (1 − discount)); write a value in [0, 1)");
        }
        return new Region(r.text("region"), provider, jurisdiction,
                r.number("latitude", -90, 90), r.number("longitude", -180, 180),
                r.number("pue", 1, Double.MAX_VALUE),
                r.number("wue_l_per_kwh", 0, Double.MAX_VALUE), r.number("ewif_l_per_kwh", 0, Double.MAX_VALUE),
                r.positive("ci_mean_g_per_kwh"), r.positive("price_multiplier"), spotDiscount,
                r.number("spot_interruptions_per_month", 0, Double.MAX_VALUE),
                r.integer("vcpu_capacity", 1, Integer.MAX_VALUE),
                requireZone ? r.text("ci_zone") : r.optionalText("ci_zone"));
    }

    /**
     * Reads {@code providers.csv} and {@code prices.csv} into one {@link ProviderSpec} per provider, requiring a
     * row for every provider that {@code regions} uses and a price for every listed provider × size pair.
     */
    static Map<Provider, ProviderSpec> readProviders(Path dir, List<Region> regions, List<InstanceSize> sizes) {
        CsvTable t = CsvTable.read(dir.resolve(InstanceFiles.PROVIDERS), InstanceFiles.PROVIDER_COLUMNS, false);
        Map<Provider, CsvTable.Row> rows = new EnumMap<>(Provider.class);
        for (CsvTable.Row r : t.rows()) {
            Provider p = r.parsed("provider", SharedTables::provider, "aws, azure or gcp");
            CsvTable.Row first = rows.putIfAbsent(p, r);
            if (first != null) {
                throw r.error("provider", "duplicate provider '" + p.id() + "' (first on line " + first.line()
                        + "); write one row per provider");
            }
        }
        requireProviderRows(dir, regions, rows);
        Map<Provider, double[]> prices = readPrices(dir, rows.keySet(), sizes);
        Map<Provider, ProviderSpec> specs = new EnumMap<>(Provider.class);
        rows.forEach((p, r) -> specs.put(p, provider(p, r, prices.get(p))));
        return specs;
    }

    private static ProviderSpec provider(Provider p, CsvTable.Row r, double[] prices) {
        double min = r.number("min_watts_per_vcpu", 0, Double.MAX_VALUE);
        double max = r.number("max_watts_per_vcpu", 0, Double.MAX_VALUE);
        if (max < min) {
            throw r.error("max_watts_per_vcpu", "value " + r.text("max_watts_per_vcpu")
                    + " is below min_watts_per_vcpu " + r.text("min_watts_per_vcpu") + "; max must be ≥ min");
        }
        return new ProviderSpec(p, min, max, r.number("memory_watts_per_gb", 0, Double.MAX_VALUE),
                r.number("inter_region_egress_usd_per_gb", 0, Double.MAX_VALUE),
                r.number("internet_egress_usd_per_gb", 0, Double.MAX_VALUE), prices);
    }

    private static void requireProviderRows(Path dir, List<Region> regions, Map<Provider, CsvTable.Row> rows) {
        for (Region region : regions) {
            if (!rows.containsKey(region.provider())) {
                throw new InputException(dir.resolve(InstanceFiles.PROVIDERS).toString(), 0,
                        "provider", "no row for provider '" + region.provider().id() + "', which region '"
                                + region.id() + "' of " + InstanceFiles.REGIONS + " uses; add a row for it");
            }
        }
    }

    /** Reads {@code prices.csv}: per provider, the base on-demand price of each size in ladder order. */
    private static Map<Provider, double[]> readPrices(Path dir, Set<Provider> providers,
            List<InstanceSize> sizes) {
        CsvTable t = CsvTable.read(dir.resolve(InstanceFiles.PRICES), InstanceFiles.PRICE_COLUMNS, false);
        Map<String, Integer> sizeIndex = new HashMap<>();
        for (int i = 0; i < sizes.size(); i++) {
            sizeIndex.put(sizes.get(i).id(), i);
        }
        Map<Provider, double[]> prices = new EnumMap<>(Provider.class);
        Map<String, Long> seen = new HashMap<>();
        for (CsvTable.Row r : t.rows()) {
            Provider p = r.parsed("provider", SharedTables::provider, "aws, azure or gcp");
            if (!providers.contains(p)) {
                throw r.error("provider", "provider '" + p.id() + "' has no row in " + InstanceFiles.PROVIDERS
                        + "; add one there or remove this price");
            }
            String size = r.text("size");
            Integer s = sizeIndex.get(size);
            if (s == null) {
                throw r.error("size", "unknown size '" + CsvTable.oneLine(size) + "'; use a size id of "
                        + InstanceFiles.SIZES);
            }
            Long first = seen.putIfAbsent(p.id() + "," + size, r.line());
            if (first != null) {
                throw r.error("size", "duplicate price for " + p.id() + " × " + size + " (first on line " + first
                        + "); write one row per provider and size");
            }
            double[] row = prices.computeIfAbsent(p, k -> filled(sizes.size()));
            row[s] = r.number("usd_per_hour", 0, Double.MAX_VALUE);
        }
        requireAllPrices(t.file(), providers, sizes, prices);
        return prices;
    }

    /** Parses a provider id; {@code null} when unknown (for {@link CsvTable.Row#parsed}). */
    static Provider provider(String id) {
        return Provider.parse(id).orElse(null);
    }

    private static double[] filled(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private static void requireAllPrices(String file, Set<Provider> providers, List<InstanceSize> sizes,
            Map<Provider, double[]> prices) {
        for (Provider p : providers) {
            double[] row = prices.computeIfAbsent(p, k -> filled(sizes.size()));
            for (int s = 0; s < row.length; s++) {
                if (Double.isNaN(row[s])) {
                    throw new InputException(file, 0, "usd_per_hour", "no price for provider '"
                            + p.id() + "' and size '" + sizes.get(s).id() + "'; add a row " + p.id() + ","
                            + sizes.get(s).id() + ",<usd_per_hour>");
                }
            }
        }
    }
}
