package org.bomoco.algorithms.moea;

import java.util.List;
import java.util.random.RandomGenerator;

import org.bomoco.algorithms.SolveSpec;
import org.bomoco.algorithms.config.AlgorithmConfig;
import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.algorithms.config.Lattice;
import org.bomoco.model.InputException;
import org.bomoco.algorithms.WeightLattice;
import org.bomoco.problem.Objective;
import org.moeaframework.algorithm.Algorithm;
import org.moeaframework.algorithm.EpsilonMOEA;
import org.moeaframework.algorithm.IBEA;
import org.moeaframework.algorithm.MOEAD;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.algorithm.NSGAIII;
import org.moeaframework.algorithm.SMSEMOA;
import org.moeaframework.algorithm.SPEA2;
import org.moeaframework.core.Epsilons;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.comparator.AggregateConstraintComparator;
import org.moeaframework.core.comparator.ChainedComparator;
import org.moeaframework.core.comparator.CrowdingComparator;
import org.moeaframework.core.comparator.ParetoDominanceComparator;
import org.moeaframework.core.fitness.AdditiveEpsilonIndicatorFitnessEvaluator;
import org.moeaframework.core.fitness.HypervolumeFitnessEvaluator;
import org.moeaframework.core.population.EpsilonBoxDominanceArchive;
import org.moeaframework.core.population.NondominatedSortingPopulation;
import org.moeaframework.core.population.Population;
import org.moeaframework.core.population.ReferencePointNondominatedSortingPopulation;
import org.moeaframework.core.selection.TournamentSelection;
import org.moeaframework.problem.Problem;
import org.moeaframework.util.weights.NormalBoundaryDivisions;
import org.moeaframework.util.weights.FixedWeights;

/**
 * The MOEA Framework 5.0 algorithms this package registers, each built with the library constructor that takes a
 * variation and an initialization, so that every one searches with {@link PlacementMoeaVariation} (workload-
 * uniform crossover and encoding-aware mutation: region categorical, size and delay ordinal, purchase binary) from
 * {@link PlacementInitialization} (current state plus random decisions), never with the library's real-valued
 * defaults (SBX/PM; NSGA-III's reset of SBX to η = 30 applies only to its default operator, not used here). Unless
 * stated, constraints are handled by the library's constrained dominance ({@code AggregateConstraintComparator}
 * on our normalised violations, then Pareto dominance), and the default population is {@value #POPULATION}.
 */
