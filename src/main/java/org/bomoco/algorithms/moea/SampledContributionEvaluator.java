package org.bomoco.algorithms.moea;

import java.util.random.RandomGenerator;

import org.moeaframework.core.attribute.Fitness;
import org.moeaframework.core.fitness.FitnessEvaluator;
import org.moeaframework.core.population.Population;

/**
 * Monte Carlo estimates of each point's exclusive hypervolume contribution, as the fitness of SMS-EMOA's last
 * front (larger is better). MOEA Framework 5.0's {@code HypervolumeContributionFitnessEvaluator} computes exact
 * contributions with the PISA algorithm ({@code n + 1} hypervolumes per step), which at 5 objectives and 100
 * points takes many seconds per evaluation (LIBRARIES.md: PISA is unusable beyond about 100 points), so this
 * evaluator estimates them instead, in the manner of HypE (Bader and Zitzler 2011).
 *
 * <p>Objectives are normalised to the front's [min, max] and the reference point is {@value #REFERENCE} in every
 * objective. For each point p, {@code samples} points are drawn uniformly in its dominated box [p, ref] (volume
 * V_p); the fraction h/S not dominated by any other point of the front estimates the exclusive share, and the
 * fitness is {@code V_p·(h + ½)/(S + 1)} (the ½ keeps ties among tiny contributors ordered by box volume).
 * O(n²·m·S) in the worst case, much less in practice (a sample stops at its first dominator). Draws come from
 * the run's seeded generator.
 */
final class SampledContributionEvaluator implements FitnessEvaluator {
    /** Normalised reference point, 10% beyond the front's worst value in each objective. */
    static final double REFERENCE = 1.1;

    private final int samples;
    private final RandomGenerator rng;

    SampledContributionEvaluator(int samples, RandomGenerator rng) {
        this.samples = samples;
        this.rng = rng;
    }

    @Override
    public boolean areLargerValuesPreferred() {
        return true;
    }

    @Override
    public void evaluate(Population front) {
        double[][] f = normalised(front);
        double[] s = new double[f.length == 0 ? 0 : f[0].length];
        for (int p = 0; p < f.length; p++) {
            double volume = 1;
            for (int k = 0; k < s.length; k++) {
                volume *= REFERENCE - f[p][k];
            }
            int hits = 0;
            for (int t = 0; t < samples; t++) {
                for (int k = 0; k < s.length; k++) {
                    s[k] = f[p][k] + rng.nextDouble() * (REFERENCE - f[p][k]);
                }
                hits += dominatedByOther(f, p, s) ? 0 : 1;
            }
            Fitness.setAttribute(front.get(p), volume * (hits + 0.5) / (samples + 1));
        }
    }

    private static boolean dominatedByOther(double[][] f, int p, double[] s) {
        for (int q = 0; q < f.length; q++) {
            if (q != p && weaklyDominates(f[q], s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean weaklyDominates(double[] a, double[] s) {
        for (int k = 0; k < s.length; k++) {
            if (a[k] > s[k]) {
                return false;
            }
        }
        return true;
    }

    private static double[][] normalised(Population front) {
        double[] lo = front.getLowerBounds();
        double[] hi = front.getUpperBounds();
        double[][] f = new double[front.size()][];
        for (int p = 0; p < f.length; p++) {
            double[] v = front.get(p).getObjectiveValues();
            for (int k = 0; k < v.length; k++) {
                v[k] = hi[k] > lo[k] ? (v[k] - lo[k]) / (hi[k] - lo[k]) : 0;
            }
            f[p] = v;
        }
        return f;
    }
}
