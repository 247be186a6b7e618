package org.bomoco.study;

import java.util.List;
import java.util.Map;

import org.bomoco.algorithms.AlgorithmRegistry;
import org.bomoco.causal.SimulationSpec;
import org.bomoco.experiment.SpecNode;
import org.bomoco.model.InputException;

/**
 * Reads {@link KpiSensitivity.Settings} from a YAML mapping. Every key is optional:
 * <ul>
 * <li>{@code workloads} (1..100000, default 200): workloads of the generated placement instance;</li>
 * <li>{@code instance_seed} (default 1): seed of {@link org.bomoco.data.InstanceGenerator};</li>
 * <li>{@code seed} (default 1): seed of the simulated history and of the optimizer runs;</li>
 * <li>{@code true_per_100ms} (0..1, default 0.025): the TRUE fraction of revenue lost per 100 ms;</li>
 * <li>{@code assumed_per_100ms} (0..1, default 0.01): the assumed value (the "100 ms ≈ 1% of sales" rule);</li>
 * <li>{@code latency_ms} (0..1000, default 100): latency the simulated change adds (e.g. a region move);</li>
 * <li>{@code services} (10..100000, default 2000) and {@code days} ({@value #MIN_DAYS}..3650, default 120): size of the
 * simulated history (the {@link SimulationSpec#defaults()} cohorts start on days 56, 70, 84);</li>
 * <li>{@code confounded} (true/false, default true): changed services were picked because revenue was rising;</li>
 * <li>{@code algorithm} (default nsga2@moea): a registered optimizer id;</li>
 * <li>{@code evaluations} (≥ 100, default 20000): budget per solve;</li>
 * <li>{@code pick} (knee | compromise | usd, default compromise): how one solution is chosen from each front —
 * the knee, compromise programming with the default weights, or the least cost + KPI loss in USD/month.</li>
 * </ul>
 */
final class KpiSensitivitySettingsReader {
    /** Shortest history: the last default cohort starts on day 84, and DiD needs at least one day after it. */
    static final int MIN_DAYS = 85;
    /** Valid {@code pick} values. */
    static final List<String> PICKS = List.of("knee", "compromise", "usd");
    private static final List<String> KEYS = List.of("workloads", "instance_seed", "seed", "true_per_100ms",
            "assumed_per_100ms", "latency_ms", "services", "days", "confounded", "algorithm", "evaluations", "pick");

    private KpiSensitivitySettingsReader() {
    }

    static KpiSensitivity.Settings read(SpecNode section) {
        KpiSensitivity.Settings d = KpiSensitivity.Settings.defaults();
        Map<String, SpecNode> m = section.mapping(List.of(), KEYS, "{true_per_100ms: 0.025, latency_ms: 100}");
        int workloads = (int) integer(m, "workloads", 1, 100_000, d.workloads());
        long instanceSeed = integer(m, "instance_seed", Long.MIN_VALUE, Long.MAX_VALUE, d.instanceSeed());
        long seed = integer(m, "seed", Long.MIN_VALUE, Long.MAX_VALUE, d.seed());
        double truth = number(m, "true_per_100ms", 0, 1, d.truePer100ms());
        double assumed = number(m, "assumed_per_100ms", 0, 1, d.assumedPer100ms());
        double latency = number(m, "latency_ms", 1e-9, 1000, d.latencyMs());
        if (truth * latency >= 100) {
            throw m.getOrDefault("latency_ms", m.get("true_per_100ms")).error("true_per_100ms × latency_ms / 100 = "
                    + truth * latency / 100 + " would lose all revenue; lower one of them");
        }
        int services = (int) integer(m, "services", 10, 100_000, d.services());
        int days = (int) integer(m, "days", MIN_DAYS, 3650, d.days());
        boolean confounded = m.containsKey("confounded") ? bool(m.get("confounded")) : d.confounded();
        String algorithm = m.containsKey("algorithm") ? algorithm(m.get("algorithm")) : d.algorithm();
        long evaluations = integer(m, "evaluations", 100, 100_000_000, d.evaluations());
        String pick = m.containsKey("pick") ? pick(m.get("pick")) : d.pick();
        return new KpiSensitivity.Settings(workloads, instanceSeed, seed, truth, assumed, latency, services, days,
                confounded, algorithm, evaluations, pick);
    }

    private static long integer(Map<String, SpecNode> m, String key, long min, long max, long fallback) {
        return m.containsKey(key) ? m.get(key).integer(min, max) : fallback;
    }

    private static double number(Map<String, SpecNode> m, String key, double min, double max, double fallback) {
        if (!m.containsKey(key)) {
            return fallback;
        }
        SpecNode node = m.get(key);
        double v = node.number();
        if (v < min || v > max) {
            throw node.error("value " + v + " is out of range; use a number in [" + (min < 1e-6 ? 0 : min) + ", "
                    + max + "]" + (min > 0 ? " above 0" : ""));
        }
        return v;
    }

    private static boolean bool(SpecNode node) {
        return node.bool();
    }

    private static String algorithm(SpecNode node) {
        String id = node.text();
        try {
            return AlgorithmRegistry.standard().get(id).id();
        } catch (InputException e) {
            String prefix = e.file() + ": ";
            String msg = e.getMessage();
            throw node.error(msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg);
        }
    }

    private static String pick(SpecNode node) {
        String p = node.text().toLowerCase(java.util.Locale.ROOT);
        if (!PICKS.contains(p)) {
            throw node.error("unknown pick '" + node.text() + "'; use one of " + String.join(", ", PICKS));
        }
        return p;
    }
}
