package org.bomoco.report;

/**
 * The check that no chosen solution breaks a sovereignty or latency constraint: over every stored final solution of
 * every run on every placement instance (the composite baseline's plans included), re-evaluated, the number of
 * solutions with a positive sovereignty or latency violation; also the number outside their instance's region scope.
 *
 * @param solutions solutions checked
 * @param runs runs they come from
 * @param infeasible solutions with any positive violation (runs that found no feasible solution return their least
 *     violating ones)
 * @param sovereignty solutions with a sovereignty violation
 * @param latency solutions with a latency violation
 * @param violating solutions with either
 * @param outOfScope solutions that place a workload outside the instance's region scope
 */
record ArbitrageViolations(long solutions, long runs, long infeasible, long sovereignty, long latency, long violating,
                           long outOfScope) {
    /** The console line's fixed start. */
    static final String PREFIX = "sovereignty/latency violations among chosen solutions: ";

    /** Counts over {@code data}. O(total solutions). */
    static ArbitrageViolations count(ArbitrageData data) {
        long solutions = 0;
        long infeasible = 0;
        long sovereignty = 0;
        long latency = 0;
        long violating = 0;
        long scope = 0;
        java.util.Set<String> runs = new java.util.HashSet<>();
        for (ArbitrageData.Instance in : data.instances()) {
            for (ArbitrageData.Solution s : in.solutions()) {
                solutions++;
                runs.add(in.name() + "\u0000" + s.algorithm() + "\u0000" + s.replicate());
                infeasible += s.feasible() ? 0 : 1;
                sovereignty += s.sovereignty() > 0 ? 1 : 0;
                latency += s.latency() > 0 ? 1 : 0;
                violating += s.sovereignty() > 0 || s.latency() > 0 ? 1 : 0;
                scope += s.outOfScope() > 0 ? 1 : 0;
            }
        }
        return new ArbitrageViolations(solutions, runs.size(), infeasible, sovereignty, latency, violating, scope);
    }

    /** Whether anything was found (a violation or a solution outside its scope). */
    boolean flagged() {
        return violating > 0 || outOfScope > 0;
    }

    /**
     * {@code sovereignty/latency violations among chosen solutions: N (...)}, with the solutions and runs checked,
     * the split by constraint and the scope check.
     */
    String line() {
        return PREFIX + violating + " (" + solutions + " solutions of " + runs + " runs re-evaluated, " + infeasible
                + " of them infeasible; sovereignty "
                + sovereignty + ", latency " + latency + "; outside the region scope: " + outOfScope + ")"
                + (flagged() ? " — CHECK FAILED" : "");
    }
}
