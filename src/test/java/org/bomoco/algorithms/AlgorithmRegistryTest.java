package org.bomoco.algorithms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Test;

class AlgorithmRegistryTest {
    private static final AlgorithmRegistry STANDARD = AlgorithmRegistry.standard();

    /** A stand-in optimizer for resolution tests. */
    private record Fake(String baseId, String library, List<String> aliases, boolean preferred) implements Optimizer {
        @Override
        public String description() {
            return "fake";
        }

        @Override
        public SolveResult solve(PlacementProblem problem, SolveSpec spec, ProgressListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void baselinesAreRegisteredThroughTheServiceFile() {
        assertTrue(STANDARD.ids().containsAll(List.of("random@bomoco", "exact@bomoco", "composite@bomoco")),
                STANDARD.ids().toString());
    }

    @Test
    void bareIdsAliasesAndFullIdsIgnoringCaseDashAndUnderscore() {
        assertInstanceOf(RandomSearch.class, STANDARD.get("random"));
        assertInstanceOf(RandomSearch.class, STANDARD.get("Random-Search"));
        assertInstanceOf(RandomSearch.class, STANDARD.get("RANDOM_SEARCH"));
        assertInstanceOf(RandomSearch.class, STANDARD.get("random-search@BOMOCO"));
        assertInstanceOf(ExhaustiveSearch.class, STANDARD.get("exhaustive"));
        assertInstanceOf(ExhaustiveSearch.class, STANDARD.get(" exact@bomoco "));
        assertInstanceOf(CompositeSearch.class, STANDARD.get("BOMOCO"));
        assertInstanceOf(CompositeSearch.class, STANDARD.get("composite-score"));
        assertInstanceOf(CompositeSearch.class, STANDARD.get("CompositeScore@bomoco"));
    }

    @Test
    void unknownIdListsTheValidIds() {
        InputException e = assertThrows(InputException.class, () -> STANDARD.get("nsga9"));
        assertTrue(e.getMessage().contains("unknown algorithm 'nsga9'"), e.getMessage());
        assertTrue(e.getMessage().contains("random@bomoco") && e.getMessage().contains("exact"), e.getMessage());
        assertThrows(InputException.class, () -> STANDARD.get("random@jmetal"));
    }

    @Test
    void bareIdPrefersThePreferredLibraryAndRefusesAmbiguity() {
        Fake moea = new Fake("nsga2", "moea", List.of("NSGA-II"), true);
        Fake jmetal = new Fake("nsga2", "jmetal", List.of("NSGA-II"), false);
        AlgorithmRegistry registry = new AlgorithmRegistry(List.of(jmetal, moea));
        assertEquals(moea, registry.get("nsga-ii"));
        assertEquals(jmetal, registry.get("NSGA-II@jmetal"));
        assertEquals(List.of("nsga2", "nsga2@jmetal", "nsga2@moea"), registry.ids());

        AlgorithmRegistry none = new AlgorithmRegistry(List.of(new Fake("spea2", "a", List.of(), false),
                new Fake("spea2", "b", List.of(), false)));
        InputException e = assertThrows(InputException.class, () -> none.get("spea2"));
        assertTrue(e.getMessage().contains("spea2@a, spea2@b"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> new AlgorithmRegistry(List.of(moea, moea)));
    }
}
