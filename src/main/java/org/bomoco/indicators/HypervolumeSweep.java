package org.bomoco.indicators;

/**
 * Working memory and recursion of {@link Hypervolume}: all arrays are allocated once per computation, none in the
 * recursion. Points live in flat arrays with stride {@code m} (the original dimension); a level of dimension
 * {@code d} reads their first {@code d} coordinates and receives them sorted ascending by coordinate {@code d − 1}.
 *
 * <ul>
 *   <li>{@code d ≥ 5}: WFG slicing (While, Bradstreet, Barone 2012) — {@code HV_d(S) = Σ_j (r_d − p_{j,d}) ·
 *       (box_{d−1}(p_j) − HV_{d−1}(limit({p_1..p_{j−1}}, p_j)))}. The earlier points are kept ordered by
 *       coordinate {@code d − 2}, and limiting (componentwise maximum) preserves that order, so every child receives
 *       its input already sorted and only the top level sorts.</li>
 *   <li>{@code d = 5} (the parent of the 4-D base case) also keeps its earlier points ordered by coordinates 0 and 2
 *       and limits them in three groups (see {@link #limitToFour}): about half the limited points share the new
 *       point's fourth coordinate, and handing those over unordered made the 4-D sweep compute 3-D contributions
 *       for about 1.9 times as many points as the 4-D front holds (7,700 against 4,100 over the 200-point
 *       5-objective sphere front of HypervolumeBench).</li>
 *   <li>{@code d = 4}: {@link FourDimensionalSweep} (HV4D, Guerreiro, Fonseca, Emmerich 2012, with the HV4D+
 *       contribution scheme of Guerreiro and Fonseca 2018).</li>
 *   <li>{@code d = 3}: the z-sweep with a staircase in a balanced tree ({@link TreeStaircase}, Beume et al. 2009),
 *       O(n log n); {@code d = 2}: the y-sweep, O(n) after the sort.</li>
 * </ul>
 */
final class HypervolumeSweep {
    private final int m;
    private final double[] ref;
    /** {@code buffers[d]}: the input of the level of dimension {@code d} (d = m is the top). */
    private final double[][] buffers;
    /** {@code orders[d]}: earlier points of level {@code d}, as indices ordered by coordinate {@code d − 2}. */
    private final int[][] orders;
    /** For the level of dimension 5: its earlier points ordered by coordinates 0 and 2 as well (see {@link #limitToFour}). */
    private final int[] byX;
    private final int[] byZ;
    private final FourDimensionalSweep four;

    /** Working memory for {@code capacity} points of dimension {@code reference.length}. */
    HypervolumeSweep(int capacity, double[] reference) {
        m = reference.length;
        ref = reference;
        buffers = new double[m + 1][];
        orders = new int[m + 1][];
        for (int d = Math.min(m, 4); d <= m; d++) {
            buffers[d] = new double[capacity * m];
            orders[d] = d >= 5 ? new int[capacity] : null;
        }
        buffers[m] = new double[capacity * m];
        byX = m >= 5 ? new int[capacity] : null;
        byZ = m >= 5 ? new int[capacity] : null;
        four = m >= 4 ? new FourDimensionalSweep(capacity, reference) : null;
    }

    /** The top-level buffer, to be filled with the points sorted by the last coordinate. */
    double[] input() {
        return buffers[m];
    }

    /** The volume of the first {@code k} points of {@link #input()} (sorted; non-dominated when {@code m ≥ 5}). */
    double volume(int k) {
        return level(m, buffers[m], k);
    }

    private double level(int d, double[] pts, int k) {
        switch (d) {
            case 2:
                return sweep2(pts, k);
            case 3:
                return sweep3(pts, k);
            case 4:
                return four.volume(pts, k, m);
            default:
                return slice(d, pts, k);
        }
    }

