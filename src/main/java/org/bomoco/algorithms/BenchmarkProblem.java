package org.bomoco.algorithms;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.bomoco.model.InputException;

/**
 * A standard continuous test problem, library-neutral: each adapter builds the library's own implementation of it
 * (MOEA Framework's {@code org.moeaframework.problem.DTLZ/WFG/ZDT}, jMetal's
 * {@code org.uma.jmetal.problem.multiobjective.dtlz/wfg/zdt}). Every variable lies in the problem's box (DTLZ, ZDT:
 * [0, 1], except ZDT4's x₂..xₙ in [−5, 5]; WFG: x_i in [0, 2i]); all objectives are minimised.
 *
 * <p>Usual sizes ({@link #of} with {@code variables = 0}): DTLZ (Deb, Thiele, Laumanns &amp; Zitzler 2005)
 * {@code n = m + k − 1} with {@code k} = 5 (DTLZ1), 10 (DTLZ2–6), 20 (DTLZ7); WFG (Huband, Hingston, Barone &amp;
 * While 2006) {@code k = 2(m − 1)} position and {@code l = 20} distance variables; ZDT (Zitzler, Deb &amp; Thiele 2000)
 * {@code n} = 30 (ZDT1–3), 11 (ZDT5: 11 binary strings of 30 + 10×5 bits), 10 (ZDT4, ZDT6), always 2 objectives.
 *
 * @param name upper case: {@code DTLZ1}..{@code DTLZ7}, {@code WFG1}..{@code WFG9} or {@code ZDT1}..{@code ZDT6}
 * @param objectives m (2..{@value #MAX_OBJECTIVES}; 2 for ZDT)
 * @param variables n (already resolved: never 0)
 */
public record BenchmarkProblem(String name, int objectives, int variables) {
    /** Largest number of objectives accepted for DTLZ and WFG. */
    public static final int MAX_OBJECTIVES = 20;
    /** Largest number of variables accepted. */
    public static final int MAX_VARIABLES = 100_000;
    private static final Pattern NAME = Pattern.compile("DTLZ[1-7]|WFG[1-9]|ZDT[1-6]");
    private static final String SOURCE = "benchmark";

    /** Checks the combination ({@link #of} documents the rules). */
    public BenchmarkProblem {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw error("problem", "unknown benchmark '" + name + "'; valid: DTLZ1..DTLZ7, WFG1..WFG9, ZDT1..ZDT6");
        }
        if (name.startsWith("ZDT") ? objectives != 2 : objectives < 2 || objectives > MAX_OBJECTIVES) {
            throw error("objectives", name + " with " + objectives + " objectives is not defined; "
                    + (name.startsWith("ZDT") ? "ZDT problems have 2" : "use 2.." + MAX_OBJECTIVES));
        }
        if (variables < 1 || variables > MAX_VARIABLES) {
            throw error("variables", variables + " variables is outside 1.." + MAX_VARIABLES);
        }
        checkVariables(name, objectives, variables);
    }

    /**
     * The problem {@code name} (any case) with {@code objectives} objectives and {@code variables} variables, or the
     * usual count when {@code variables} is 0. Rules: DTLZ needs {@code n ≥ m}; WFG needs {@code n − 2(m − 1) ≥ 1}
     * distance variables, an even number for WFG2 and WFG3; ZDT needs {@code n ≥ 2} and {@code m = 2}.
     *
     * @throws InputException (file {@code benchmark}) naming the field at fault
     */
    public static BenchmarkProblem of(String name, int objectives, int variables) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return new BenchmarkProblem(upper, objectives, variables == 0 ? usualVariables(upper, objectives) : variables);
    }

    /** The usual number of variables of {@code name} (upper case) with {@code m} objectives. */
    public static int usualVariables(String name, int m) {
        return switch (name) {
            case "DTLZ1" -> m + 5 - 1;
            case "DTLZ7" -> m + 20 - 1;
            case "ZDT1", "ZDT2", "ZDT3" -> 30;
            case "ZDT4", "ZDT6" -> 10;
            case "ZDT5" -> 11;
            default -> name.startsWith("DTLZ") ? m + 10 - 1 : positionVariables(m) + 20;
        };
    }

    /** WFG's position-related parameter {@code k = 2(m − 1)} (Huband et al. 2006's choice for many objectives). */
    public static int positionVariables(int m) {
        return 2 * (m - 1);
    }

    /** The family: {@code DTLZ}, {@code WFG} or {@code ZDT}. */
    public String family() {
        return name.replaceAll("[0-9]+$", "");
    }

    /** The problem number within its family (DTLZ2 → 2). */
    public int number() {
        return Integer.parseInt(name.substring(family().length()));
    }

    /** Whether the problem is real-valued (every one but ZDT5, whose variables are bit strings). */
    public boolean realValued() {
        return !name.equals("ZDT5");
    }

    /**
     * ({@link org.bomoco.algorithms.config.Lattice#benchmarkDivisions}) Default Das–Dennis divisions {@code H} for reference points, weight vectors and analytic reference sets at
     * {@code m} objectives: 99 (m = 2, 100 points), 12 (m = 3, 91 points: Deb &amp; Jain 2014), 8 (m = 4, 165),
     * 6 (m = 5, 210: Deb &amp; Jain 2014), 4 (m = 6..7: 126, 210), 3 (m ≥ 8: 120 at m = 8, 220 at m = 10). Deb
     * &amp; Jain use two-layer sets from m = 8 on; BOMOCO uses one layer everywhere.
     */
    public static int defaultDivisions(int m) {
        return org.bomoco.algorithms.config.Lattice.benchmarkDivisions(m);
    }

    private static void checkVariables(String name, int m, int n) {
        if (name.startsWith("DTLZ") && n < m) {
            throw error("variables", name + " with " + m + " objectives needs at least " + m + " variables; "
                    + "use 0 for the usual count");
        }
        int k = positionVariables(m);
        if (name.startsWith("WFG") && (n <= k || (name.matches("WFG[23]") && (n - k) % 2 != 0))) {
            throw error("variables", name + " with " + m + " objectives uses k = " + k + " position variables "
                    + "and needs n − k ≥ 1 distance variables" + (name.matches("WFG[23]") ? ", an even number" : "")
                    + "; use 0 for the usual count");
        }
        if (name.startsWith("ZDT") && n < 2) {
            throw error("variables", name + " needs at least 2 variables");
        }
    }

    private static InputException error(String field, String problem) {
        return new InputException(SOURCE, 0, field, problem);
    }

    @Override
    public String toString() {
        return name + "(m=" + objectives + ", n=" + variables + ")";
    }
}
