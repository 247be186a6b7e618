package org.bomoco.algorithms;

import org.bomoco.algorithms.config.ConfigSchema;
import org.bomoco.model.InputException;

/**
 * The budget check every optimizer makes before anything random ({@link #requireBudget}). Algorithm parameters are
 * read by {@link ConfigSchema#read} into {@link org.bomoco.algorithms.config.AlgorithmConfig} records.
 */
public final class SpecParameters {
    /** The {@code file} of the exceptions about parameters ({@link ConfigSchema#SOURCE}). */
    public static final String SOURCE = ConfigSchema.SOURCE;

    private SpecParameters() {
    }

    /**
     * Rejects a budget below one generation (file {@code evaluations}).
     *
     * @param evaluations the budget
     * @param oneGeneration the evaluations of one generation (the smallest budget accepted)
     * @param what the algorithm, as the message names it
     */
    public static void requireBudget(long evaluations, long oneGeneration, String what) {
        if (evaluations < oneGeneration) {
            throw new InputException("evaluations", 0, null, "a budget of " + evaluations + " evaluations is below "
                    + "one generation of " + what + " (" + oneGeneration + " evaluations); give at least "
                    + oneGeneration + " or a smaller population");
        }
    }

    /** {@link #requireBudget(long, long, String)} for {@code spec}'s budget and algorithm. */
    public static void requireBudget(SolveSpec spec, long oneGeneration) {
        requireBudget(spec.evaluations(), oneGeneration, spec.algorithm());
    }
}
