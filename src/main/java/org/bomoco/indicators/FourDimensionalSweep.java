package org.bomoco.indicators;

/**
 * Four-dimensional hypervolume by a sweep along the fourth coordinate in the manner of HV4D (A. P. Guerreiro,
 * C. M. Fonseca, M. T. M. Emmerich, "A fast dimension-sweep algorithm for the hypervolume indicator in four
 * dimensions", CCCG 2012): {@code HV_4 = Σ_j (w_{j+1} − w_j) · HV_3(S_j)}, where {@code S_j} holds the 3-D
 * non-dominated projections of the points swept so far, sorted by z, and {@code HV_3} grows by the exact 3-D
 * contribution of each new point: a z-sweep over {@code S_j} limited to the new point's box with a {@link Staircase},
 * stopping as soon as the box is covered (below the point only the interior points and the lowest/leftmost edge
 * points matter). Unlike HV4D+ (Guerreiro and Fonseca, IEEE Trans. Evol. Comput. 22(3), 2018) the staircase is rebuilt
 * per point: O(n·s·h) for n points, s kept points and staircases of h points. Working memory is preallocated.
 */
final class FourDimensionalSweep {
    private final double[] ref;
    private final Staircase stair;
    /** The kept 3-D points, sorted by z, and spare arrays of the same size. */
    private double[] sx;
    private double[] sy;
    private double[] sz;
    private double[] tx;
    private double[] ty;
    private double[] tz;
    private int sSize;
    /** Kept points with z at most the current point's (set by {@link #dominated3}). */
    private int below;

    /** Working memory for {@code capacity} points; {@code reference} has at least four coordinates. */
    FourDimensionalSweep(int capacity, double[] reference) {
        ref = reference;
        stair = new Staircase(capacity);
        sx = new double[capacity];
        sy = new double[capacity];
        sz = new double[capacity];
        tx = new double[capacity];
        ty = new double[capacity];
        tz = new double[capacity];
    }

    /**
     * The 4-D volume of the first {@code k} points of {@code pts} (flat, stride {@code m}, first four coordinates
     * used), sorted ascending by the fourth coordinate; dominated points and duplicates are allowed.
     */
    double volume(double[] pts, int k, int m) {
        sSize = 0;
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
            if (!dominated3(x, y, z)) {
                hv3 += contribution3(x, y, z);
                insertPruning3(x, y, z);
            }
        }
        return volume + hv3 * (ref[3] - prevW);
    }

    /**
     * Whether a kept point weakly dominates {@code (x, y, z)}; kept points are sorted by z, so only those with
     * {@code z' ≤ z} are scanned. Leaves the end of that prefix in {@link #below}.
     */
    private boolean dominated3(double x, double y, double z) {
        int i = 0;
        for (; i < sSize && sz[i] <= z; i++) {
            if (sx[i] <= x && sy[i] <= y) {
                return true;
            }
        }
        below = i;
        return false;
    }

    /** Exact volume that {@code (x, y, z)} adds to the kept 3-D set (which does not dominate it). */
    private double contribution3(double x, double y, double z) {
        stair.reset(ref[0], ref[1]);
        double open = (ref[0] - x) * (ref[1] - y);
        // below q in z: of the points limited onto q's left (or lower) edge only the lowest (leftmost) matters
        double edgeY = ref[1];
        double edgeX = ref[0];
        int i = 0;
        for (; i < below; i++) {
            if (sx[i] <= x) {
                edgeY = sy[i] < edgeY ? sy[i] : edgeY;
            } else if (sy[i] <= y) {
                edgeX = sx[i] < edgeX ? sx[i] : edgeX;
            } else {
                open -= stair.add(sx[i], sy[i]);
            }
        }
        if (edgeY < ref[1]) {
            open -= stair.add(x, edgeY);
        }
        if (edgeX < ref[0]) {
            open -= stair.add(edgeX, y);
        }
        double volume = 0;
        double level = z;
        for (; i < sSize; i++) {
            volume += open * (sz[i] - level);
            level = sz[i];
            double lx = sx[i] > x ? sx[i] : x;
            double ly = sy[i] > y ? sy[i] : y;
            if (lx == x && ly == y) {
                return volume;
            }
            open -= stair.add(lx, ly);
        }
        return volume + open * (ref[2] - level);
    }

    /**
     * Inserts {@code (x, y, z)} after the {@link #below} kept points with {@code z' ≤ z} and drops the later ones it
     * weakly dominates (the earlier ones it cannot dominate, ties in z aside, which are dominated in x and y by an
     * earlier-kept point or equal to it): one pass into the spare arrays, which then swap roles.
     */
    private void insertPruning3(double x, double y, double z) {
        int w = 0;
        for (int i = 0; i < below; i++) {
            if (sz[i] == z && sx[i] >= x && sy[i] >= y) {
                continue;
            }
            tx[w] = sx[i];
            ty[w] = sy[i];
            tz[w++] = sz[i];
        }
        tx[w] = x;
        ty[w] = y;
        tz[w++] = z;
        for (int i = below; i < sSize; i++) {
            if (sx[i] < x || sy[i] < y) {
                tx[w] = sx[i];
                ty[w] = sy[i];
                tz[w++] = sz[i];
            }
        }
        double[] swap = sx;
        sx = tx;
        tx = swap;
        swap = sy;
        sy = ty;
        ty = swap;
        swap = sz;
        sz = tz;
        tz = swap;
        sSize = w;
    }
}
