package org.bomoco.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.experiment.RunKey;
import org.bomoco.experiment.RunRecord;
import org.bomoco.experiment.RunStore;
import org.bomoco.experiment.TracePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunFronts#read} against the full decode of {@link RunStore#load} on seeded random records. */
class RunFrontsTest {
    @TempDir
    Path tmp;

    private static double[] vector(SplittableRandom rng, int m) {
        double[] v = new double[m];
        for (int k = 0; k < m; k++) {
            // awkward doubles: wide exponents, negatives, exact zeros
            v[k] = rng.nextInt(5) == 0 ? 0.0 : (rng.nextDouble() - 0.3) * Math.pow(10, rng.nextInt(-6, 9));
        }
        return v;
    }

    private static RunRecord random(SplittableRandom rng, RunKey key) {
        int n = rng.nextInt(0, 40);
        int m = rng.nextInt(2, 7);
        List<double[]> obj = new ArrayList<>();
        List<Boolean> feasible = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            obj.add(vector(rng, m));
            feasible.add(rng.nextBoolean());
            decisions.add("r" + rng.nextInt(100) + "/m5.large/od/0;[\"quoted\"] {braces} ".repeat(rng.nextInt(50)));
        }
        List<TracePoint> trace = new ArrayList<>();
        for (int c = 0; c < rng.nextInt(0, 5); c++) {
            trace.add(new TracePoint(100L * c, 0.5 * c, List.of(vector(rng, m), vector(rng, m))));
        }
        boolean benchmark = rng.nextInt(4) == 0;
        return new RunRecord(key, rng.nextLong(), rng.nextInt(3) == 0 ? null : key.algorithm() + "@lib", "lib",
                rng.nextLong(1, 100_000), rng.nextDouble(), trace, obj, benchmark ? List.of() : feasible,
                benchmark ? List.of() : decisions);
    }

    @Test
    void readsWhatTheFullDecodeReads() throws IOException {
        SplittableRandom rng = new SplittableRandom(11);
        RunStore store = new RunStore(tmp);
        for (int r = 0; r < 60; r++) {
            RunKey key = new RunKey("gen" + r, "alg" + (r % 3), r);
            Files.createDirectories(store.file(key).getParent());
            store.save(random(rng, key));
            RunRecord full = store.load(key);
            RunFronts.Front light = RunFronts.read(store.file(key));
            assertEquals(full.algorithmId(), light.algorithmId() == null ? key.algorithm() : light.algorithmId());
            assertEquals(full.objectives().size(), light.objectives().size());
            for (int i = 0; i < full.objectives().size(); i++) {
                assertArrayEquals(full.objectives().get(i), light.objectives().get(i), 0.0, "run " + r + " point " + i);
            }
            assertEquals(full.feasible(), light.feasible());
        }
    }

    @Test
    void aBrokenRecordNamesTheFileAndTheFix() throws IOException {
        Path f = tmp.resolve("r0.json");
        Files.writeString(f, "[1, 2]");
        IOException e = assertThrows(IOException.class, () -> RunFronts.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("run the experiment again"),
                e.getMessage());
    }
}
