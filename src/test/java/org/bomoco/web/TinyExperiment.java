package org.bomoco.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bomoco.cli.Main;

/**
 * One small experiment for the web tests, run once per test JVM with {@code bomoco run} (two placement instances:
 * a generated one of 30 workloads and the demo instance with {@code scope: all}, which adds the arbitrage
 * tables; composite, NSGA-II and random search; 2 replicates), and two tiny evaluation studies.
 */
final class TinyExperiment {
    private static Path results;
    private static List<Path> studies;
    private static final String ATTRIBUTION = "name: attr-tiny\nkind: attribution\nseed: 5\nhistories: 12\n"
            + "output: %s\nthreads: 0\nsimulation: {services: 12, days: 100}\nscenarios:\n"
            + "  - {effect: zero, confounded: true}\n  - {effect: level, size: 0.03, confounded: false}\n"
            + "power: [0, 0.05]\nrollback: {histories: 12, drops: [1, 2]}\n"
            + "sensitivity: {workloads: 12, services: 60, evaluations: 300}\n";
    private static final String ADAPTATION = "name: adapt-tiny\nkind: adaptation\nseed: 5\noutput: %s\nthreads: 0\n"
            + "instance: {generate: {workloads: 12, seed: 7}}\nhours: 4\nreplicates: 2\nalgorithm: nsga2@moea\n"
            + "evaluations: 300\nwarm_evaluations: 150\npick: knee\nstrategies: [static, reoptimise, warmstart]\n";

    private TinyExperiment() {
    }

    /** The results directory (runs the experiment on first use, under {@code target/}). */
    static synchronized Path results() {
        if (results == null) {
            try {
                Files.createDirectories(Path.of("target"));
                Path tmp = Files.createTempDirectory(Path.of("target"), "web-test");
                Path dir = tmp.resolve("tiny");
                Path yaml = tmp.resolve("tiny.yaml");
                Files.writeString(yaml, "name: tiny\nseed: 7\nreplicates: 2\noutput: " + dir + "\ninstances:\n"
                        + "  - name: gen30\n    generate: {workloads: 30, seed: 1}\n"
                        + "  - path: datasets/instances/demo\n    scope: all\nalgorithms:\n  - id: composite\n"
                        + "  - id: nsga2@moea\n  - id: random\nbudget:\n  evaluations: 2000\n"
                        + "checkpoints: {every: 1000}\nindicators: [hypervolume]\nreference:\n  set: union\n"
                        + "  point: 1.1\n  normalization: reference\ncontrol: composite\n");
                if (Main.run("run", yaml.toString()) != 0) {
                    throw new IllegalStateException("bomoco run of the test experiment failed");
                }
                results = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return results;
    }

    /** An attribution and an adaptation study's output directories (run on first use, under {@code target/}). */
    static synchronized List<Path> studies() {
        if (studies == null) {
            try {
                Files.createDirectories(Path.of("target"));
                Path tmp = Files.createTempDirectory(Path.of("target"), "web-studies");
                List<Path> out = new ArrayList<>();
                for (String[] s : new String[][] {{"attr", ATTRIBUTION}, {"adapt", ADAPTATION}}) {
                    Path dir = tmp.resolve(s[0]);
                    Path yaml = tmp.resolve(s[0] + ".yaml");
                    Files.writeString(yaml, s[1].formatted(dir));
                    if (Main.run("run", yaml.toString()) != 0) {
                        throw new IllegalStateException("bomoco run of " + yaml + " failed");
                    }
                    out.add(dir);
                }
                studies = List.copyOf(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return studies;
    }
}
