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

    /** Asserts exit code {@code code}, one line on stderr, and every fragment in it. */
    private static void oneLine(CliRun r, int code, String... fragments) {
        assertEquals(code, r.code(), r.err());
        assertFalse(r.err().strip().contains("\n"), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "missing '" + f + "' in: " + r.err());
        }
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void onlyTheIndicatorsAskedForAreComputedAndAnUnknownIdListsTheValidOnes(@TempDir Path tmp) throws IOException {
        Path front = write(tmp, "front.csv", "0.5,0.5\n0.2,0.9\n");
        Path ref = write(tmp, "ref.csv", "0 1\n1 0\n");
        CliRun r = run("indicators", "--front", front.toString(), "--reference", ref.toString(), "--indicators",
                "hypervolume,IGD+", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode ind = new ObjectMapper().readTree(r.out()).get("indicators");
        assertEquals(2, ind.size(), r.out());
        assertTrue(ind.has("hypervolume") && ind.has("igd+"), r.out());
        r = run("indicators", "--front", front.toString(), "--indicators", "igd");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("igd ") && !r.out().contains("hypervolume"), r.out());
        oneLine(run("indicators", "--front", front.toString(), "--indicators", "hypervolume,hv"), 2,
                "--indicators", "'hv'", "hypervolume, igd+, igd, epsilon, spread");
    }

    @Test
    void aReferencePointNoVectorDominatesIsRefusedWhenHypervolumeIsAsked(@TempDir Path tmp) throws IOException {
        Path front = write(tmp, "front.csv", "1,2\n2,1\n");
        oneLine(run("indicators", "--front", front.toString(), "--normalize", "none", "--reference-point", "0.5"), 2,
                "--reference-point", "front.csv", "strictly dominates", "(0.5, 0.5)", "raw", "(2, 2)");
        // without hypervolume the reference point plays no part
        assertEquals(0, run("indicators", "--front", front.toString(), "--normalize", "none", "--reference-point",
                "0.5", "--indicators", "igd+").code());
        // one vector beyond the point: it adds nothing and is counted; HV = (1.5−1)·(1.5−2)... only (1,1) counts
        Path two = write(tmp, "two.csv", "1,1\n2,2\n");
        CliRun r = run("indicators", "--front", two.toString(), "--normalize", "none", "--reference-point", "1.5",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(1, root.get("outsideReferencePoint").asInt());
        assertEquals(0.25, root.get("indicators").get("hypervolume").asDouble(), EPS);
    }

    @Test
    void aNegativeReferencePointIsRefusedInNormalisedSpaceAndAllowedInRawSpace(@TempDir Path tmp)
            throws IOException {
        Path front = write(tmp, "front.csv", "-3,-1\n-1,-3\n");
        oneLine(run("indicators", "--front", front.toString(), "--reference-point", "1.1,-1"), 2,
                "--reference-point", "field 'objective 2'", "-1.0", "ideal");
        oneLine(run("indicators", "--front", front.toString(), "--reference-point", "NaN"), 2,
                "--reference-point", "field 'objective 1'", "finite");
        // raw objectives may be negative: boxes [−3,−0.5]×[−1,−0.5] and [−1,−0.5]×[−3,−0.5], 1.25 each, overlap
        // 0.25: HV 2.25
        CliRun r = run("indicators", "--front", front.toString(), "--normalize", "none", "--reference-point", "-0.5",
                "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(2.25, new ObjectMapper().readTree(r.out()).get("indicators").get("hypervolume").asDouble(), EPS);
    }

    @Test
    void degenerateBoundsAreAnErrorNamingTheObjective(@TempDir Path tmp) throws IOException {
        Path front = write(tmp, "front.csv", "1,2,3\n2,1,3\n");
        oneLine(run("indicators", "--front", front.toString(), "--normalize", "0,0,0;0,0,0"), 2,
                "--normalize", "field 'objective 1'", "equals ideal");
        oneLine(run("indicators", "--front", front.toString(), "--normalize", "0,0,0;1,-1,1"), 2,
                "--normalize", "field 'objective 2'", "below");
        // bounds from the reference set (here the front itself): the third objective is constant
        oneLine(run("indicators", "--front", front.toString()), 2, "front.csv", "field 'objective 3'", "3.0",
                "divide by zero");
        Path json = write(tmp, "bounds.json", "{\"ideal\": [0, 0, 1], \"nadir\": [1, 1, 1]}");
        oneLine(run("indicators", "--front", front.toString(), "--normalize", json.toString()), 2,
                "bounds.json", "field 'objective 3'", "equals ideal");
        Path words = write(tmp, "words.json", "{\"ideal\": [0, \"a\", 1], \"nadir\": [1, 1, 2]}");
        oneLine(run("indicators", "--front", front.toString(), "--normalize", words.toString()), 2,
                "words.json", "field 'ideal'", "not a number");
        Path broken = write(tmp, "broken.json", "{\"ideal\": [0, 0, 0]");
        String err = run("indicators", "--front", front.toString(), "--normalize", broken.toString()).err();
        oneLine(run("indicators", "--front", front.toString(), "--normalize", broken.toString()), 2,
                "broken.json", "not valid JSON", "expected close marker");
        assertFalse(err.contains("Source:") || err.contains("StreamReadFeature"), err);
    }

    @Test
    void theOutputSaysWhatWasDone(@TempDir Path tmp) throws IOException {
        Path front = write(tmp, "front.csv", "1,2\n2,1\n");
        CliRun raw = run("indicators", "--front", front.toString(), "--normalize", "none", "--reference-point", "3");
        assertEquals(0, raw.code(), raw.err());
        assertFalse(raw.out().contains("(normalised)"), raw.out());
        assertTrue(raw.out().contains("not normalised") && raw.out().contains("(3, 3) in raw objectives"), raw.out());
        CliRun norm = run("indicators", "--front", front.toString());
        assertEquals(0, norm.code(), norm.err());
        assertTrue(norm.out().contains("normalised by the bounds of the reference set")
                && norm.out().contains("ideal (1, 1), nadir (2, 2)")
                && norm.out().contains("(1.1, 1.1) in normalised objectives"), norm.out());
        assertTrue(norm.out().contains("themselves (no --reference)"), norm.out());
    }
}