enum MoeaAlgorithm {
    /** NSGA-II (Deb et al. 2002): binary tournament on constrained dominance and crowding, elitist sorting. */
    NSGA2("nsga2", List.of("NSGA-II"), ConfigSchema.GENETIC,
            "NSGA-II (Deb et al. 2002), constrained dominance; placement crossover and mutation") {
        @Override
        Algorithm build(Setup s) {
            return new NSGAII(s.problem(), s.population(), new NondominatedSortingPopulation(), null,
                    new TournamentSelection(2, new ChainedComparator(new ParetoDominanceComparator(),
                            new CrowdingComparator())), s.variation(), s.initialization());
        }
    },
    /**
     * NSGA-III (Deb and Jain 2014): Das–Dennis reference points from parameter {@code divisions} (default
     * {@value Lattice#PLACEMENT_DIVISIONS}: 210 points at 5 objectives); population = points rounded up to a multiple of 4 (212)
     * unless the spec gives one; mating by binary tournament on constraint violation, ties broken at random (the
     * library's choice for constrained problems).
     */
    NSGA3("nsga3", List.of("NSGA-III"), ConfigSchema.REFERENCE_POINTS,
            "NSGA-III (Deb & Jain 2014), Das-Dennis reference points; placement crossover and mutation") {
        @Override
        int population(int asked, AlgorithmConfig c) {
            int points = referencePoints(Lattice.placement(((AlgorithmConfig.ReferencePoints) c).divisions()));
            return MoeaRuns.population(asked, (points + 3) / 4 * 4);
        }

        @Override
        Algorithm build(Setup s) {
            NormalBoundaryDivisions d = new NormalBoundaryDivisions(
                    Lattice.placement(s.config(AlgorithmConfig.ReferencePoints.class).divisions()));
            return new NSGAIII(s.problem(), s.population(),
                    new ReferencePointNondominatedSortingPopulation(OBJECTIVES, d),
                    new TournamentSelection(2, new ChainedComparator(new AggregateConstraintComparator(),
                            (a, b) -> PRNG.nextBoolean() ? -1 : 1)), s.variation(), s.initialization());
        }
    },
    /**
     * MOEA/D (Zhang and Li 2007) with Chebyshev scalarisation on the scaled objectives and Das–Dennis lattice
     * weights ({@link WeightLattice#simplexLattice}), not the library's random ones: population = lattice
     * size. The lattice has parameter {@code divisions} (default {@value Lattice#PLACEMENT_DIVISIONS}: 210 weights), or, when only
     * the spec's population is given, the most divisions whose lattice fits in it. Neighbourhood
     * {@code neighborhoodSize} (20), mating from the neighbourhood with probability {@code delta} (0.9), at most
     * {@code eta} (2) replacements. Constraints: the library adds 10⁴ + total normalised violation to the
     * Chebyshev value of infeasible solutions.
     */
    MOEAD("moead", List.of("MOEA/D"), ConfigSchema.MOEAD,
            "MOEA/D (Zhang & Li 2007), Chebyshev, Das-Dennis lattice weights; placement crossover and mutation") {
        @Override
        boolean batchEvaluation() {
            return false;
        }

        @Override
        int population(int asked, AlgorithmConfig c) {
            return referencePoints(moeadDivisions(asked, ((AlgorithmConfig.Moead) c).divisions()));
        }

        @Override
        Algorithm build(Setup s) {
            AlgorithmConfig.Moead c = s.config(AlgorithmConfig.Moead.class);
            int size = s.population();
            int divisions = moeadDivisions(s.spec().population(), c.divisions());
            return new MOEAD(s.problem(), size, Math.min(size, c.neighborhoodSize()),
                    new FixedWeights(WeightLattice.simplexLattice(OBJECTIVES, divisions)),
                    s.initialization(), s.variation(), c.delta(), c.eta(), -1);
        }
    },
    /**
     * SMS-EMOA (Beume et al. 2007): steady state, one child per step, the worst non-dominated front truncated by
     * hypervolume contribution. Deviation: contributions are Monte Carlo estimates
     * ({@link SampledContributionEvaluator}, parameter {@code samples} per point, default {@value AlgorithmConfig.SmsEmoa#SAMPLES}),
     * because the library's exact PISA-based evaluator takes seconds per evaluation at 5 objectives.
     */
    SMSEMOA("smsemoa", List.of("SMS-EMOA"), ConfigSchema.SMS_EMOA,
            "SMS-EMOA (Beume et al. 2007) with sampled hypervolume contributions; placement crossover and mutation") {
        @Override
        boolean batchEvaluation() {
            return false;
        }

        @Override
        Algorithm build(Setup s) {
            return new SMSEMOA(s.problem(), s.population(), s.initialization(), s.variation(),
                    new SampledContributionEvaluator(s.config(AlgorithmConfig.SmsEmoa.class).samples(), s.rng()));
        }
    },
    /** SPEA2 (Zitzler et al. 2001): strength fitness with the {@code k}-th nearest neighbour density (k = 1). */
    SPEA2("spea2", List.of("SPEA-2"), ConfigSchema.SPEA2,
            "SPEA2 (Zitzler et al. 2001), strength fitness and k-NN truncation; placement crossover and mutation") {
        @Override
        Algorithm build(Setup s) {
            return new SPEA2(s.problem(), s.population(), s.initialization(), s.variation(), s.population(),
                    spea2K(s.config(AlgorithmConfig.Spea2.class), s.population()));
        }
    },
    /**
     * ε-MOEA (Deb et al. 2003): steady state with an ε-box archive. Parameter {@code epsilon}: one number or one
     * per objective, as a fraction of the objective's current-state value ({@link Scales}), default
     * {@value AlgorithmConfig.EpsMoea#EPSILON} (boxes 1% of the current cost, carbon, ... wide).
     */
    EPSMOEA("epsmoea", List.of("eps-MOEA", "epsilon-MOEA", "ε-MOEA"), ConfigSchema.EPS_MOEA,
            "epsilon-MOEA (Deb et al. 2003), epsilon-box archive; placement crossover and mutation") {
        @Override
        boolean batchEvaluation() {
            return false;
        }

        @Override
        Algorithm build(Setup s) {
            double[] eps = s.config(AlgorithmConfig.EpsMoea.class).epsilon(OBJECTIVES);
            return new EpsilonMOEA(s.problem(), s.population(), new Population(),
                    new EpsilonBoxDominanceArchive(new Epsilons(eps)), new TournamentSelection(2),
                    s.variation(), s.initialization());
        }
    },
    /**
     * IBEA (Zitzler and Künzli 2004) with indicator {@code indicator} = {@code hypervolume} (default) or
     * {@code epsilon}. MOEA Framework 5.0's IBEA rejects constrained problems, so it sees the penalised view
     * ({@link PlacementMoeaProblem.Mode#PENALISED}): infeasible solutions are worse than feasible ones in every
     * objective and ranked by violation among themselves.
     */
    IBEA("ibea", List.of(), ConfigSchema.IBEA,
            "IBEA (Zitzler & Kuenzli 2004), static constraint penalty; placement crossover and mutation") {
        @Override
        PlacementMoeaProblem.Mode mode() {
            return PlacementMoeaProblem.Mode.PENALISED;
        }

        @Override
        Algorithm build(Setup s) {
            boolean hv = s.config(AlgorithmConfig.Ibea.class).indicator() == AlgorithmConfig.IbeaIndicator.HYPERVOLUME;
            return new IBEA(s.problem(), s.population(), null, s.initialization(), s.variation(), hv
                    ? new HypervolumeFitnessEvaluator(s.problem())
                    : new AdditiveEpsilonIndicatorFitnessEvaluator(s.problem()));
        }
    },
    /**
     * U-NSGA-III (Seada and Deb 2016): NSGA-III's reference-point survival with the library's niching tournament
     * for mating; {@code divisions} and population as {@code nsga3}.
     */
    UNSGA3("unsga3", List.of("U-NSGA-III"), ConfigSchema.REFERENCE_POINTS_PLACEMENT,
            "U-NSGA-III (Seada & Deb 2016), niching tournament, Das-Dennis points; placement crossover and mutation") {
        @Override
        int population(int asked, AlgorithmConfig c) {
            return NSGA3.population(asked, c);
        }

        @Override
        Algorithm build(Setup s) {
            return MoeaBuilders.unsga3(s);
        }
    },
    /** AGE-MOEA-II (Panichella 2022): survival by an adaptive geometry estimate of the front; mating on rank. */
    AGEMOEA2("agemoea2", List.of("AGE-MOEA-II"), ConfigSchema.GENETIC_PLACEMENT,
            "AGE-MOEA-II (Panichella 2022), adaptive geometry survival; placement crossover and mutation") {
        @Override
        Algorithm build(Setup s) {
            return MoeaBuilders.agemoea2(s);
        }
    },
    /**
     * RVEA (Cheng et al. 2016): angle-penalised distance to reference vectors (lattice and population as
     * {@code moead}), penalty {@code alpha} (2), vectors adapted every {@code adaptFrequency} (0.1) of the budget's
     * generations. Constraints: per vector, a feasible solution is chosen by penalised distance, else the least
     * violating one.
     */
    RVEA("rvea", List.of(), ConfigSchema.RVEA,
            "RVEA (Cheng et al. 2016), reference-vector guided, feasibility first; placement crossover and mutation") {
        @Override
        int population(int asked, AlgorithmConfig c) {
            return referencePoints(moeadDivisions(asked, ((AlgorithmConfig.Rvea) c).divisions()));
        }

        @Override
        Algorithm build(Setup s) {
            return MoeaBuilders.rvea(s);
        }
    },
    /**
     * PESA-II (Corne et al. 2001): region-based selection from an adaptive-grid archive ({@code archiveSize} 100,
     * {@code bisections} 4, at most 4: the grid has 2^(5·b) cells); constrained dominance in the archive.
     */
    PESA2("pesa2", List.of("PESA-II"), ConfigSchema.GRID_ARCHIVE,
            "PESA-II (Corne et al. 2001), region-based selection, grid archive; placement crossover and mutation") {
        @Override
        Algorithm build(Setup s) {
            return MoeaBuilders.pesa2(s);
        }
    },
    /**
     * PAES (Knowles and Corne 1999): the (1+1) strategy with an adaptive-grid archive ({@code archiveSize},
     * {@code bisections} as {@code pesa2}); mutation only ({@link PlacementMoeaMutation}), from the current state.
     */
    PAES("paes", List.of(), ConfigSchema.GRID_ARCHIVE,
            "PAES (Knowles & Corne 1999), (1+1) with grid archive; placement mutation only") {
        @Override
        boolean batchEvaluation() {
            return false;
        }

        @Override
        int population(int asked, AlgorithmConfig c) {
            return 1;
        }

        @Override
        Algorithm build(Setup s) {
            return MoeaBuilders.paes(s);
        }
    },
    /**
     * VEGA (Schaffer 1985): each sub-population selected on one objective. Caveat: its selection ignores
     * constraints (only the archive, hence the front, applies constrained dominance), so it is a baseline.
     */
    VEGA("vega", List.of(), ConfigSchema.GENETIC_PLACEMENT,
            "VEGA (Schaffer 1985), per-objective selection; IGNORES constraints except in its archive") {
        @Override
        Algorithm build(Setup s) {
            return MoeaBuilders.vega(s);
        }
    };

