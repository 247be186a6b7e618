package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cross-cloud arbitrage section end to end on the demo instance: {@code run} prints the violation check (0),
 * and after a planted sovereignty violation in a stored decision {@code report} counts it and flags the report.
 */
class ArbitrageRunTest {
    private static final String PREFIX = "sovereignty/latency violations among chosen solutions: ";

    private static Path config(Path dir) throws IOException {
        Path yaml = dir.resolve("arb.yaml");
        Files.writeString(yaml, String.join("\n",
                "name: arb",
                "seed: 3",
                "replicates: 1",
                "output: " + dir.resolve("out"),
                "threads: 1",
                "instances:",
                "  - {name: within, path: datasets/instances/demo, scope: provider}",
                "  - {name: across, path: datasets/instances/demo, scope: all}",
                "  - {name: across-egress2, path: datasets/instances/demo, scope: all, egress_price: 2}",
                "algorithms:",
                "  - id: composite",
                // the report hangs in ScatterMatrix (XChart ticks) when no Pareto algorithm has a feasible
                // solution (composite alone, or random at a tiny budget): keep one that finds some
                "  - id: nsga2@jmetal",
                "    population: 20",
                "budget: {evaluations: 400}",
                ""));
        return yaml;
    }

    @Test
    void runPrintsZeroAndReportCountsAPlantedViolation(@TempDir Path tmp) throws IOException {
        CliRun r = CliRun.run("run", config(tmp).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(PREFIX + "0 ("), r.out());
        Path out = tmp.resolve("out");
        for (String f : new String[] {"tables/arbitrage.csv", "tables/arbitrage.md", "tables/arbitrage-sensitivity.csv",
            "tables/arbitrage-sensitivity.md", "figures/arbitrage-within.png", "figures/arbitrage-within.svg"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Cross-cloud arbitrage") && html.contains(PREFIX + "0 ("));
        assertFalse(html.contains("CHECK FAILED"));

        // plant: customer-db (3rd workload, jurisdictions EU only) to us-east-1 (aws, so still within the provider)
        Path run = out.resolve("runs/within/composite/r0.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode record = (ObjectNode) json.readTree(run.toFile());
        ArrayNode decisions = (ArrayNode) record.get("decisions");
        String[] entries = decisions.get(0).asText().split(";");
        entries[2] = "us-east-1" + entries[2].substring(entries[2].indexOf('/'));
        decisions.set(0, String.join(";", entries));
        json.writeValue(run.toFile(), record);

        CliRun rep = CliRun.run("report", out.toString());
        assertEquals(0, rep.code(), rep.err());
        assertTrue(rep.out().contains(PREFIX + "1 ("), rep.out());
        assertTrue(rep.out().contains("sovereignty 1"), rep.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains("CHECK FAILED"));
    }
}
