package org.bomoco.data;

import static org.bomoco.data.Fixtures.assertInputError;
import static org.bomoco.data.Fixtures.dropLines;
import static org.bomoco.data.Fixtures.replace;
import static org.bomoco.data.Fixtures.whole;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case copies the valid fixture ({@code valid-instance/}), breaks one thing, and expects exactly one
 * {@link org.bomoco.model.InputException} naming the file, the 1-based line (0 when the error concerns the whole
 * file), the field and the problem. Fixture layout: one header line, then data; {@code workloads.csv} has a comment
 * on line 2, so web/db/etl/report sit on lines 3/4/5/6; {@code carbon.csv} holds eu-west-1 hours 0..47 on lines
 * 2..49, uksouth on 50..97 and us-east4 on 98..145.
 */
class InstanceValidationTest {
    private static final String HEADER_WORKLOADS = String.join(",", InstanceFiles.WORKLOAD_COLUMNS) + "\n";

    /** One breakage: {@code edit} applied to {@code file}; the error expected in {@code errFile}. */
    record Case(String name, String file, UnaryOperator<String> edit, String errFile, long line, String field,
            String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case c(String name, String file, UnaryOperator<String> edit, long line, String field,
            String fragment) {
        return new Case(name, file, edit, file, line, field, fragment);
    }

    static Stream<Case> cases() {
        return Stream.of(columnsAndFiles(), ids(), numbers(), workloadRules(), carbon(), yaml()).flatMap(s -> s);
    }

    static Stream<Case> columnsAndFiles() {
        return Stream.of(
                c("missing column", "regions.csv", replace(",ci_zone\n", "\n"), 1, "ci_zone", "missing column"),
                c("extra column", "workloads.csv", replace("latency_sensitivity\n", "latency_sensitivity,owner\n"),
                        1, "owner", "unexpected column"),
                c("short row", "workloads.csv", replace("db,1,", "db,1,x,"), 4, null, "cells but the header has"),
                c("empty file", "workloads.csv", whole(""), 0, null, "file is empty"),
                c("header-only workloads", "workloads.csv", whole(HEADER_WORKLOADS), 0, null, "no data rows"),
                c("header-only carbon", "carbon.csv", whole("region,hour,g_per_kwh\n"), 0, null, "no data rows"),
                c("empty regions", "regions.csv", whole(""), 0, null, "file is empty"),
                c("provider without providers.csv row", "providers.csv",
                        replace("gcp,0.71,4.26,0.392,0.02,0.12\n", ""), 0, "provider", "no row for provider 'gcp'"),
                c("duplicate provider", "providers.csv", replace("azure,0.78", "aws,0.78"), 3, "provider",
                        "duplicate provider 'aws'"),
                c("missing price pair", "prices.csv", replace("azure,v2,0.096\n", ""), 0, "usd_per_hour",
                        "no price for provider 'azure' and size 'v2'"),
                c("price of unknown size", "prices.csv", replace("aws,v4,", "aws,v8,"), 4, "size",
                        "unknown size 'v8'"));
    }

    static Stream<Case> ids() {
        return Stream.of(
                c("unknown workload region", "workloads.csv", replace("web,3,eu-west-1", "web,3,eu-west-9"), 3,
                        "region", "unknown region 'eu-west-9'"),
                c("unknown workload size", "workloads.csv", replace("db,1,eu-west-1,v4", "db,1,eu-west-1,v3"), 4,
                        "size", "unknown size 'v3'"),
                c("duplicate region", "regions.csv", replace("azure,uksouth,", "azure,eu-west-1,"), 3, "region",
                        "duplicate region id 'eu-west-1'"),
                c("duplicate size", "sizes.csv", replace("v2,2,8", "v1,2,8"), 3, "size", "duplicate size id 'v1'"),
                c("duplicate workload", "workloads.csv", replace("db,1,", "web,1,"), 4, "id",
                        "duplicate workload id 'web'"),
                c("duplicate dependency", "dependencies.csv", replace("etl,db,", "web,db,"), 3, "to",
                        "duplicate dependency web -> db"),
                c("dependency on unknown workload", "dependencies.csv", replace("web,db,", "web,cache,"), 2, "to",
                        "unknown workload 'cache'"),
                c("dependency on itself", "dependencies.csv", replace("web,db,", "web,web,"), 2, "to",
                        "depends on itself"),
                c("unknown provider", "regions.csv", replace("gcp,us-east4", "ibm,us-east4"), 4, "provider",
                        "expected aws, azure or gcp"));
    }

    static Stream<Case> numbers() {
        return Stream.of(
                c("negative price", "prices.csv", replace("aws,v2,0.096", "aws,v2,-0.096"), 3, "usd_per_hour",
                        "outside the allowed range"),
                c("NaN price", "prices.csv", replace("gcp,v4,0.194", "gcp,v4,NaN"), 10, "usd_per_hour",
                        "not a finite number"),
                c("sizes out of order", "sizes.csv", replace("v2,2,8,0.0012\nv4,4,16,0.0024",
                        "v4,4,16,0.0024\nv2,2,8,0.0012"), 4, "vcpus", "ascending vCPU order"),
                c("pue below 1", "regions.csv", replace("1.15,0.18,1.5", "0.9,0.18,1.5"), 2, "pue", "outside"),
                c("spot discount 1", "regions.csv", replace("0.7,0.8,64,GB", "1,0.8,64,GB"), 3, "spot_discount",
                        "must be below 1"),
                c("negative spot discount", "regions.csv", replace("0.7,0.8,64,GB", "-0.1,0.8,64,GB"), 3,
                        "spot_discount", "outside"),
                c("latitude 91", "regions.csv", replace("53.35,-6.26", "91,-6.26"), 2, "latitude", "outside"),
                c("longitude -181", "regions.csv", replace("51.51,-0.13", "51.51,-181"), 3, "longitude", "outside"),
                c("zero carbon mean", "regions.csv", replace(",200,1.15,", ",0,1.15,"), 3, "ci_mean_g_per_kwh",
                        "greater than 0"),
                c("max watts below min", "providers.csv", replace("aws,0.74,3.5", "aws,0.74,0.5"), 2,
                        "max_watts_per_vcpu", "max must be ≥ min"),
                c("region jurisdiction malformed", "regions.csv", replace("eu-west-1,EU,", "eu-west-1,Europe,"), 2,
                        "jurisdiction", "not a jurisdiction code"));
    }

    static Stream<Case> workloadRules() {
        return Stream.of(
                c("cpu_mean above 1", "workloads.csv", replace("v2,0.4,0.7", "v2,1.4,0.7"), 3, "cpu_mean", "outside"),
                c("cpu_p95 below mean", "workloads.csv", replace("v4,0.5,0.8", "v4,0.5,0.3"), 4, "cpu_p95",
                        "below cpu_mean"),
                c("cpu_p95 above 1", "workloads.csv", replace("0.7,0.9,batch", "0.7,1.5,batch"), 5, "cpu_p95",
                        "outside"),
                c("impossible jurisdiction", "workloads.csv", replace("false,EU;UK,", "false,EU;CH,"), 3,
                        "jurisdictions", "no region of the instance is in jurisdiction CH"),
                c("malformed jurisdiction", "workloads.csv", replace("false,EU;UK,", "false,EU;uk,"), 3,
                        "jurisdictions", "'uk' is not a jurisdiction code"),
                c("empty jurisdiction item", "workloads.csv", replace("US;EU", "US;;EU"), 5, "jurisdictions",
                        "'' is not a jurisdiction code"),
                c("slack plus duration above 48", "workloads.csv", replace("batch,4,30,10", "batch,4,30,45"), 5,
                        "slack_h", "exceeds the 48-hour window; reduce slack_h to at most 44"),
                c("always-on with duration", "workloads.csv", replace("always_on,0,0,0", "always_on,2,0,0"), 3,
                        "duration_h", "always_on workload must have duration_h 0"),
                c("always-on with runs", "workloads.csv", replace("0.8,always_on,0,0,0", "0.8,always_on,0,5,0"), 4,
                        "runs_per_month", "must have runs_per_month 0"),
                c("always-on with slack", "workloads.csv", replace("always_on,0,0,0", "always_on,0,0,3"), 3,
                        "slack_h", "must have slack_h 0"),
                c("batch with zero duration", "workloads.csv", replace("batch,2,4,0", "batch,0,4,0"), 6,
                        "duration_h", "outside"),
                c("unknown kind", "workloads.csv", replace("batch,2,4,0", "cron,2,4,0"), 6, "kind",
                        "expected always_on or batch"),
                c("zero count", "workloads.csv", replace("web,3,", "web,0,"), 3, "count", "outside"),
                c("bad boolean", "workloads.csv", replace("0,true,US", "0,yes,US"), 5, "spot_ok", "write true or false"),
                c("zero latency SLO", "workloads.csv", replace("-74.0,200,", "-74.0,0,"), 5, "latency_slo_ms",
                        "greater than 0"));
    }

    static Stream<Case> carbon() {
        return Stream.of(
                c("carbon missing hour", "carbon.csv", dropLines(57, 57), 0, "hour", "region uksouth lacks hour 7"),
                c("carbon missing region", "carbon.csv", dropLines(98, 145), 0, "region",
                        "no rows for region us-east4"),
                c("carbon hour 48", "carbon.csv", replace("eu-west-1,0,", "eu-west-1,48,"), 2, "hour", "outside"),
                c("carbon duplicate hour", "carbon.csv", replace("eu-west-1,1,", "eu-west-1,0,"), 3, "hour",
                        "duplicate hour 0 for region eu-west-1"),
                c("carbon unknown region", "carbon.csv", replace("us-east4,47,", "us-east5,47,"), 145, "region",
                        "unknown region 'us-east5'"),
                c("carbon negative value", "carbon.csv", replace("uksouth,0,", "uksouth,0,-"), 50, "g_per_kwh",
                        "outside"));
    }

    static Stream<Case> yaml() {
        String f = "instance.yaml";
        return Stream.of(
                c("yaml unknown key", f, s -> s + "seed: 3\n", 6, "seed", "unknown key"),
                c("yaml wrong type", f, replace("max_migrations: 1", "max_migrations: one"), 2, "max_migrations",
                        "expected a whole number ≥ 0 but found text 'one'"),
                c("yaml negative budget", f, replace("max_migrations: 1", "max_migrations: -1"), 2, "max_migrations",
                        "negative"),
                c("yaml missing name", f, replace("name: fixture\n", ""), 0, "name", "missing required key"),
                c("yaml name not text", f, replace("name: fixture", "name: 42"), 1, "name", "quote the value"),
                c("yaml bad timestamp", f, replace("2023-06-01T00:00:00Z", "2023-06-01"), 3, "forecast_start",
                        "not a UTC timestamp"),
                c("yaml start not on the hour", f, replace("T00:00:00Z", "T00:30:00Z"), 3, "forecast_start",
                        "not on the hour"),
                c("yaml duplicate key", f, s -> s + "name: again\n", 6, "name", "key given twice (first on line 1)"),
                c("yaml generator not a mapping", f, replace("{seed: 7, workloads: 4}", "seven"), 5, "generator",
                        "expected a mapping"),
                c("yaml syntax error", f, replace("name: fixture", "name: [fixture"), 2, null, "invalid YAML"),
                c("yaml empty", f, whole(""), 0, null, "file is empty"),
                c("yaml not a mapping", f, whole("- name\n- fixture\n"), 1, null, "expected a mapping"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBreakageGivesOnePreciseError(Case c, @TempDir Path tmp) {
        Path dir = Fixtures.validInstance(tmp);
        Fixtures.edit(dir, c.file(), c.edit());
        assertInputError(() -> InstanceReader.read(dir), c.errFile(), c.line(), c.field(), c.fragment());
    }
}