    /**
     * WFG slicing for {@code d ≥ 5}; input sorted by coordinate {@code d − 1} and non-dominated. An earlier point
     * weakly dominated in the first {@code d − 1} coordinates by a later one is dropped for good: its limited image
     * is dominated by that point's for every later point (the pruning of the dimension-sweep algorithms).
     */
    private double slice(int d, double[] pts, int k) {
        int[] order = orders[d];
        double[] child = buffers[d - 1];
        int last = d - 1;
        int live = 0;
        double volume = 0;
        for (int j = 0; j < k; j++) {
            int pj = j * m;
            int kc = d == 5 ? limitToFour(pts, live, pj, child) : limit(pts, order, live, pj, d - 1, child);
            double box = 1.0;
            for (int c = 0; c < last; c++) {
                box *= ref[c] - pts[pj + c];
            }
            double excl = kc == 0 ? box : box - level(d - 1, child, kc);
            volume += (ref[last] - pts[pj + last]) * excl;
            int alive = insertPruning(order, live, j, pts, last, last - 1);
            if (d == 5 && alive <= live) {
                // the other two orders lose the same points (rare on a front)
                insertPruning(byX, live, j, pts, last, 0);
                insertPruning(byZ, live, j, pts, last, 2);
            } else if (d == 5) {
                insertSorted(byX, live, j, pts, 0);
                insertSorted(byZ, live, j, pts, 2);
            }
            live = alive;
        }
        return volume;
    }

    /**
     * Removes from {@code order[0..live)} the points that point {@code j} weakly dominates in its first {@code dd}
     * coordinates and inserts {@code j}, keeping the order ascending by coordinate {@code key}.
     *
     * @return the new number of live points
     */
    private int insertPruning(int[] order, int live, int j, double[] pts, int dd, int key) {
        int pj = j * m;
        int w = 0;
        for (int t = 0; t < live; t++) {
            if (!weaklyDominates(pts, pj, order[t] * m, dd)) {
                order[w++] = order[t];
            }
        }
        return insertSorted(order, w, j, pts, key);
    }

    /** Inserts {@code j} into {@code order[0..live)}, ascending by coordinate {@code key}; returns {@code live + 1}. */
    private int insertSorted(int[] order, int live, int j, double[] pts, int key) {
        double v = pts[j * m + key];
        int t = live;
        while (t > 0 && pts[order[t - 1] * m + key] > v) {
            order[t] = order[t - 1];
            t--;
        }
        order[t] = j;
        return live + 1;
    }

    /**
     * Writes {@code max(q, p)} (first {@code dd} coordinates) for the {@code j} earlier points {@code q}, in the
     * order of {@code order} (ascending coordinate {@code dd − 1}), to {@code child}; for {@code dd ≥ 5} keeps only
     * the non-dominated ones (the 4-D sweep filters its own input). Returns the count written.
     */
    private int limit(double[] pts, int[] order, int j, int pj, int dd, double[] child) {
        int kc = 0;
        boolean filter = dd >= 5;
        for (int t = 0; t < j; t++) {
            int q = order[t] * m;
            int out = kc * m;
            for (int c = 0; c < dd; c++) {
                double a = pts[q + c];
                double b = pts[pj + c];
                child[out + c] = a > b ? a : b;
            }
            if (!filter) {
                kc++;
            } else if (!dominatedByKept(child, kc, out, dd)) {
                kc = dropTiesItDominates(child, kc, out, dd);
            }
        }
        return kc;
    }

