package org.bomoco.algorithms.jmetal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.bomoco.algorithms.SolveResult;
import org.bomoco.algorithms.SolveSpec;
import org.bomoco.data.CarbonProfiles;
import org.bomoco.data.CatalogueReader;
import org.bomoco.data.GeneratorSpec;
import org.bomoco.data.InstanceGenerator;
import org.bomoco.model.Provider;
import org.bomoco.problem.Evaluator;
import org.bomoco.problem.PlacementProblem;
import org.bomoco.problem.SyntheticInstances;
import org.uma.jmetal.solution.integersolution.impl.DefaultIntegerSolution;
import org.uma.jmetal.util.bounds.Bounds;

/**
 * Manual throughput check (not a unit test): {@code nsga2@jmetal} for 100,000 evaluations on a 1,000-workload
 * instance generated from the bundled catalogue ({@code datasets/}), against the cost of the evaluations alone and
 * of the copy a {@code DefaultIntegerSolution} would need. Run from the project root with the test class path:
 * {@code java -cp target/classes:target/test-classes:<deps> org.bomoco.algorithms.jmetal.JMetalSpeedCheck [runs]}.
 */
public final class JMetalSpeedCheck {
    private JMetalSpeedCheck() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path data = Path.of("datasets");
        InstanceGenerator generator = new InstanceGenerator(CatalogueReader.read(data),
                CarbonProfiles.read(data.resolve("carbon-profiles.csv")));
        PlacementProblem problem = PlacementProblem.compile(generator.generate(new GeneratorSpec("speed-1000", 1000,
                20240601L, Set.of(Provider.values()), List.of(), Instant.parse("2023-06-01T00:00:00Z"))).instance());
        System.out.printf("instance: %d workloads, %d regions, %d variables%n", problem.workloadCount(),
                problem.regionCount(), problem.variableCount());
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            SolveResult res = new JMetalOptimizer(JMetalOptimizer.Kind.NSGA2).solve(problem,
                    SolveSpec.of("nsga2", 100_000, r), p -> { });
            double s = res.elapsed().toNanos() / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("nsga2@jmetal run %d: %d evaluations in %.2f s wall = %.0f evals/s (%.2f s CPU = %.0f"
                    + " evals/CPU-s), front %d%n", r, res.evaluations(), s, res.evaluations() / s, cpu,
                    res.evaluations() / cpu, res.front().size());
        }
        evaluationsAlone(problem);
    }

    private static void evaluationsAlone(PlacementProblem problem) {
        SplittableRandom rng = new SplittableRandom(1);
        List<int[]> xs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            xs.add(SyntheticInstances.randomDecision(problem, rng));
        }
        List<Bounds<Integer>> bounds = new ArrayList<>();
        for (int j = 0; j < problem.variableCount(); j++) {
            bounds.add(Bounds.create(problem.lowerBound(j), problem.upperBound(j)));
        }
        List<DefaultIntegerSolution> boxed = new ArrayList<>();
        for (int[] x : xs) {
            DefaultIntegerSolution s = new DefaultIntegerSolution(bounds, 5, 6);
            for (int j = 0; j < x.length; j++) {
                s.variables().set(j, x[j]);
            }
            boxed.add(s);
        }
        Evaluator ev = problem.newEvaluator();
        double[] o = new double[5];
        double[] c = new double[6];
        int[] buffer = new int[problem.variableCount()];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 100_000; i++) {
                ev.evaluate(xs.get(i % xs.size()), o, c);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < 100_000; i++) {
                List<Integer> v = boxed.get(i % boxed.size()).variables();
                for (int j = 0; j < buffer.length; j++) {
                    buffer[j] = v.get(j);
                }
                ev.evaluate(buffer, o, c);
            }
            long t2 = mx.getCurrentThreadCpuTime();
            System.out.printf("evaluation alone (CPU time): %.2f us/eval; with List<Integer> -> int[] copy: "
                    + "%.2f us/eval%n",
                    (t1 - t0) / 1e5 / 1e3, (t2 - t1) / 1e5 / 1e3);
        }
    }
}
