package org.bomoco.algorithms.jmetal;

import java.util.List;

import org.bomoco.algorithms.BenchmarkProblem;
import org.uma.jmetal.problem.doubleproblem.DoubleProblem;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ1;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ2;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ3;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ4;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ5;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ6;
import org.uma.jmetal.problem.multiobjective.dtlz.DTLZ7;
import org.uma.jmetal.problem.multiobjective.wfg.WFG1;
import org.uma.jmetal.problem.multiobjective.wfg.WFG2;
import org.uma.jmetal.problem.multiobjective.wfg.WFG3;
import org.uma.jmetal.problem.multiobjective.wfg.WFG4;
import org.uma.jmetal.problem.multiobjective.wfg.WFG5;
import org.uma.jmetal.problem.multiobjective.wfg.WFG6;
import org.uma.jmetal.problem.multiobjective.wfg.WFG7;
import org.uma.jmetal.problem.multiobjective.wfg.WFG8;
import org.uma.jmetal.problem.multiobjective.wfg.WFG9;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT1;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT2;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT3;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT4;
import org.uma.jmetal.problem.multiobjective.zdt.ZDT6;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;

/**
 * jMetal 6.6's own implementation of a real-valued {@link BenchmarkProblem}: {@code DTLZx(n, m)},
 * {@code WFGx(k, l, m)} with {@code k = 2(m − 1)}, {@code l = n − k}, {@code ZDTx(n)}. ZDT5 (binary) has no entry:
 * callers refuse it first. Note: jMetal computes WFG in {@code float}, so its WFG objectives differ from MOEA
 * Framework's ({@code double}) in about the seventh significant digit; DTLZ and ZDT agree to rounding.
 */
public final class JMetalBenchmarkProblems {
    private JMetalBenchmarkProblems() {
    }

    /** The library problem for {@code b} (a new instance). */
    static DoubleProblem of(BenchmarkProblem b) {
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
            case "ZDT6" -> new ZDT6(n);
            default -> throw new IllegalArgumentException("no real-valued jMetal problem for " + b);
        };
    }

    /**
     * The objectives jMetal's implementation of {@code b} gives {@code x} (for cross-checks against the other
     * library; {@code x} must lie in the problem's box and have {@code b.variables()} entries).
     */
    public static double[] evaluate(BenchmarkProblem b, double[] x) {
        DoubleProblem p = of(b);
        // createSolution draws the initial variables (overwritten below) from jMetal's generator: outside a run,
        // give this thread a throw-away stream for the call instead of tripping ThreadRandom's guard.
        boolean outsideRun = !ThreadRandom.seeded();
        if (outsideRun) {
            ThreadRandom.seed(0);
        }
        try {
            DoubleSolution s = p.createSolution();
            List<Double> v = s.variables();
            for (int j = 0; j < x.length; j++) {
                v.set(j, x[j]);
            }
            return p.evaluate(s).objectives().clone();
        } finally {
            if (outsideRun) {
                ThreadRandom.clear();
            }
        }
    }
}
