package org.bomoco.causal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The simplex least-squares solver against hand-computed projections and a brute-force simplex grid. */
class SyntheticControlSolverTest {
    private static final double GRID_STEP = 1e-3;
    /** A grid of step h can miss the optimum by O(h) in w, i.e. O(h²·λmax) in the objective; generous bound. */
    private static final double OBJECTIVE_SLACK = 1e-9;

    @Test
    void projectionMatchesHandComputedCases() {
        // (0.8, 0.6): theta = (1.4 − 1)/2 = 0.2 → (0.6, 0.4)
        assertArrayEquals(new double[] {0.6, 0.4}, ScSimplexSolver.projectToSimplex(new double[] {0.8, 0.6}), 1e-15);
        // (2, 0): rho = 1, theta = 1 → (1, 0) since 0 − 1 < 0
        assertArrayEquals(new double[] {1, 0}, ScSimplexSolver.projectToSimplex(new double[] {2, 0}), 1e-15);
        // equal entries (0.5 ×3): theta = (1.5 − 1)/3 = 1/6 → 1/3 each
        double third = 1.0 / 3;
        assertArrayEquals(new double[] {third, third, third},
                ScSimplexSolver.projectToSimplex(new double[] {0.5, 0.5, 0.5}), 1e-15);
    }

    @Test
    void matchesBruteForceGridOnTwoAndThreeDonors() {
        for (int seed = 0; seed < 6; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            int donors = 2 + seed % 2;
            double[][] d = new double[donors][12];
            double[] y = new double[12];
            for (int t = 0; t < 12; t++) {
                y[t] = rng.nextDouble(-1, 1);
                for (int j = 0; j < donors; j++) {
                    d[j][t] = rng.nextDouble(-1, 1);
                }
            }
            double[] w = ScSimplexSolver.solve(y, d);
            double[] grid = gridArgmin(y, d);
            double sse = sse(y, d, w);
            assertTrue(sse <= sse(y, d, grid) + OBJECTIVE_SLACK, "seed " + seed + ": solver worse than grid");
            assertArrayEquals(grid, w, 2 * GRID_STEP, "seed " + seed + ": argmin differs from the grid's");
        }
    }

    private static double[] gridArgmin(double[] y, double[][] d) {
        int steps = (int) Math.round(1 / GRID_STEP);
        double best = Double.POSITIVE_INFINITY;
        double[] arg = null;
        for (int a = 0; a <= steps; a++) {
            for (int b = 0; b <= (d.length == 3 ? steps - a : 0); b++) {
                double[] w = d.length == 2
                        ? new double[] {a * GRID_STEP, 1 - a * GRID_STEP}
                        : new double[] {a * GRID_STEP, b * GRID_STEP, 1 - (a + b) * GRID_STEP};
                double value = sse(y, d, w);
                if (value < best) {
                    best = value;
                    arg = w;
                }
            }
        }
        return arg;
    }

    static double sse(double[] y, double[][] d, double[] w) {
        double s = 0;
        for (int t = 0; t < y.length; t++) {
            double fit = 0;
            for (int j = 0; j < d.length; j++) {
                fit += w[j] * d[j][t];
            }
            s += (y[t] - fit) * (y[t] - fit);
        }
        return s;
    }

    @Test
    void vertexSolutionWhenTargetIsADonor() {
        double[][] d = {{1, 2, 3, 4}, {4, 1, 0, 2}, {-1, 0, 5, 1}};
        double[] w = ScSimplexSolver.solve(d[1].clone(), d);
        assertArrayEquals(new double[] {0, 1, 0}, w, 1e-9);
        assertEquals(1.0, w[0] + w[1] + w[2], 1e-12);
    }
}
