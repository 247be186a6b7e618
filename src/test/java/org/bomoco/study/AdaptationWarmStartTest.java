package org.bomoco.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.Optimizer;
import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.algorithms.ProgressListener;
import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.ViolationScales;
import org.bomoco.experiment.GenerateSpec;
import org.bomoco.experiment.InstanceLoader;
import org.bomoco.experiment.InstanceSpec;
import org.bomoco.model.InputException;
import org.bomoco.problem.Evaluation;
import org.bomoco.problem.PlacementProblem;
import org.junit.jupiter.api.Test;

/** The warm start of {@link Optimizer#solve(PlacementProblem, SolveSpec, List, ProgressListener)}. */
class AdaptationWarmStartTest {
    static PlacementProblem problem() {
        return new InstanceLoader(Path.of("datasets")).problem(new InstanceSpec("w", null,
                new GenerateSpec(20, 3, List.of(), List.of(), InstanceLoader.DEFAULT_START), null));
    }

    private static List<int[]> randomDecisions(PlacementProblem p, int n, long seed) {
        PlacementVariation v = new PlacementVariation(p, 0.9, 0.1);
        SplittableRandom rng = new SplittableRandom(seed);
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int[] x = new int[p.variableCount()];
            v.randomize(x, rng);
            out.add(x);
        }
        return out;
    }

    private static HashSet<List<Integer>> decisions(List<Candidate> front) {
        HashSet<List<Integer>> s = new HashSet<>();
        front.forEach(c -> s.add(java.util.Arrays.stream(c.decision()).boxed().toList()));
        return s;
    }

    @Test
    void withOnlyTheInitialPopulationEvaluatedTheFrontIsTheSeedsFront() {
        PlacementProblem p = problem();
        List<int[]> seeds = randomDecisions(p, 100, 11); // NSGA-II's default population is 100
        Optimizer nsga2 = AlgorithmRegistry.standard().get("nsga2@moea");
        SolveResult r = nsga2.solve(p, SolveSpec.of("nsga2@moea", 100, 5), seeds, ProgressListener.NONE);
        assertEquals(100, r.evaluations());
        List<Candidate> evaluated = new ArrayList<>();
        for (int[] x : seeds) {
            Evaluation e = p.evaluate(x);
            evaluated.add(new Candidate(x, e.objectives(), e.constraints()));
        }
        List<Candidate> expected = Fronts.finalFront(evaluated, ViolationScales.of(p));
        assertEquals(decisions(expected), decisions(r.front()));
        // Without the seeds the same run starts elsewhere (current state and its neighbours).
        SolveResult cold = nsga2.solve(p, SolveSpec.of("nsga2@moea", 100, 5), ProgressListener.NONE);
        assertNotEquals(decisions(expected), decisions(cold.front()));
    }

    @Test
    void fewerSeedsThanThePopulationAreTopUpedAndAnEmptyListIsAColdStart() {
        PlacementProblem p = problem();
        Optimizer nsga2 = AlgorithmRegistry.standard().get("nsga2@moea");
        SolveSpec spec = SolveSpec.of("nsga2@moea", 300, 9);
        SolveResult cold = nsga2.solve(p, spec, ProgressListener.NONE);
        SolveResult empty = nsga2.solve(p, spec, List.of(), ProgressListener.NONE);
        assertEquals(decisions(cold.front()), decisions(empty.front()));
        SolveResult some = nsga2.solve(p, spec, randomDecisions(p, 3, 4), ProgressListener.NONE);
        assertEquals(300, some.evaluations());
    }

    @Test
    void anOptimizerWithoutWarmStartRefusesSeeds() {
        PlacementProblem p = problem();
        Optimizer composite = AlgorithmRegistry.standard().get("composite");
        assertEquals(false, composite.supportsInitialPopulation());
        assertThrows(InputException.class, () -> composite.solve(p, SolveSpec.of("composite", 100, 1),
                randomDecisions(p, 2, 1), ProgressListener.NONE));
        int[] bad = p.currentDecision();
        bad[0] = 999;
        assertThrows(IllegalArgumentException.class, () -> AlgorithmRegistry.standard().get("nsga2@moea")
                .solve(p, SolveSpec.of("nsga2@moea", 100, 1), List.of(bad), ProgressListener.NONE));
    }
}
