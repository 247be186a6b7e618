package org.bomoco.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code solve --list}: each algorithm with its parameters (key=default (type and range)) from its schema. */
class SolveListTest {
    @Test
    void eachAlgorithmListsItsParameterKeysTypesAndDefaults() {
        CliRun r = CliRun.run("solve", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // the line after each id: ConfigSchema.SPEA2 (k = 1, whole ≥ 1), the variation defaults of Variation
        assertEquals("    parameters: crossoverRate=0.9 (number in [0, 1]), k=1 (whole in [1, ∞)), mutationRate=0 "
                + "(number in [0, 1]), parallel_evaluation=1 (whole in [0, 256])", after(lines, "spea2@moea"));
        assertEquals("    parameters: maxSolutions=2000000 (whole in [1, ∞)), parallel_evaluation=1 (whole in [0, "
                + "256])", after(lines, "exact@bomoco"));
        String ibea = after(lines, "ibea@moea");
        assertTrue(ibea.contains("indicator=hypervolume (hypervolume|epsilon)"), ibea);
        String epsmoea = after(lines, "epsmoea@moea");
        assertTrue(epsmoea.contains("epsilon=0.01 (number, or a list of 5, in [1.0E-9, 1000])"), epsmoea);
        // jMetal's MOEA/D: the benchmark-only keys on a third line
        int moead = index(lines, "moead@jmetal");
        assertTrue(lines.get(moead + 2).startsWith("    on benchmarks also: "), lines.get(moead + 2));
        assertTrue(lines.get(moead + 2).contains("scalarization=pbi (pbi|tchebycheff)"), lines.get(moead + 2));
        assertTrue(lines.get(moead + 2).endsWith("; not: crossoverRate, mutationRate"), lines.get(moead + 2));
    }

    private static int index(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(id + " ")) {
                return i;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    private static String after(List<String> lines, String id) {
        return lines.get(index(lines, id) + 1);
    }
}
