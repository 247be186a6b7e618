package org.bomoco.indicators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/** {@link SupportedPoints}: hand cases, a naive convex hull in 2-D, the primal LP in 3 and 5 dimensions. */
class SupportedPointsTest {
    /** LP optima agree to this (both formulations are solved by the same simplex code in double precision). */
    private static final double EPS = 1e-9;

    @Test
    void middlePointAboveTheChordIsUnsupported() {
        // w = (½, ½): ½·0.6 + ½·0.6 = 0.6 > ½ = w·(0,1) = w·(1,0); any other w favours an end point even more.
        // Dual optimum: the midpoint (½, ½) of the chord is below (0.6, 0.6) by 0.1 in both objectives.
        double[][] s = {{0, 1}, {1, 0}, {0.6, 0.6}};
        assertArrayEquals(new boolean[] {true, true, false}, SupportedPoints.supported(s));
        assertEquals(0.1, SupportedPoints.margin(s[2], s), EPS);
        assertEquals(1, SupportedPoints.countUnsupported(s));
        // (0.4, 0.4): w = (½, ½) gives 0.4 < 0.5, so it is the unique minimiser
        double[][] t = {{0, 1}, {1, 0}, {0.4, 0.4}};
        assertArrayEquals(new boolean[] {true, true, true}, SupportedPoints.supported(t));
        assertEquals(0, SupportedPoints.margin(t[2], t), 0);
        // a constant third objective is left out: the same answer as in 2-D (else w = (0, 0, 1) would tie all)
        double[][] c = {{0, 1, 7}, {1, 0, 7}, {0.6, 0.6, 7}};
        assertArrayEquals(new boolean[] {true, true, false}, SupportedPoints.supported(c));
        // (0.5, 0.5) is on the chord: tied at w = (½, ½), supported (weakly)
        assertTrue(SupportedPoints.supported(new double[] {0.5, 0.5}, s));
    }

