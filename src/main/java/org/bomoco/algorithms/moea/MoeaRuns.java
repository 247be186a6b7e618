package org.bomoco.algorithms.moea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;

import org.bomoco.algorithms.Candidate;
import org.bomoco.algorithms.Checkpoints;
import org.bomoco.algorithms.Fronts;
import org.bomoco.algorithms.ParallelEvaluation;
import org.bomoco.algorithms.PlacementVariation;
import org.bomoco.algorithms.config.Variation;
import org.bomoco.model.InputException;
import org.bomoco.problem.PlacementProblem;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.parallel.util.ThreadLocalMersenneTwister;
import org.moeaframework.problem.Problem;

/**
 * What every run of this package shares: the library seeding, the run's components, the population check, the
 * stepping loop and the conversion of the library's result to candidates and to the reported front.
 *
 * <p><b>Determinism.</b> MOEA Framework draws selection and replacement randomness from its global {@code PRNG},
 * whose generator in 5.0 is {@code ThreadLocalMersenneTwister}: one Mersenne Twister per thread, and
 * {@code PRNG.setSeed} reseeds only the calling thread's. A run calls {@link #seedLibrary} with its seed on the
 * thread that then steps the algorithm, so concurrent runs on other threads draw from other streams, and a run
 * draws the same numbers alone, beside other runs and on any thread; runs hold no lock. {@link #seedLibrary}
 * refuses to run if something replaced that generator (a shared {@code Random} would interleave the runs'
 * draws). Checked in the 5.0 classes on our code paths (the seven algorithms, tournament selection, the
 * populations and archives, {@code NormalBoundaryDivisions}, {@code FixedWeights}, the indicator fitness
 * evaluators): they draw through {@code PRNG}'s static methods at each call, none keeps a generator of its own,
 * and none uses {@code java.util.Random}, {@code Math.random} or {@code ThreadLocalRandom}. Evaluation draws
 * nothing, so parallel evaluation ({@link #components}) leaves the streams alone. Our operators draw
 * from a separate generator ({@code L64X128MixRandom} seeded with {@code spec.seed()}).
 */
final class MoeaRuns {
    private MoeaRuns() {
    }

    /**
     * Seeds the calling thread's stream of MOEA Framework's {@code PRNG} with {@code seed} (see the class comment).
     *
     * @throws IllegalStateException when {@code PRNG}'s generator is not the library's per-thread one
     */
    static void seedLibrary(long seed) {
        if (!(PRNG.getRandom() instanceof ThreadLocalMersenneTwister)) {
            throw new IllegalStateException("MOEA Framework's PRNG generator was replaced by "
                    + PRNG.getRandom().getClass().getName() + "; concurrent runs would share its stream");
        }
        PRNG.setSeed(seed);
    }

    /**
     * The seeded pieces of one run: the library view of the problem, the problem the algorithm evaluates through
     * ({@code search}: the same, or a {@link BatchEvaluation} over it for parallel evaluation), our operators and
     * initialization, and the generator they draw from.
     */
    record Components(PlacementMoeaProblem problem, Problem search, PlacementMoeaVariation variation,
                      PlacementInitialization initialization, RandomGenerator rng) {
    }

    /**
     * Seeds the thread's stream of MOEA Framework's {@code PRNG} ({@link #seedLibrary}) and builds the run's
     * components, with the operator rates of {@code settings} ({@link PlacementVariation#of}) and the initial
     * population opened by {@code initial} (warm start, {@link PlacementInitialization}). With a parallel
     * {@code evaluation} the algorithm evaluates through a {@link BatchEvaluation} on its threads: {@code evaluate}
     * queues the solution and returns, and the first read of a queued solution evaluates the whole queue at once,
     * so a generational algorithm evaluates its whole offspring in one parallel batch.
     * Evaluation draws nothing and writes only its own solution, so the result equals the serial run's.
     */
    static Components components(PlacementProblem problem, Scales scales, PlacementMoeaProblem.Mode mode,
                                 Variation settings, long seed, List<int[]> initial,
                                 ParallelEvaluation evaluation) {
        seedLibrary(seed);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        PlacementVariation operators = PlacementVariation.of(problem, settings);
        PlacementMoeaProblem moeaProblem = new PlacementMoeaProblem(problem, scales, mode);
        Problem search = evaluation.parallel() ? new BatchEvaluation(moeaProblem, evaluation) : moeaProblem;
        return new Components(moeaProblem, search, new PlacementMoeaVariation(operators, rng),
                new PlacementInitialization(moeaProblem, search, operators, rng, initial), rng);
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
     * the population), reporting checkpoints at {@code offset +} its evaluation count (their re-evaluations on
     * {@code threads}).
     *
     * @return the real number of evaluations {@code algorithm} did (it overshoots to the end of a generation)
     */
    static long run(Algorithm algorithm, long budget, Checkpoints checkpoints, long offset,
                    PlacementMoeaProblem problem, List<Candidate> earlier, ParallelEvaluation threads) {
        while (algorithm.getNumberOfEvaluations() < budget) {
            algorithm.step();
            checkpoints.report(offset + algorithm.getNumberOfEvaluations(), () -> {
                List<Candidate> all = new ArrayList<>(earlier);
                all.addAll(candidates(algorithm.getResult(), problem, threads));
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

    /**
     * {@link #candidates(Iterable, PlacementMoeaProblem)} with the re-evaluations on {@code threads} (the same
     * candidates in the same order: each is a pure function of its solution's decision).
     */
    static List<Candidate> candidates(Iterable<Solution> solutions, PlacementMoeaProblem problem,
                                      ParallelEvaluation threads) {
        if (!threads.parallel()) {
            return candidates(solutions, problem);
        }
        List<Solution> list = new ArrayList<>();
        solutions.forEach(list::add);
        Candidate[] out = new Candidate[list.size()];
        threads.forEach(IntStream.range(0, out.length).boxed().toList(), i -> out[i] = problem.candidate(list.get(i)));
        return new ArrayList<>(Arrays.asList(out));
    }
}
