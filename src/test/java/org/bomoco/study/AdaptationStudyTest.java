package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.bomoco.experiment.SpecYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny adaptation study end to end: outputs, resume, determinism across thread counts. */
class AdaptationStudyTest {
    @TempDir
    Path dir;

    private static String config(Path output) {
        return "name: tiny\nkind: adaptation\nseed: 42\noutput: \"" + output.toString().replace("\\", "/") + "\"\n"
                + "instance: {generate: {workloads: 8, seed: 2}}\nhours: 4\nreplicates: 2\nevaluations: 200\n"
                + "warm_evaluations: 100\n";
    }

    private static Path run(Path output, int threads) throws IOException {
        Study s = AdaptationStudy.read(SpecYaml.parse("tiny.yaml", config(output)));
        return s.run(new StudyContext(new PrintWriter(new StringWriter()), java.util.OptionalInt.of(threads), false,
                Path.of("datasets")));
    }

    /** The summary table without its last column (wall time, the one machine-dependent figure). */
    private static String withoutWall(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().map(l -> l.substring(0, l.lastIndexOf(',')))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void runsResumesAndIsDeterministic() throws IOException {
        Path a = dir.resolve("a");
        Path report = run(a, 1);
        String html = Files.readString(report);
        assertTrue(html.contains("data:image/png;base64,") && html.contains("vs the static plan"), html);
        for (String f : new String[] {"tables/adaptation.csv", "tables/adaptation.md", "figures/cumulative-carbon.png",
                "figures/cumulative-carbon.svg", "figures/churn.svg", "figures/carbon-saved.png", "study.yaml"}) {
            assertTrue(Files.isRegularFile(a.resolve(f)), f);
        }
        Path cells = a.resolve("cells");
        assertEquals(10, Files.list(cells).count()); // 5 strategies × 2 replicates
        String summary = withoutWall(a.resolve("tables/adaptation.csv"));
        String replicates = Files.readString(a.resolve("tables/adaptation-replicates.csv"));
        // Static optimises at hour 0 only: 200 evaluations; warm start 200 + 3·100.
        assertTrue(replicates.contains("static,0,") && replicates.lines().anyMatch(l -> l.startsWith("static,0,")
                && l.endsWith(",200")), replicates);
        assertTrue(replicates.lines().anyMatch(l -> l.startsWith("warmstart,1,") && l.endsWith(",500")), replicates);

        // Resume: delete one cell; only it is recomputed (the others keep their stored wall times), same tables.
        String kept = Files.readString(cells.resolve("reoptimise-r0.csv"));
        Files.delete(cells.resolve("warmstart-r1.csv"));
        run(a, 2);
        assertTrue(Files.exists(cells.resolve("warmstart-r1.csv")));
        assertEquals(kept, Files.readString(cells.resolve("reoptimise-r0.csv")));
        assertEquals(summary, withoutWall(a.resolve("tables/adaptation.csv")));
        assertEquals(replicates, Files.readString(a.resolve("tables/adaptation-replicates.csv")));

        // Another directory, two threads: identical results.
        Path b = dir.resolve("b");
        run(b, 2);
        assertEquals(replicates, Files.readString(b.resolve("tables/adaptation-replicates.csv")));
        for (String cell : new String[] {"static-r0.csv", "warmstart-full-r1.csv"}) {
            assertEquals(dropWall(Files.readString(cells.resolve(cell))),
                    dropWall(Files.readString(b.resolve("cells").resolve(cell))));
        }
    }

    private static String dropWall(String csv) {
        return Arrays.stream(csv.split("\n")).map(l -> l.substring(0, l.lastIndexOf(',')))
                .collect(Collectors.joining("\n"));
    }
}