    /**
     * {@link #limit} for a 4-D child, ordered so that points tied in the fourth coordinate reach the
     * {@link FourDimensionalSweep} with weak dominators first and in increasing third coordinate (fewer 3-D
     * contributions, none of them with points above): (a) the points limited to {@code p}'s third and fourth
     * coordinates, reduced to their 2-D non-dominated subset by a scan in increasing first coordinate; (b) the others
     * limited to {@code p}'s fourth coordinate, in increasing third coordinate; (c) the rest, in increasing fourth
     * coordinate. Limiting preserves each order. Returns the count written.
     */
    private int limitToFour(double[] pts, int live, int pj, double[] child) {
        double px = pts[pj];
        double py = pts[pj + 1];
        double pz = pts[pj + 2];
        double pw = pts[pj + 3];
        int kc = 0;
        double ceiling = Double.POSITIVE_INFINITY;
        for (int t = 0; t < live; t++) {
            int q = byX[t] * m;
            double ly = pts[q + 1] > py ? pts[q + 1] : py;
            if (pts[q + 3] <= pw && pts[q + 2] <= pz && ly < ceiling) {
                double lx = pts[q] > px ? pts[q] : px;
                kc = kc > 0 && child[(kc - 1) * m] == lx ? kc - 1 : kc;
                put(child, kc++, lx, ly, pz, pw);
                ceiling = ly;
            }
        }
        for (int t = firstAbove(byZ, live, pts, 2, pz); t < live; t++) {
            int q = byZ[t] * m;
            if (pts[q + 3] <= pw) {
                put(child, kc++, Math.max(pts[q], px), Math.max(pts[q + 1], py), pts[q + 2], pw);
            }
        }
        int[] byW = orders[5];
        for (int t = firstAbove(byW, live, pts, 3, pw); t < live; t++) {
            int q = byW[t] * m;
            put(child, kc++, Math.max(pts[q], px), Math.max(pts[q + 1], py), Math.max(pts[q + 2], pz), pts[q + 3]);
        }
        return kc;
    }

    /** The first position of {@code order[0..live)} (ascending by coordinate {@code key}) with a key above {@code v}. */
    private int firstAbove(int[] order, int live, double[] pts, int key, double v) {
        int lo = 0;
        int hi = live;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pts[order[mid] * m + key] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void put(double[] child, int i, double x, double y, double z, double w) {
        int out = i * m;
        child[out] = x;
        child[out + 1] = y;
        child[out + 2] = z;
        child[out + 3] = w;
    }

    private boolean dominatedByKept(double[] a, int kept, int at, int dd) {
        for (int r = kept - 1; r >= 0; r--) {
            if (weaklyDominates(a, r * m, at, dd)) {
                return true;
            }
        }
        return false;
    }

    /** Appends the candidate at {@code kept}, removing kept points with an equal last coordinate that it dominates. */
    private int dropTiesItDominates(double[] a, int kept, int at, int dd) {
        double key = a[at + dd - 1];
        int first = kept;
        while (first > 0 && a[(first - 1) * m + dd - 1] == key) {
            first--;
        }
        int w = first;
        for (int r = first; r < kept; r++) {
            if (!weaklyDominates(a, at, r * m, dd)) {
                System.arraycopy(a, r * m, a, w * m, dd);
                w++;
            }
        }
        System.arraycopy(a, at, a, w * m, dd);
        return w + 1;
    }

    private static boolean weaklyDominates(double[] a, int x, int y, int dd) {
        for (int c = 0; c < dd; c++) {
            if (a[x + c] > a[y + c]) {
                return false;
            }
        }
        return true;
    }

    /** Two dimensions, input sorted by the second coordinate. */
    private double sweep2(double[] pts, int k) {
        double minX = Double.POSITIVE_INFINITY;
        double volume = 0;
        double prevY = 0;
        for (int j = 0; j < k; j++) {
            double y = pts[j * m + 1];
            if (j > 0) {
                volume += (ref[0] - minX) * (y - prevY);
            }
            minX = Math.min(minX, pts[j * m]);
            prevY = y;
        }
        return k == 0 ? 0 : volume + (ref[0] - minX) * (ref[1] - prevY);
    }

    /**
     * Three dimensions, input sorted by the third coordinate: z-sweep over a 2-D staircase in a balanced tree,
     * O(n log n) (reached only when the whole problem has three objectives).
     */
    private double sweep3(double[] pts, int k) {
        TreeStaircase stair = new TreeStaircase();
        stair.reset(ref[0], ref[1]);
        double area = 0;
        double volume = 0;
        for (int j = 0; j < k; j++) {
            int p = j * m;
            if (j > 0) {
                volume += area * (pts[p + 2] - pts[p + 2 - m]);
            }
            area += stair.add(pts[p], pts[p + 1]);
        }
        return k == 0 ? 0 : volume + area * (ref[2] - pts[(k - 1) * m + 2]);
    }
}
