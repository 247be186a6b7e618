package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad Spark settings, for experiments and studies: one line, exit 2 for configuration, exit 1 for an unreachable
 * master; nothing is run.
 */
class SparkEngineOptionsTest {
    @TempDir
    Path dir;

    private Path experiment(String extra) throws IOException {
        Path yaml = dir.resolve("e.yaml");
        Files.writeString(yaml, "name: e\nseed: 1\nreplicates: 1\noutput: " + dir.resolve("out") + "\n" + extra
                + "instances:\n  - {name: demo, path: datasets/instances/demo}\nalgorithms:\n  - {id: random}\n"
                + "budget: {evaluations: 50}\n");
        return yaml;
    }

    @Test
    void aMisspelledMasterIsAConfigurationError() throws IOException {
        CliRun r = CliRun.run("run", experiment("").toString(), "--master", "lokal[2]");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("bomoco: --master: field 'master': 'lokal[2]' is not a Spark master URL"),
                r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void anUnknownEngineInTheFileNamesItsLine() throws IOException {
        CliRun r = CliRun.run("run", experiment("engine: flink\n").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("e.yaml:5") && r.err().contains("unknown engine 'flink'"), r.err());
    }

    @Test
    void masterWithTheLocalEngineIsRefused() throws IOException {
        CliRun r = CliRun.run("run", experiment("").toString(), "--engine", "local", "--master", "local[2]");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--master applies to --engine spark"), r.err());
    }

    @Test
    void anUnreachableMasterIsAnInfrastructureErrorAndStoresNothing() throws IOException {
        CliRun r = CliRun.run("run", experiment("engine: spark\nmaster: spark://127.0.0.1:1\n").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("cannot reach the Spark master spark://127.0.0.1:1"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        try (var s = Files.walk(dir.resolve("out").resolve("runs"))) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".json")));
        }
    }

    private Path study(String extra) throws IOException {
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "name: s\nkind: attribution\nseed: 1\nhistories: 5\noutput: " + dir.resolve("out")
                + "\n" + extra + "simulation: {services: 10, days: 70, first_start_day: 28, cohorts: 2}\n");
        return yaml;
    }

    @Test
    void aStudyOnAnUnreachableMasterIsAnInfrastructureErrorAndStoresNoCell() throws IOException {
        CliRun r = CliRun.run("run", study("engine: spark\nmaster: spark://127.0.0.1:1\n").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("cannot reach the Spark master spark://127.0.0.1:1"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        try (var s = Files.list(dir.resolve("out").resolve("cells"))) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void aStudyWithAMisspelledMasterOrEngineIsAConfigurationError() throws IOException {
        CliRun r = CliRun.run("run", study("").toString(), "--master", "lokal[2]");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("bomoco: --master: field 'master': 'lokal[2]' is not a Spark master URL"),
                r.err());
        CliRun v = CliRun.run("validate", study("engine: flink\n").toString());
        assertEquals(2, v.code(), v.err());
        assertTrue(v.err().contains("s.yaml:6") && v.err().contains("unknown engine 'flink'"), v.err());
        assertEquals(1, v.err().strip().lines().count(), v.err());
    }
}
