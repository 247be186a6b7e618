package org.bomoco.indicators;

/**
 * A two-dimensional non-dominated staircase (minimisation) bounded by a corner point, kept in preallocated arrays
 * sorted by the first coordinate ascending (so the second is strictly descending). {@link #add} inserts a point and
 * returns the area it adds to the region dominated by the staircase inside {@code [x, cornerX] × [y, cornerY]}:
 * the incremental two-dimensional step of the three-dimensional sweep (N. Beume, C. M. Fonseca, M. López-Ibáñez,
 * L. Paquete, J. Vahrenhold, "On the complexity of computing the hypervolume indicator", IEEE Trans. Evol. Comput.
 * 13(5):1075–1082, 2009), here with an array instead of a balanced tree: O(log h) search plus O(h) shifting per
 * insertion for a staircase of h points, which is faster than a tree for the small staircases met in practice.
 */
final class Staircase {
    /** Staircases up to this size are searched linearly (fewer mispredicted branches than a binary search). */
    private static final int LINEAR = 24;
    private final double[] xs;
    private final double[] ys;
    private int size;
    private double cornerX;
    private double cornerY;

    /** A staircase able to hold {@code capacity} points. */
    Staircase(int capacity) {
        xs = new double[Math.max(1, capacity)];
        ys = new double[Math.max(1, capacity)];
    }

    /** Empties the staircase and sets its corner (the reference point of the two retained coordinates). */
    void reset(double cornerX, double cornerY) {
        this.cornerX = cornerX;
        this.cornerY = cornerY;
        size = 0;
    }

    /**
     * Inserts {@code (x, y)} (which must lie inside the corner) unless a point of the staircase weakly dominates it,
     * and removes the points it weakly dominates.
     *
     * @return the area newly dominated, 0 when the point was weakly dominated
     */
    double add(double x, double y) {
        int pos = firstNotBelow(x);
        if (pos > 0 && ys[pos - 1] <= y || pos < size && xs[pos] == x && ys[pos] <= y) {
            return 0.0;
        }
        double height = pos > 0 ? ys[pos - 1] : cornerY;
        double left = x;
        double added = 0.0;
        int i = pos;
        while (i < size && ys[i] >= y) {
            added += (xs[i] - left) * (height - y);
            left = xs[i];
            height = ys[i];
            i++;
        }
        added += ((i < size ? xs[i] : cornerX) - left) * (height - y);
        replace(pos, i, x, y);
        return added;
    }

    /**
     * Appends {@code (x, y)} at the right end: the caller guarantees {@code x} is at least the last point's x and
     * {@code y} below its y (a staircase laid down in increasing x). A point with the last point's x replaces it.
     *
     * @return the area newly dominated
     */
    double appendRight(double x, double y) {
        double top = size > 0 ? ys[size - 1] : cornerY;
        if (size > 0 && xs[size - 1] == x) {
            ys[size - 1] = y;
        } else {
            xs[size] = x;
            ys[size++] = y;
        }
        return (cornerX - x) * (top - y);
    }

    /** Replaces the entries {@code [from, to)} (possibly none) with the single point {@code (x, y)}. */
    private void replace(int from, int to, double x, double y) {
        int removed = to - from;
        if (removed == 0) {
            for (int i = size; i > from; i--) {
                xs[i] = xs[i - 1];
                ys[i] = ys[i - 1];
            }
            size++;
        } else if (removed > 1) {
            int shift = removed - 1;
            for (int i = to; i < size; i++) {
                xs[i - shift] = xs[i];
                ys[i - shift] = ys[i];
            }
            size -= shift;
        }
        xs[from] = x;
        ys[from] = y;
    }

    /** The first index whose x is {@code ≥ x}: a linear scan on short staircases, else a binary search. */
    private int firstNotBelow(double x) {
        if (size <= LINEAR) {
            int i = 0;
            while (i < size && xs[i] < x) {
                i++;
            }
            return i;
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
