package org.bomoco.algorithms.moea;

import org.bomoco.algorithms.BenchmarkProblem;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.DTLZ.DTLZ1;
import org.moeaframework.problem.DTLZ.DTLZ2;
import org.moeaframework.problem.DTLZ.DTLZ3;
import org.moeaframework.problem.DTLZ.DTLZ4;
import org.moeaframework.problem.DTLZ.DTLZ5;
import org.moeaframework.problem.DTLZ.DTLZ6;
import org.moeaframework.problem.DTLZ.DTLZ7;
import org.moeaframework.problem.Problem;
import org.moeaframework.problem.WFG.WFG1;
import org.moeaframework.problem.WFG.WFG2;
import org.moeaframework.problem.WFG.WFG3;
import org.moeaframework.problem.WFG.WFG4;
import org.moeaframework.problem.WFG.WFG5;
import org.moeaframework.problem.WFG.WFG6;
import org.moeaframework.problem.WFG.WFG7;
import org.moeaframework.problem.WFG.WFG8;
import org.moeaframework.problem.WFG.WFG9;
import org.moeaframework.problem.ZDT.ZDT1;
import org.moeaframework.problem.ZDT.ZDT2;
import org.moeaframework.problem.ZDT.ZDT3;
import org.moeaframework.problem.ZDT.ZDT4;
import org.moeaframework.problem.ZDT.ZDT5;
import org.moeaframework.problem.ZDT.ZDT6;

/**
 * MOEA Framework 5.0's own implementation of a {@link BenchmarkProblem}, with its sizes passed explicitly:
 * {@code DTLZx(n, m)}, {@code WFGx(k, l, m)} with {@code k = 2(m − 1)}, {@code l = n − k} (the library's one-argument
 * WFG constructors use k = m − 1, l = 10 instead), {@code ZDTx(n)}. Each call returns a new, unshared instance.
 */
public final class MoeaBenchmarkProblems {
    private MoeaBenchmarkProblems() {
    }

    /** The library problem for {@code b}. */
    static Problem of(BenchmarkProblem b) {
        int m = b.objectives();
        int n = b.variables();
        int k = BenchmarkProblem.positionVariables(m);
        return switch (b.name()) {
            case "DTLZ1" -> new DTLZ1(n, m);
            case "DTLZ2" -> new DTLZ2(n, m);
            case "DTLZ3" -> new DTLZ3(n, m);
            case "DTLZ4" -> new DTLZ4(n, m);
            case "DTLZ5" -> new DTLZ5(n, m);
            case "DTLZ6" -> new DTLZ6(n, m);
            case "DTLZ7" -> new DTLZ7(n, m);
            case "WFG1" -> new WFG1(k, n - k, m);
            case "WFG2" -> new WFG2(k, n - k, m);
            case "WFG3" -> new WFG3(k, n - k, m);
            case "WFG4" -> new WFG4(k, n - k, m);
            case "WFG5" -> new WFG5(k, n - k, m);
            case "WFG6" -> new WFG6(k, n - k, m);
            case "WFG7" -> new WFG7(k, n - k, m);
            case "WFG8" -> new WFG8(k, n - k, m);
            case "WFG9" -> new WFG9(k, n - k, m);
            case "ZDT1" -> new ZDT1(n);
            case "ZDT2" -> new ZDT2(n);
            case "ZDT3" -> new ZDT3(n);
            case "ZDT4" -> new ZDT4(n);
            case "ZDT5" -> new ZDT5(n);
            case "ZDT6" -> new ZDT6(n);
            default -> throw new IllegalArgumentException("no MOEA Framework problem for " + b);
        };
    }

    /**
     * The objectives MOEA Framework's implementation of {@code b} gives {@code x} (for cross-checks against the
     * other library; {@code x} must lie in the problem's box and have {@code b.variables()} entries).
     */
    public static double[] evaluate(BenchmarkProblem b, double[] x) {
        Problem p = of(b);
        Solution s = p.newSolution();
        RealVariable.setReal(s, x);
        p.evaluate(s);
        return s.getObjectiveValues();
    }
}