    @Test
    void threeDimensionalSimplexCentre() {
        // the unit vectors have w·e_k = w_k; the centre c·(1,1,1) has w·p = c. min_w max_k ... : the best w is
        // (⅓, ⅓, ⅓), where the unit vectors score ⅓: c = 0.4 > ⅓ unsupported (margin 0.4 − ⅓), c = 0.3 supported.
        double[][] s = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.4, 0.4, 0.4}};
        assertArrayEquals(new boolean[] {true, true, true, false}, SupportedPoints.supported(s));
        assertEquals(0.4 - 1.0 / 3, SupportedPoints.margin(s[3], s), EPS);
        assertTrue(SupportedPoints.supported(new double[] {0.3, 0.3, 0.3}, s));
        // weakly supported: (0, 0.6, 0.6) ties (0, 1, 0) and (0, 0, 1) under w = (1, 0, 0)
        assertTrue(SupportedPoints.supported(new double[] {0, 0.6, 0.6}, s));
    }

    @Test
    void agreesWithTheLowerConvexHullOnRandom2dSets() {
        SplittableRandom rng = new SplittableRandom(20240611);
        int unsupported = 0;
        for (int trial = 0; trial < 40; trial++) {
            double[][] set = nonDominated(randomFront(rng, 2, 5 + rng.nextInt(40)));
            boolean[] hull = naiveHull2d(set);
            assertArrayEquals(hull, SupportedPoints.supported(set), "trial " + trial);
            for (boolean b : hull) {
                unsupported += b ? 0 : 1;
            }
        }
        assertTrue(unsupported > 50, "the random sets should exercise unsupported points: " + unsupported);
    }

    @Test
    void agreesWithThePrimalLpIn3And5Dimensions() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int m : new int[] {3, 5}) {
            int both = 0;
            for (int trial = 0; trial < 6; trial++) {
                double[][] set = nonDominated(randomFront(rng, m, 40));
                boolean[] fast = SupportedPoints.supported(set);
                for (int i = 0; i < set.length; i++) {
                    double z = primal(set[i], set);
                    assertEquals(z, SupportedPoints.margin(set[i], set), EPS, "m " + m + " point " + i);
                    assertEquals(z <= SupportedPoints.TOLERANCE, fast[i]);
                    both |= fast[i] ? 1 : 2;
                }
            }
            assertEquals(3, both, "both supported and unsupported points at m = " + m);
        }
    }

    @Test
    void everyWeightedSumMinimiserIsSupportedAndScalingChangesNothing() {
        SplittableRandom rng = new SplittableRandom(99);
        double[][] set = nonDominated(randomFront(rng, 4, 60));
        boolean[] flags = SupportedPoints.supported(set);
        for (int t = 0; t < 200; t++) {
            double[] w = rng.doubles(4).toArray();
            int best = 0;
            for (int i = 1; i < set.length; i++) {
                if (dot(w, set[i]) < dot(w, set[best])) {
                    best = i;
                }
            }
            assertTrue(flags[best], "minimiser of a weighted sum must be supported");
        }
        double[] a = {3, 0.5, 1000, 7};
        double[] b = {-1, 4, 2e4, 0};
        double[][] scaled = Arrays.stream(set).map(p -> {
            double[] q = new double[4];
            for (int k = 0; k < 4; k++) {
                q[k] = a[k] * p[k] + b[k];
            }
            return q;
        }).toArray(double[][]::new);
        assertArrayEquals(flags, SupportedPoints.supported(scaled));
        assertFalse(Arrays.equals(flags, new boolean[flags.length]), "some points supported");
    }

    @Test
    void rejectsRaggedInput() {
        assertThrows(IllegalArgumentException.class,
                () -> SupportedPoints.supported(new double[] {1, 2}, new double[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class,
                () -> SupportedPoints.supported(new double[] {Double.NaN, 2}, new double[][] {{1, 2}}));
    }

    /** Points near a concave-or-convex curved front with noise, so both kinds of point occur. */
    static double[][] randomFront(SplittableRandom rng, int m, int n) {
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] x = rng.doubles(m, 0.05, 1).toArray();
            double power = rng.nextBoolean() ? 0.5 : 2;
            double norm = 0;
            for (double v : x) {
                norm += Math.pow(v, power);
            }
            norm = Math.pow(norm, 1 / power);
            for (int k = 0; k < m; k++) {
                x[k] = x[k] / norm + 0.05 * rng.nextDouble();
            }
            out[i] = x;
        }
        return out;
    }

    /** O(n²·m) non-dominated filter. */
    static double[][] nonDominated(double[][] set) {
        List<double[]> keep = new ArrayList<>();
        for (double[] p : set) {
            boolean dominated = false;
            for (double[] q : set) {
                boolean noWorse = true;
                boolean better = false;
                for (int k = 0; k < p.length; k++) {
                    noWorse &= q[k] <= p[k];
                    better |= q[k] < p[k];
                }
                dominated |= noWorse && better;
            }
            if (!dominated) {
                keep.add(p);
            }
        }
        return keep.toArray(double[][]::new);
    }

    /**
     * 2-D reference: Andrew's monotone chain lower hull of the non-dominated set sorted by f1 (then f2 descends), keeping
     * collinear points (pop only on a strict clockwise turn); a point is supported iff it stays on the hull.
     */
    static boolean[] naiveHull2d(double[][] set) {
        Integer[] order = new Integer[set.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> set[i][0]));
        List<Integer> hull = new ArrayList<>();
        for (int i : order) {
            while (hull.size() >= 2 && cross(set[hull.get(hull.size() - 2)], set[hull.get(hull.size() - 1)],
                    set[i]) < 0) {
                hull.remove(hull.size() - 1);
            }
            hull.add(i);
        }
        boolean[] out = new boolean[set.length];
        hull.forEach(i -> out[i] = true);
        return out;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    /** The primal LP of the definition: min z s.t. w·(p − q) − z ≤ 0 ∀q, Σw = 1, w ≥ 0 (z ≥ 0 since q = p is in S). */
    static double primal(double[] p, double[][] set) {
        int m = p.length;
        double[] objective = new double[m + 1];
        objective[m] = 1;
        List<LinearConstraint> cs = new ArrayList<>();
        for (double[] q : set) {
            double[] row = new double[m + 1];
            for (int k = 0; k < m; k++) {
                row[k] = p[k] - q[k];
            }
            row[m] = -1;
            cs.add(new LinearConstraint(row, Relationship.LEQ, 0));
        }
        double[] sum = new double[m + 1];
        Arrays.fill(sum, 0, m, 1.0);
        cs.add(new LinearConstraint(sum, Relationship.EQ, 1));
        return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(cs), GoalType.MINIMIZE, new NonNegativeConstraint(true)).getValue();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
