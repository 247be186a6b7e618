package org.bomoco.report;

/**
 * The check that no chosen solution breaks a sovereignty or latency constraint: over every final solution that a
 * run reported as feasible (the solutions the fronts, tables and recommendations offer; the composite baseline's
 * plans included) on every placement instance, re-evaluated from its stored decision, the number with a positive
 * sovereignty or latency violation; also the number outside their instance's region scope. Solutions of runs that
 * found no feasible plan (their least-violating ones, stored for diagnosis) are never offered and are only counted
 * ({@code notChosen}).
 *
 * @param solutions solutions checked
 * @param runs runs they come from
 * @param infeasible solutions with any positive violation (runs that found no feasible solution return their least
 *     violating ones)
 * @param sovereignty solutions with a sovereignty violation
 * @param latency solutions with a latency violation
 * @param violating solutions with either
 * @param outOfScope solutions that place a workload outside the instance's region scope
 * @param notChosen stored solutions that their run reported as infeasible (not checked)
 */
record ArbitrageViolations(long solutions, long runs, long infeasible, long sovereignty, long latency, long violating,
                           long outOfScope, long notChosen) {
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
        long notChosen = 0;
        java.util.Set<String> runs = new java.util.HashSet<>();
        for (ArbitrageData.Instance in : data.instances()) {
            for (ArbitrageData.Solution s : in.solutions()) {
                if (!s.chosen()) {
                    notChosen++;
                    continue;
                }
                solutions++;
                runs.add(in.name() + "\u0000" + s.algorithm() + "\u0000" + s.replicate());
                infeasible += s.feasible() ? 0 : 1;
                sovereignty += s.sovereignty() > 0 ? 1 : 0;
                latency += s.latency() > 0 ? 1 : 0;
                violating += s.sovereignty() > 0 || s.latency() > 0 ? 1 : 0;
                scope += s.outOfScope() > 0 ? 1 : 0;
            }
        }
        return new ArbitrageViolations(solutions, runs.size(), infeasible, sovereignty, latency, violating, scope,
                notChosen);
    }

    /** Whether anything was found (a violation or a solution outside its scope). */
    boolean flagged() {
        return violating > 0 || outOfScope > 0 || infeasible > 0;
    }

    /**
     * {@code sovereignty/latency violations among chosen solutions: N (...)}, with the solutions and runs checked,
     * the split by constraint and the scope check.
     */
    String line() {
        return PREFIX + violating + " (" + solutions + " solutions reported feasible by " + runs
                + " runs, re-evaluated: " + infeasible + " of them infeasible; sovereignty "
                + sovereignty + ", latency " + latency + "; outside the region scope: " + outOfScope
                + (notChosen > 0 ? "; " + notChosen + " infeasible solutions of runs without a feasible plan not "
                + "offered, not checked" : "") + ")" + (flagged() ? " — CHECK FAILED" : "");
    }
}
