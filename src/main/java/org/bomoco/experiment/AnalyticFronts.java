package org.bomoco.experiment;

import java.util.ArrayList;
import java.util.List;

import org.bomoco.algorithms.BenchmarkProblem;
import org.bomoco.algorithms.WeightLattice;
import org.bomoco.model.InputException;

/**
 * Points on the true Pareto fronts of benchmark problems, for {@code reference: {set: analytic}}.
 * <ul>
 *   <li><b>DTLZ1</b> (front {@code Σ f_i = 0.5}) and <b>DTLZ2–4</b> (front {@code Σ f_i² = 1}, f ≥ 0): the "targeted"
 *   points of Deb &amp; Jain (2014, NSGA-III, IEEE TEVC 18(4) §V-B), i.e. the Das–Dennis reference directions
 *   {@code w} ({@link WeightLattice#simplexLattice} with {@code H} divisions) where they meet the front: {@code 0.5·w} for
 *   DTLZ1 and {@code w/‖w‖} for DTLZ2–4. H = 12 at m = 3 gives 91 points, H = 6 at m = 5 gives 210.</li>
 *   <li><b>ZDT1, ZDT4</b> ({@code f₂ = 1 − √f₁}), <b>ZDT2</b> ({@code f₂ = 1 − f₁²}) with {@code f₁ = i/H},
 *   i = 0..H; <b>ZDT6</b> ({@code f₂ = 1 − f₁²}) with f₁ evenly spaced on [{@value #ZDT6_MIN_F1}, 1]; <b>ZDT3</b>
 *   ({@code f₂ = 1 − √f₁ − f₁·sin(10πf₁)}, f₁ = i/H) keeping only the non-dominated samples, since its front is
 *   five disconnected pieces of that curve (Zitzler, Deb &amp; Thiele 2000). H + 1 samples, with H =
 *   {@value #ZDT_DIVISIONS} (1,000 points; ZDT3 keeps fewer) unless {@code divisions} is given.</li>
 * </ul>
 * Every other problem (DTLZ5–7, WFG, ZDT5) has no analytic set here: {@link InputException} suggesting
 * {@code union}. O(points·m).
 */
public final class AnalyticFronts {
    /** Default divisions for ZDT fronts: 1,000 samples of f₁. */
    public static final int ZDT_DIVISIONS = 999;
    /** Largest analytic set built (the reference set is filtered in O(n²·m)). */
    static final long MAX_POINTS = 100_000;
    /** The smallest f₁ of ZDT6's front: {@code 1 − exp(−4x)·sin⁶(6πx)} minimised over x in [0, 1]. */
    static final double ZDT6_MIN_F1 = 0.2807753191;

    private AnalyticFronts() {
    }

    /**
     * The analytic reference points of {@code problem}.
     *
     * @param divisions Das–Dennis divisions H (DTLZ) or f₁ intervals (ZDT); 0 for the default
     *     ({@link BenchmarkProblem#defaultDivisions} for DTLZ, {@value #ZDT_DIVISIONS} for ZDT)
     * @throws InputException for problems without an analytic set
     */
    public static List<double[]> points(BenchmarkProblem problem, int divisions) {
        int m = problem.objectives();
        return switch (problem.name()) {
            case "DTLZ1", "DTLZ2", "DTLZ3", "DTLZ4" -> dtlz(problem.name().equals("DTLZ1"), m,
                    divisions > 0 ? divisions : BenchmarkProblem.defaultDivisions(m));
            case "ZDT1", "ZDT2", "ZDT3", "ZDT4", "ZDT6" -> zdt(problem.name(),
                    divisions > 0 ? divisions : ZDT_DIVISIONS);
            default -> throw new InputException("experiment", 0, "reference.set", "no analytic reference set for "
                    + problem.name() + " (only DTLZ1-4 and ZDT1-4, ZDT6); use set: union");
        };
    }

    private static List<double[]> dtlz(boolean linear, int m, int h) {
        long size = WeightLattice.latticeSize(m, h);
        if (size > MAX_POINTS) {
            throw new InputException("experiment", 0, "reference.divisions", h + " divisions at " + m
                    + " objectives give " + size + " points, more than " + MAX_POINTS + "; use fewer divisions");
        }
        List<double[]> out = new ArrayList<>();
        for (double[] w : WeightLattice.simplexLattice(m, h)) {
            double norm = 0;
            for (double v : w) {
                norm += v * v;
            }
            double scale = linear ? 0.5 : 1 / Math.sqrt(norm);
            double[] p = new double[m];
            for (int k = 0; k < m; k++) {
                p[k] = w[k] * scale;
            }
            out.add(p);
        }
        return out;
    }

    private static List<double[]> zdt(String name, int h) {
        List<double[]> out = new ArrayList<>();
        double lo = name.equals("ZDT6") ? ZDT6_MIN_F1 : 0;
        for (int i = 0; i <= h; i++) {
            double f1 = lo + (1 - lo) * i / h;
            double f2 = switch (name) {
                case "ZDT2", "ZDT6" -> 1 - f1 * f1;
                case "ZDT3" -> 1 - Math.sqrt(f1) - f1 * Math.sin(10 * Math.PI * f1);
                default -> 1 - Math.sqrt(f1);
            };
            out.add(new double[] {f1, f2});
        }
        return name.equals("ZDT3") ? ReferenceSets.nonDominated(out) : out;
    }
}
