package org.bomoco.indicators;

/**
 * A static k-d tree over a point set for exact branch-and-bound nearest-point queries under the costs of the distance
 * indicators (J. L. Bentley, "Multidimensional binary search trees used for associative searching", CACM 18(9), 1975;
 * J. H. Friedman, J. L. Bentley, R. A. Finkel, ACM TOMS 3(3), 1977). Each node splits its points at the median of the
 * coordinate along which its tight bounding box is widest; leaves hold at most {@value #LEAF} points. A query visits
 * the child with the smaller lower bound first (on equal bounds, as with the many zero bounds of IGD+ and ε, the one
 * nearer in Euclidean distance) and skips every box whose lower bound is not below the best cost found.
 *
 * <p>Exactness: a {@link Cost}'s box bound is, in floating point, never above its cost at any point of the box (it
 * sums or maximises the same terms in the same order with each term replaced by a smaller or equal one, and
 * rounding is monotone), so a query returns exactly the minimum a scan over all points would return. Building is
 * O(n log n) expected (quickselect); a query costs O(log n) on well-spread low-dimensional sets, O(n) at worst.
 * Not thread-safe to build, safe to query from several threads (queries keep their state on the stack).
 */
final class KdTree {
    /** Points per leaf at most. */
    static final int LEAF = 8;

    /** A cost of a point for a query, with a lower bound over a box. */
    interface Cost {
        /** The cost of the point stored at {@code pts[o .. o+m)} for query {@code q}. */
        double point(double[] q, double[] pts, int o, int m);

        /** A lower bound of {@link #point} over the box {@code [lo, hi]} stored at offset {@code o}. */
        double box(double[] q, double[] lo, double[] hi, int o, int m);
    }

    private final int m;
    private final double[] pts;
    private final int[] ids;
    private final int[] start;
    private final int[] end;
    private final int[] child;
    private final double[] lo;
    private final double[] hi;
    /** Leaves whose points are all equal: their cost is one value, so one point (not excluded) is examined. */
    private final boolean[] uniform;
    private int nodes;

    /** A tree over {@code points} (non-empty, each of the same length; not modified). */
    KdTree(double[][] points) {
        int n = points.length;
        m = points[0].length;
        pts = new double[n * m];
        ids = new int[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(points[i], 0, pts, i * m, m);
            ids[i] = i;
        }
        int capacity = 2 * (n / (LEAF / 2) + 1) + 1;
        start = new int[capacity];
        end = new int[capacity];
        child = new int[capacity];
        lo = new double[capacity * m];
        hi = new double[capacity * m];
        uniform = new boolean[capacity];
        build(newNode(0, n));
    }

    private int newNode(int from, int to) {
        int node = nodes++;
        start[node] = from;
        end[node] = to;
        child[node] = -1;
        int b = node * m;
        for (int k = 0; k < m; k++) {
            double a = Double.POSITIVE_INFINITY;
            double z = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double v = pts[i * m + k];
                a = Math.min(a, v);
                z = Math.max(z, v);
            }
            lo[b + k] = a;
            hi[b + k] = z;
        }
        return node;
    }

    /** Splits {@code node} at the median of its widest coordinate, recursively (depth O(log n)). */
    private void build(int node) {
        int from = start[node];
        int to = end[node];
        int b = node * m;
        int axis = 0;
        for (int k = 1; k < m; k++) {
            if (hi[b + k] - lo[b + k] > hi[b + axis] - lo[b + axis]) {
                axis = k;
            }
        }
        if (hi[b + axis] == lo[b + axis]) {
            uniform[node] = true;
            return;
        }
        if (to - from <= LEAF) {
            return;
        }
        int mid = (from + to) >>> 1;
        select(from, to - 1, mid, axis);
        int left = newNode(from, mid);
        newNode(mid, to);
        child[node] = left;
        build(left);
        build(left + 1);
    }

    /** Rearranges rows {@code [l, r]} so that row {@code k} holds its order statistic by {@code axis} (Hoare). */
    private void select(int l, int r, int k, int axis) {
        while (l < r) {
            double pivot = pts[((l + r) >>> 1) * m + axis];
            int i = l;
            int j = r;
            while (i <= j) {
                while (pts[i * m + axis] < pivot) {
                    i++;
                }
                while (pts[j * m + axis] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(i++, j--);
                }
            }
            if (k <= j) {
                r = j;
            } else if (k >= i) {
                l = i;
            } else {
                return;
            }
        }
    }

    private void swap(int a, int b) {
        for (int k = 0; k < m; k++) {
            double t = pts[a * m + k];
            pts[a * m + k] = pts[b * m + k];
            pts[b * m + k] = t;
        }
        int t = ids[a];
        ids[a] = ids[b];
        ids[b] = t;
    }

    /**
     * The smallest {@code cost} of a point for {@code q}, skipping the point given as index {@code exclude} of the
     * input ({@code −1}: none); {@code +∞} when no point is left. The search may stop as soon as it has found a cost
     * {@code ≤ stopAt} and then returns that cost (a value {@code ≤ stopAt}, not necessarily the minimum); pass
     * {@code −∞} for the exact minimum.
     */
    double min(double[] q, Cost cost, int exclude, double stopAt) {
        return search(0, q, cost, exclude, Double.POSITIVE_INFINITY, stopAt);
    }

    private double search(int node, double[] q, Cost cost, int exclude, double best, double stopAt) {
        if (child[node] < 0) {
            for (int i = start[node]; i < end[node]; i++) {
                if (ids[i] != exclude) {
                    double v = cost.point(q, pts, i * m, m);
                    if (v < best) {
                        best = v;
                        if (best <= stopAt) {
                            return best;
                        }
                    }
                    if (uniform[node]) {
                        return best;
                    }
                }
            }
            return best;
        }
        int a = child[node];
        int b = a + 1;
        double ba = cost.box(q, lo, hi, a * m, m);
        double bb = cost.box(q, lo, hi, b * m, m);
        if (bb < ba || bb == ba && Points.SQUARED.box(q, lo, hi, b * m, m) < Points.SQUARED.box(q, lo, hi, a * m, m)) {
            int t = a;
            a = b;
            b = t;
            double tb = ba;
            ba = bb;
            bb = tb;
        }
        if (ba < best) {
            best = search(a, q, cost, exclude, best, stopAt);
            if (best <= stopAt) {
                return best;
            }
        }
        return bb < best ? search(b, q, cost, exclude, best, stopAt) : best;
    }
}
