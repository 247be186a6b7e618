package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/** {@code bomoco indicators} on hand-computed fronts. */
class IndicatorsCommandTest {
    private static final double EPS = 1e-12;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void scoresAFrontAgainstAReferenceByHand(@TempDir Path tmp) throws IOException {
        // reference {(0,1),(1,0)} fixes bounds ideal (0,0), nadir (1,1); the front {(0.5,0.5)} in a pymoo-like CSV with
        // a header. HV with reference point 1.1: (1.1−0.5)² = 0.36. IGD+ from (0,1): d+ = sqrt(0.5² + 0) = 0.5, and
        // likewise from (1,0): mean 0.5. Additive ε: max over reference of min over front of max_k(a_k − r_k) = 0.5.
        Path front = tmp.resolve("front.csv");
        Files.writeString(front, "f1,f2\n0.5,0.5\n");
        Path ref = tmp.resolve("ref.csv");
        Files.writeString(ref, "0 1\n1 0\n");
        CliRun r = run("indicators", "--front", front.toString(), "--reference", ref.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode ind = new ObjectMapper().readTree(r.out()).get("indicators");
        assertEquals(0.36, ind.get("hypervolume").asDouble(), EPS);
        assertEquals(0.5, ind.get("igd+").asDouble(), EPS);
        assertEquals(0.5, ind.get("epsilon").asDouble(), EPS);
        // explicit bounds 'ideal;nadir' that double the range halve the normalised coordinates: point (0.25,0.25),
        // HV = 0.85² = 0.7225
        r = run("indicators", "--front", front.toString(), "--reference", ref.toString(), "--normalize",
                "0,0;2,2", "--json");
        assertEquals(0.7225, new ObjectMapper().readTree(r.out()).get("indicators").get("hypervolume").asDouble(), EPS);
    }

    @Test
    void aSemicolonSeparatedFrontNamesTheSeparatorAndAHugeNumberIsRefused(@TempDir Path tmp) throws IOException {
        Path front = tmp.resolve("eu.csv");
        Files.writeString(front, "# exported in a European locale\n0,5;1,25\n1,5;0,5\n");
        CliRun r = run("indicators", "--front", front.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("eu.csv:2") && r.err().contains("'separator'") && r.err().contains("';'"),
                r.err());
        assertFalse(r.err().strip().contains("\n"));
        Files.writeString(front, "1,2\n3," + "4".repeat(200) + "\n");
        r = run("indicators", "--front", front.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("eu.csv:2") && r.err().contains("column 2") && r.err().contains("at most 64"),
                r.err());
    }

    @Test
    void badInputIsOneClearLine(@TempDir Path tmp) throws IOException {
        Path front = tmp.resolve("front.csv");
        Files.writeString(front, "1,2\n3,x\n");
        CliRun r = run("indicators", "--front", front.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("front.csv:2") && r.err().contains("'x' is not a number"), r.err());
        assertFalse(r.err().strip().contains("\n"));
        Files.writeString(front, "1,2\n3,4\n");
        r = run("indicators", "--front", front.toString(), "--reference-point", "1.1,1.1,1.1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--reference-point"), r.err());
    }
}
