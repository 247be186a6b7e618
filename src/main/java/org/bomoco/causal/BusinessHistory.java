package org.bomoco.causal;

/**
 * A services × days business history with known treatment and known true effect.
 *
 * @param revenue        revenue[service][day] (observed, includes the true effect), all &gt; 0
 * @param treated        whether each service receives the change
 * @param treatmentStart first treated day per service, or −1 if never treated
 * @param trueEffect     trueEffect[service][day] = observed minus counterfactual revenue (0 before the start)
 */
public record BusinessHistory(double[][] revenue, boolean[] treated, int[] treatmentStart, double[][] trueEffect) {

    public BusinessHistory {
        int n = revenue.length;
        if (n == 0 || treated.length != n || treatmentStart.length != n || trueEffect.length != n) {
            throw new IllegalArgumentException("revenue, treated, treatmentStart, trueEffect need the same rows");
        }
        for (int i = 0; i < n; i++) {
            if (treated[i] != (treatmentStart[i] >= 0)) {
                throw new IllegalArgumentException("service " + i + ": treated flag disagrees with start day");
            }
            if (revenue[i].length != revenue[0].length || trueEffect[i].length != revenue[0].length) {
                throw new IllegalArgumentException("service " + i + ": ragged rows");
            }
        }
    }

    public int services() {
        return revenue.length;
    }

    public int days() {
        return revenue[0].length;
    }

    /** Natural log of revenue, on which effects are additive (log points ≈ relative effects). */
    public double[][] logRevenue() {
        double[][] out = new double[services()][days()];
        for (int i = 0; i < services(); i++) {
            for (int t = 0; t < days(); t++) {
                out[i][t] = Math.log(revenue[i][t]);
            }
        }
        return out;
    }

    /** D[i][t] = service i is treated and t ≥ its start day. */
    public boolean[][] postIndicator() {
        boolean[][] out = new boolean[services()][days()];
        for (int i = 0; i < services(); i++) {
            for (int t = Math.max(0, treatmentStart[i]); treated[i] && t < days(); t++) {
                out[i][t] = true;
            }
        }
        return out;
    }

    /**
     * The true average effect on the treated in log points: mean over treated post cells of
     * log(observed / counterfactual); NaN if no treated post cell. This is the target of DiD on {@link #logRevenue()}.
     */
    public double trueLogAtt() {
        double sum = 0;
        int count = 0;
        boolean[][] post = postIndicator();
        for (int i = 0; i < services(); i++) {
            for (int t = 0; t < days(); t++) {
                if (post[i][t]) {
                    sum += Math.log(revenue[i][t] / (revenue[i][t] - trueEffect[i][t]));
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
