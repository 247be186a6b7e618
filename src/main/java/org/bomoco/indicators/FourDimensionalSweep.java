package org.bomoco.indicators;

/**
 * Four-dimensional hypervolume by a sweep along the fourth coordinate {@code w}, after HV4D+ (A. P. Guerreiro,
 * C. M. Fonseca, "Computing and updating hypervolume contributions in up to four dimensions", IEEE Trans. Evol.
 * Comput. 22(3):449–463, 2018; the sweep itself is HV4D, Guerreiro, Fonseca, Emmerich, CCCG 2012):
 * {@code HV_4 = Σ_j (w_{j+1} − w_j) · HV_3(S_j)}, where {@code S_j} is the 3-D non-dominated set of the points swept
 * so far and {@code HV_3} grows by the exact 3-D contribution of each new point {@code p}.
 *
 * <p>As in HV4D+, {@code S} is kept in two sorted lists, by {@code x} and by {@code z} (here flat arrays of (x, y, z)
 * triples, updated in O(|S|) per insertion), so that no staircase is rebuilt from unsorted points:
 * <ol>
 *   <li>one pass in {@code x} order over the points with {@code z ≤ p_z} decides whether {@code p} is dominated
 *       (only those with {@code x ≤ p_x}, which come first, can dominate it) and lays down the base of the
 *       contribution at height {@code p_z}: the lowest point on {@code p}'s left edge, then the 2-D non-dominated
 *       interior points in increasing {@code x}, then the leftmost point on the lower edge, each appended to the
 *       {@link Staircase} at its right end in O(1);</li>
 *   <li>a pass in {@code z} order over the points above {@code p} shrinks the base (limited to {@code p}'s box),
 *       stopping as soon as a point covers it.</li>
 * </ol>
 * Deviation from the paper: the second pass inserts into a short array staircase by search rather than through the
 * per-point neighbour ("closest") pointers of HV4D+; on the sets met inside the 5-D recursion ({@code |S|} ≈ 10–20,
 * staircases of 2–3 points, see HypervolumeBench) the search is a couple of comparisons. Cost O(s + a·h) per point
 * for 3-D fronts of s points, a of them above it, and staircases of h points, so O(n²·h) in the worst case against
 * HV4D+'s O(n²). Working memory is preallocated.
 */
final class FourDimensionalSweep {
    private final double[] ref;
    private final Staircase stair;
    /** The points of {@code S} as (x, y, z) triples ascending by z. */
    private final double[] byZ;
    /** The same points ascending by x. */
    private final double[] byX;
    private int size;
    /** Number of points of {@code S} with {@code x' ≤ x} of the point last examined (set by {@link #base}). */
    private int leftCount;

    /** Working memory for {@code capacity} points; {@code reference} has at least four coordinates. */
    FourDimensionalSweep(int capacity, double[] reference) {
        ref = reference;
        stair = new Staircase(capacity + 2);
        byZ = new double[3 * capacity + 3];
        byX = new double[3 * capacity + 3];
    }

    /**
     * The 4-D volume of the first {@code k} points of {@code pts} (flat, stride {@code m}, first four coordinates
     * used), sorted ascending by the fourth coordinate; dominated points and duplicates are allowed.
     */
    double volume(double[] pts, int k, int m) {
        size = 0;
        double hv3 = 0;
        double volume = 0;
        double prevW = k == 0 ? 0 : pts[3];
        for (int j = 0; j < k; j++) {
            int p = j * m;
            double x = pts[p];
            double y = pts[p + 1];
            double z = pts[p + 2];
            volume += hv3 * (pts[p + 3] - prevW);
            prevW = pts[p + 3];
            double covered = base(x, y, z);
            if (covered == covered) {
                int above = firstAbove(z);
                hv3 += contribution3(x, y, z, (ref[0] - x) * (ref[1] - y) - covered, above);
                insert(byX, leftCount, 0, x, y, z);
                size = insert(byZ, above, 2, x, y, z);
            }
        }
        return volume + hv3 * (ref[3] - prevW);
    }

    /**
     * Pass 2: the exact volume {@code (x, y, z)} adds to {@code S}, given the uncovered area {@code open} of its
     * base at height z and the position {@code above} of the first point of {@code S} higher than z.
     */
    private double contribution3(double x, double y, double z, double open, int above) {
        double volume = 0;
        double level = z;
        for (int i = 3 * above; i < 3 * size; i += 3) {
            double qz = byZ[i + 2];
            volume += open * (qz - level);
            level = qz;
            double lx = byZ[i] > x ? byZ[i] : x;
            double ly = byZ[i + 1] > y ? byZ[i + 1] : y;
            if (lx == x && ly == y) {
                return volume;
            }
            open -= stair.add(lx, ly);
        }
        return volume + open * (ref[2] - level);
    }

    /**
     * Pass 1: resets the staircase to the part of {@code (x, y)}'s box covered by the points of {@code S} with
     * {@code z' ≤ z}, scanning {@code S} in x order, and returns its area; returns NaN when one of them weakly
     * dominates {@code (x, y, z)}. Leaves the number of points with {@code x' ≤ x} in {@link #leftCount}.
     */
    private double base(double x, double y, double z) {
        stair.reset(ref[0], ref[1]);
        double edgeY = ref[1];
        int i = 0;
        int end = 3 * size;
        for (; i < end && byX[i] <= x; i += 3) {
            if (byX[i + 2] <= z) {
                double qy = byX[i + 1];
                if (qy <= y) {
                    return Double.NaN;
                }
                edgeY = qy < edgeY ? qy : edgeY;
            }
        }
        leftCount = i / 3;
        double covered = edgeY < ref[1] ? stair.appendRight(x, edgeY) : 0.0;
        double ceiling = edgeY;
        for (; i < end; i += 3) {
            double qy = byX[i + 1];
            if (byX[i + 2] > z || qy >= ceiling) {
                continue;
            }
            if (qy <= y) {
                return covered + stair.appendRight(byX[i], y);
            }
            covered += stair.appendRight(byX[i], qy);
            ceiling = qy;
        }
        return covered;
    }

    /** The first position in {@link #byZ} whose point has {@code z' > z} (binary search). */
    private int firstAbove(double z) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byZ[3 * mid + 2] <= z) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Inserts {@code (x, y, z)} into the list {@code list}, sorted by coordinate {@code key}, at or before position
     * {@code pos} (the first with a greater key), after dropping the points it weakly dominates: these all have a
     * key at least its own, so only the tail from the first equal key is compacted, then shifted by one.
     *
     * @return the new number of points in the list
     */
    private int insert(double[] list, int pos, int key, double x, double y, double z) {
        double v = key == 0 ? x : z;
        while (pos > 0 && list[3 * pos - 3 + key] == v) {
            pos--;
        }
        int from = 3 * pos;
        int w = from;
        for (int r = from; r < 3 * size; r += 3) {
            if (list[r] < x || list[r + 1] < y || list[r + 2] < z) {
                list[w] = list[r];
                list[w + 1] = list[r + 1];
                list[w + 2] = list[r + 2];
                w += 3;
            }
        }
        System.arraycopy(list, from, list, from + 3, w - from);
        list[from] = x;
        list[from + 1] = y;
        list[from + 2] = z;
        return w / 3 + 1;
    }
}
