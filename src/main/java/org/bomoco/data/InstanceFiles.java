package org.bomoco.data;

import java.util.List;

/**
 * File names and column lists of the catalogue, instance directories and decision files, exactly as
 * {@code docs/formats.md} defines them. Writers emit the columns in the order listed here.
 */
public final class InstanceFiles {
    public static final String REGIONS = "regions.csv";
    public static final String SIZES = "sizes.csv";
    public static final String PROVIDERS = "providers.csv";
    public static final String PRICES = "prices.csv";
    public static final String INSTANCE_YAML = "instance.yaml";
    public static final String WORKLOADS = "workloads.csv";
    public static final String DEPENDENCIES = "dependencies.csv";
    public static final String CARBON = "carbon.csv";
    public static final String CARBON_ACTUAL = "carbon-actual.csv";

    public static final List<String> REGION_COLUMNS = List.of("provider", "region", "jurisdiction", "latitude",
            "longitude", "pue", "wue_l_per_kwh", "ewif_l_per_kwh", "ci_mean_g_per_kwh", "price_multiplier",
            "spot_discount", "spot_interruptions_per_month", "vcpu_capacity", "ci_zone");
    public static final List<String> SIZE_COLUMNS = List.of("size", "vcpus", "memory_gb", "embodied_kg_per_hour");
    public static final List<String> PROVIDER_COLUMNS = List.of("provider", "min_watts_per_vcpu",
            "max_watts_per_vcpu", "memory_watts_per_gb", "inter_region_egress_usd_per_gb",
            "internet_egress_usd_per_gb");
    public static final List<String> PRICE_COLUMNS = List.of("provider", "size", "usd_per_hour");
    public static final List<String> WORKLOAD_COLUMNS = List.of("id", "count", "region", "size", "cpu_mean",
            "cpu_p95", "kind", "duration_h", "runs_per_month", "slack_h", "spot_ok", "jurisdictions", "user_lat",
            "user_lon", "latency_slo_ms", "data_gb", "revenue_usd_per_month", "latency_sensitivity");
    public static final List<String> DEPENDENCY_COLUMNS = List.of("from", "to", "traffic_gb_per_month");
    public static final List<String> CARBON_COLUMNS = List.of("region", "hour", "g_per_kwh");
    public static final List<String> DECISION_COLUMNS = List.of("workload", "region", "size", "purchase", "delay_h");

    /** Separator of the codes in {@code workloads.csv}'s {@code jurisdictions} cell. */
    public static final String JURISDICTION_SEPARATOR = ";";

    /**
     * Shape of a jurisdiction code: two or three upper-case letters (ISO 3166 alpha-2/alpha-3 country codes and
     * {@code EU}).
     */
    public static final String JURISDICTION_PATTERN = "[A-Z]{2,3}";

    private InstanceFiles() {
    }
}