    /** Default population of the algorithms without a lattice. */
    static final int POPULATION = 100;
    static final int MAX_DIVISIONS = Lattice.MAX_PLACEMENT_DIVISIONS;
    static final int OBJECTIVES = Objective.values().length;

    private final String baseId;
    private final List<String> aliases;
    private final ConfigSchema<? extends AlgorithmConfig> schema;
    private final String description;

    MoeaAlgorithm(String baseId, List<String> aliases, ConfigSchema<? extends AlgorithmConfig> schema,
                  String description) {
        this.baseId = baseId;
        this.aliases = aliases;
        this.schema = schema;
        this.description = description;
    }

    /** Everything {@link #build} needs. */
    record Setup(Problem problem, PlacementMoeaVariation variation,
                 PlacementInitialization initialization, int population, AlgorithmConfig config, SolveSpec spec,
                 RandomGenerator rng) {
        /** The configuration as the record of {@code type} (the schema of the algorithm built). */
        <C extends AlgorithmConfig> C config(Class<C> type) {
            return type.cast(config);
        }
    }

    String baseId() {
        return baseId;
    }

    List<String> aliases() {
        return aliases;
    }

    /** The parameters this algorithm reads ({@code divisions} etc. plus the variation keys). */
    ConfigSchema<? extends AlgorithmConfig> schema() {
        return schema;
    }

