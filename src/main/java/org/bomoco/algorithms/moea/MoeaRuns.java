package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.algorithms.SpecParameters;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;

/**
 * What every run of this package shares: the library lock and seeding, the run's components, the population
 * check, the stepping loop and the conversion of the library's result to candidates and to the reported front.
 *
 * <p><b>Determinism.</b> MOEA Framework draws selection and replacement randomness from its global {@code PRNG}.
 * A run therefore holds {@link #LOCK}, a static lock of this package, for its whole duration and calls
 * {@code PRNG.setSeed(spec.seed())} after taking it, so two runs of this library never interleave draws and a
 * run's result does not depend on the thread it runs on or on what ran before. Runs of this library are thus
 * serialised (runs of other libraries are not). Our operators draw from a separate generator
 * ({@code L64X128MixRandom} seeded with {@code spec.seed()}).
 */
final class MoeaRuns {
    /** Held by every run of this package for its whole duration (see the class comment). */
    static final ReentrantLock LOCK = new ReentrantLock();

    private MoeaRuns() {
    }

    /**
     * The seeded pieces of one run: the library view of the problem, our operators and initialization, and the
     * generator they draw from.
     */
    record Components(PlacementMoeaProblem problem, PlacementMoeaVariation variation,
                      PlacementInitialization initialization, RandomGenerator rng) {
    }

    /**
     * Seeds MOEA Framework's {@code PRNG} and builds the run's components, with the operator rates of
     * {@code parameters} ({@link PlacementVariation#of}). Call with {@link #LOCK} held.
     */
    static Components components(PlacementProblem problem, Scales scales, PlacementMoeaProblem.Mode mode,
                                 SpecParameters parameters, long seed) {
        return components(problem, scales, mode, parameters, seed, List.of());
    }

    /** As {@link #components(PlacementProblem, Scales, PlacementMoeaProblem.Mode, SpecParameters, long)}, with the
     * initial population opened by {@code initial} (warm start, {@link PlacementInitialization}). */
    static Components components(PlacementProblem problem, Scales scales, PlacementMoeaProblem.Mode mode,
                                 SpecParameters parameters, long seed, List<int[]> initial) {
        PRNG.setSeed(seed);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        PlacementVariation operators = PlacementVariation.of(problem, parameters);
        PlacementMoeaProblem moeaProblem = new PlacementMoeaProblem(problem, scales, mode);
        return new Components(moeaProblem, new PlacementMoeaVariation(operators, rng),
                new PlacementInitialization(moeaProblem, operators, rng, initial), rng);
    }

    /**
     * @throws InputException (file {@code population}) when {@code population} is negative or 1
     */
    static int population(int requested, int fallback) {
        if (requested < 0 || requested == 1) {
            throw new InputException("population", 0, null, "population " + requested
                    + " is invalid; give 0 for the algorithm's default or at least 2");
        }
        return requested > 0 ? requested : fallback;
    }

    /**
     * Steps {@code algorithm} until it has done at least {@code budget} evaluations (the first step initialises
     * the population), reporting checkpoints at {@code offset +} its evaluation count.
     *
     * @return the real number of evaluations {@code algorithm} did (it overshoots to the end of a generation)
     */
    static long run(Algorithm algorithm, long budget, Checkpoints checkpoints, long offset,
                    PlacementMoeaProblem problem, List<Candidate> earlier) {
        while (algorithm.getNumberOfEvaluations() < budget) {
            algorithm.step();
            checkpoints.report(offset + algorithm.getNumberOfEvaluations(), () -> {
                List<Candidate> all = new ArrayList<>(earlier);
                all.addAll(candidates(algorithm.getResult(), problem));
                return front(all, problem);
            });
        }
        return algorithm.getNumberOfEvaluations();
    }

    /** The reported front of {@code candidates}: {@link Fronts#finalFront} under the problem's violation scales. */
    static List<Candidate> front(List<Candidate> candidates, PlacementMoeaProblem problem) {
        return Fronts.finalFront(candidates, problem.scales().violationScales());
    }

    /** The raw candidates of {@code solutions} (re-evaluated, see {@link PlacementMoeaProblem#candidate}). */
    static List<Candidate> candidates(Iterable<Solution> solutions, PlacementMoeaProblem problem) {
        List<Candidate> out = new ArrayList<>();
        for (Solution s : solutions) {
            out.add(problem.candidate(s));
        }
        return out;
    }
}
