package org.bomoco.algorithms.moea;

import java.util.random.RandomGenerator;

import org.bomoco.algorithms.PlacementVariation;
import org.moeaframework.core.Solution;
import org.moeaframework.core.constraint.Constraint;
import org.moeaframework.core.objective.Objective;
import org.moeaframework.core.operator.Variation;

/**
 * {@link PlacementVariation} as a MOEA Framework {@code Variation} of arity 2: two children, each a copy of one
 * parent to which the workload-uniform crossover with the other parent is applied, then the encoding-aware
 * mutation. Every draw comes from the run's seeded {@link RandomGenerator}, never from the library's PRNG, in the
 * order crossover, first child's mutation, second child's mutation. Algorithms that keep one child (SMS-EMOA,
 * MOEA/D, ε-MOEA) use the first.
 *
 * <p>The call only makes the draws (O(n/64 + mutations)) and returns children whose decisions are built from the
 * parents' on first read ({@link DecisionVariable#bred}): in a run with parallel evaluation that read is the
 * child's evaluation, on an evaluation thread, so the O(n) copying runs in parallel. The children are the same as
 * copying the parents, crossing the copies over and mutating them on the spot ({@link PlacementVariation#crossover},
 * {@link PlacementVariation#mutate}, which make the same draws).
 */
final class PlacementMoeaVariation implements Variation {
    private final PlacementVariation operators;
    private final RandomGenerator rng;

    PlacementMoeaVariation(PlacementVariation operators, RandomGenerator rng) {
        this.operators = operators;
        this.rng = rng;
    }

    /** The placement operators (PAES uses their mutation alone, {@link PlacementMoeaMutation}). */
    PlacementVariation operators() {
        return operators;
    }

    @Override
    public String getName() {
        return "placement-uniform-crossover+mutation";
    }

    @Override
    public int getArity() {
        return 2;
    }

    @Override
    public Solution[] evolve(Solution[] parents) {
        int[] xa = PlacementMoeaProblem.decision(parents[0]);
        int[] xb = PlacementMoeaProblem.decision(parents[1]);
        long[] coins = operators.drawCrossover(rng);
        int[] mutationA = operators.drawMutation(rng);
        int[] mutationB = operators.drawMutation(rng);
        return new Solution[] {
            child(parents[0], DecisionVariable.bred(xa, xb, coins, mutationA, operators)),
            child(parents[1], DecisionVariable.bred(xb, xa, coins, mutationB, operators))};
    }

    /**
     * What {@code parent.copy()} makes (a {@link PendingSolution} of the same batch for one, a {@code Solution}
     * otherwise; copies of the parent's objectives and constraints, no attributes: MOEA Framework 5.0's copy
     * constructor) with {@code decision} in place of a copy of the parent's decision.
     */
    static Solution child(Solution parent, DecisionVariable decision) {
        Solution c = parent instanceof PendingSolution p ? p.emptySibling()
                : new Solution(parent.getNumberOfVariables(), parent.getNumberOfObjectives(),
                        parent.getNumberOfConstraints());
        c.setVariable(0, decision);
        for (int i = 0; i < parent.getNumberOfObjectives(); i++) {
            Objective o = parent.getObjective(i);
            c.setObjective(i, o == null ? null : o.copy());
        }
        for (int i = 0; i < parent.getNumberOfConstraints(); i++) {
            Constraint k = parent.getConstraint(i);
            c.setConstraint(i, k == null ? null : k.copy());
        }
        return c;
    }
}
