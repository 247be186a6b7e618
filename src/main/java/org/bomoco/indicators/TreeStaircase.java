package org.bomoco.indicators;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two-dimensional staircase of {@link Staircase} kept in a balanced search tree ({@link TreeMap}, first coordinate
 * → second), as in the O(n log n) three-dimensional sweep of N. Beume, C. M. Fonseca, M. López-Ibáñez, L. Paquete,
 * J. Vahrenhold, "On the complexity of computing the hypervolume indicator", IEEE Trans. Evol. Comput.
 * 13(5):1075–1082, 2009: {@link #add} costs O(log h) plus O(log h) per point it removes, each point being removed at
 * most once, where the array staircase shifts O(h) entries per insertion — quadratic on large fronts, whose
 * staircases grow with the front. Same arithmetic as {@link Staircase#add}.
 */
final class TreeStaircase {
    private final TreeMap<Double, Double> steps = new TreeMap<>();
    private double cornerX;
    private double cornerY;

    /** Empties the staircase and sets its corner (the reference point of the two retained coordinates). */
    void reset(double cornerX, double cornerY) {
        this.cornerX = cornerX;
        this.cornerY = cornerY;
        steps.clear();
    }

    /**
     * Inserts {@code (x, y)} (inside the corner) unless a point of the staircase weakly dominates it, and removes the
     * points it weakly dominates.
     *
     * @return the area newly dominated, 0 when the point was weakly dominated
     */
    double add(double x, double y) {
        x += 0.0; // −0.0 as 0.0, so that the tree's order is the numeric one
        Map.Entry<Double, Double> below = steps.lowerEntry(x);
        if (below != null && below.getValue() <= y) {
            return 0.0;
        }
        Double same = steps.get(x);
        if (same != null && same <= y) {
            return 0.0;
        }
        double height = below != null ? below.getValue() : cornerY;
        double left = x;
        double added = 0.0;
        Iterator<Map.Entry<Double, Double>> right = steps.tailMap(x, true).entrySet().iterator();
        double next = cornerX;
        while (right.hasNext()) {
            Map.Entry<Double, Double> e = right.next();
            if (e.getValue() < y) {
                next = e.getKey();
                break;
            }
            added += (e.getKey() - left) * (height - y);
            left = e.getKey();
            height = e.getValue();
            right.remove();
        }
        added += (next - left) * (height - y);
        steps.put(x, y);
        return added;
    }
}