    String description() {
        return description;
    }

    /**
     * Whether the algorithm evaluates a batch of solutions before reading any (a generation's offspring), so that
     * parameter {@code parallel_evaluation} can evaluate them in parallel; false for the algorithms that evaluate
     * one child and use it at once (MOEA/D, SMS-EMOA, ε-MOEA), which then evaluate serially.
     */
    boolean batchEvaluation() {
        return true;
    }

    /** Whether {@link MoeaBenchmarks} builds it (the first seven); the later ones run on placement problems only. */
    boolean benchmarks() {
        return ordinal() <= IBEA.ordinal();
    }

    /** How constraints reach the library. */
    PlacementMoeaProblem.Mode mode() {
        return PlacementMoeaProblem.Mode.CONSTRAINED;
    }

    /** The population (one generation's evaluations) of a run asked for population {@code asked} (0 = default). */
    int population(int asked, AlgorithmConfig c) {
        return MoeaRuns.population(asked, POPULATION);
    }

    /** The library algorithm, with our variation and initialization. */
    abstract Algorithm build(Setup s);

    /** Das–Dennis lattice size at 5 objectives: C(divisions + 4, 4) (the library's count). */
    static int referencePoints(int divisions) {
        return new NormalBoundaryDivisions(divisions).getNumberOfReferencePoints(OBJECTIVES);
    }

    /** SPEA2's k, which must be below the population. */
    static int spea2K(AlgorithmConfig.Spea2 c, int population) {
        if (c.k() > population - 1) {
            throw new InputException(ConfigSchema.SOURCE, 0, "k", "spea2: k = " + c.k() + " must be below the "
                    + "population of " + population + "; lower k or raise the population");
        }
        return c.k();
    }

    /**
     * MOEA/D's (and RVEA's) divisions: those given ({@code divisions} > 0), else the largest lattice within the
     * population {@code asked}, else {@value Lattice#PLACEMENT_DIVISIONS}.
     */
    static int moeadDivisions(int asked, int divisions) {
        if (divisions > 0 || asked <= 0) {
            return Lattice.placement(divisions);
        }
        int h = 1;
        while (h < MAX_DIVISIONS && referencePoints(h + 1) <= asked) {
            h++;
        }
        return h;
    }
}
