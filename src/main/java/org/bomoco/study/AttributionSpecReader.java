package org.bomoco.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.bomoco.causal.CusumDetector;
import org.bomoco.causal.EffectType;
import org.bomoco.causal.SimulationSpec;
import org.bomoco.experiment.SpecNode;
import org.bomoco.experiment.SpecReader;

/**
 * Reads and validates a {@code kind: attribution} study file (keys: experiments/README.md, "Attribution studies")
 * into an {@link AttributionSpec}. Strict like {@link SpecReader}: unknown keys, wrong types and values out of range
 * are one {@link org.bomoco.model.InputException} naming file, line and key path.
 */
final class AttributionSpecReader {
    static final List<String> REQUIRED = List.of("name", "kind", "seed");
    static final List<String> OPTIONAL = List.of("histories", "output", "threads", "simulation", "scenarios", "power",
            "rollback", "sensitivity", "engine", "master");
    /** Keys of {@code simulation:}, in {@link SimulationSpec} field order (effect and confounding excluded). */
    static final List<String> SIMULATION_KEYS = List.of("services", "days", "weekly_amplitude", "trend_per_day",
            "ar_phi", "ar_sd", "shock_count", "shock_size", "shock_length", "surge_rate_per_day", "surge_size",
            "ramp_days", "treated_share", "first_start_day", "cohorts", "cohort_spacing_days", "decision_lag_days");
    private static final Set<String> INTEGER_KEYS = Set.of("services", "days", "shock_count", "shock_length",
            "ramp_days", "first_start_day", "cohorts", "cohort_spacing_days", "decision_lag_days");
    static final int DEFAULT_HISTORIES = 200;
    static final List<Double> DEFAULT_POWER = List.of(0.0, 0.01, 0.02, 0.03, 0.05, 0.08);
    static final List<String> CHARTS = List.of("residual", "raw");
    private static final int MAX_HISTORIES = 1_000_000;
    private static final int MAX_THREADS = 4096;
    private static final int MAX_SIZE = 100_000;

    private AttributionSpecReader() {
    }

    /** Reads the study from its YAML tree. */
    static AttributionSpec read(SpecNode root) {
        Map<String, SpecNode> m = root.mapping(REQUIRED, OPTIONAL, "name: attribution (one key per line)");
        String name = SpecReader.name(m.get("name"));
        long seed = m.get("seed").integer(Long.MIN_VALUE, Long.MAX_VALUE);
        int histories = m.containsKey("histories") ? (int) m.get("histories").integer(1, MAX_HISTORIES)
                : DEFAULT_HISTORIES;
        Path output = m.containsKey("output") ? SpecReader.output(m.get("output")) : Path.of("results", name);
        int threads = m.containsKey("threads") ? (int) m.get("threads").integer(0, MAX_THREADS) : 0;
        SimulationSpec simulation = simulation(m.get("simulation"), root);
        List<AttributionSpec.Scenario> scenarios = m.containsKey("scenarios") ? scenarios(m.get("scenarios"))
                : defaultScenarios();
        List<Double> power = m.containsKey("power") ? ascending(m.get("power"), 0, 10, "[0, 0.01, 0.03]")
                : DEFAULT_POWER;
        AttributionSpec.Rollback rollback = rollback(m.get("rollback"), histories);
        KpiSensitivity.Settings sensitivity = m.containsKey("sensitivity")
                ? KpiSensitivity.read(m.get("sensitivity")) : null;
        return new AttributionSpec(name, seed, histories, output, threads, simulation, scenarios, power, rollback,
                sensitivity);
    }

    /** Zero, level +3% and ramp +3% with confounding, and level +3% without. */
    static List<AttributionSpec.Scenario> defaultScenarios() {
        return List.of(new AttributionSpec.Scenario(EffectType.ZERO, 0, true),
                new AttributionSpec.Scenario(EffectType.LEVEL, 0.03, true),
                new AttributionSpec.Scenario(EffectType.RAMP, 0.03, true),
                new AttributionSpec.Scenario(EffectType.LEVEL, 0.03, false));
    }

    private static SimulationSpec simulation(SpecNode node, SpecNode root) {
        SimulationSpec d = SimulationSpec.defaults();
        double[] v = {d.services(), d.days(), d.weeklyAmplitude(), d.trendPerDay(), d.arPhi(), d.arSd(),
            d.shockCount(), d.shockSize(), d.shockLength(), d.surgeRatePerDay(), d.surgeSize(), d.rampDays(),
            d.treatedShare(), d.firstStartDay(), d.cohorts(), d.cohortSpacingDays(), d.decisionLagDays()};
        if (node != null) {
            Map<String, SpecNode> m = node.mapping(List.of(), SIMULATION_KEYS, "{services: 40, days: 120}");
            for (Map.Entry<String, SpecNode> e : m.entrySet()) {
                v[SIMULATION_KEYS.indexOf(e.getKey())] = INTEGER_KEYS.contains(e.getKey())
                        ? e.getValue().integer(0, MAX_SIZE) : e.getValue().number();
            }
        }
        SpecNode where = node == null ? root : node;
        SimulationSpec s;
        try {
            s = new SimulationSpec((int) v[0], (int) v[1], v[2], v[3], v[4], v[5], (int) v[6], v[7], (int) v[8],
                    v[9], v[10], EffectType.LEVEL, 0.03, (int) v[11], v[12], (int) v[13], (int) v[14], (int) v[15],
                    false, (int) v[16]);
        } catch (IllegalArgumentException e) {
            throw where.error("invalid simulation: " + snake(e.getMessage()) + "; see experiments/README.md");
        }
        int treated = (int) Math.round(s.treatedShare() * s.services());
        if (treated < 1 || s.services() - treated < 2) {
            throw where.error("round(treated_share × services) = " + treated + " of " + s.services()
                    + " services are treated; the estimators need at least 1 treated and 2 never-treated services");
        }
        return s;
    }

    /** The validator's camelCase field names as the YAML's snake_case keys. */
    private static String snake(String message) {
        return message.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static List<AttributionSpec.Scenario> scenarios(SpecNode node) {
        List<SpecNode> items = node.list("[{effect: level, size: 0.03, confounded: true}]");
        if (items.isEmpty()) {
            throw node.error("the list is empty; give at least one scenario, e.g. - {effect: zero}");
        }
        List<AttributionSpec.Scenario> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (SpecNode item : items) {
            AttributionSpec.Scenario s = scenario(item);
            if (!ids.add(s.id())) {
                throw item.error("repeats scenario " + s.id() + "; list each scenario once");
            }
            out.add(s);
        }
        return out;
    }

    private static AttributionSpec.Scenario scenario(SpecNode node) {
        Map<String, SpecNode> m = node.mapping(List.of("effect"), List.of("size", "confounded"),
                "{effect: level, size: 0.03, confounded: true}");
        SpecNode effectNode = m.get("effect");
        String name = effectNode.text().toLowerCase(Locale.ROOT);
        EffectType effect = switch (name) {
            case "zero" -> EffectType.ZERO;
            case "level" -> EffectType.LEVEL;
            case "ramp" -> EffectType.RAMP;
            default -> throw effectNode.error("unknown effect '" + effectNode.text() + "'; use zero, level or ramp");
        };
        boolean confounded = m.containsKey("confounded") && bool(m.get("confounded"));
        SpecNode sizeNode = m.get("size");
        double size = sizeNode == null ? 0 : sizeNode.number();
        if (effect == EffectType.ZERO && size != 0) {
            throw sizeNode.error("a zero effect has size 0; remove 'size' or choose effect: level");
        }
        if (effect != EffectType.ZERO) {
            if (sizeNode == null) {
                throw node.error("effect '" + name + "' needs a relative 'size', e.g. size: 0.03 for +3%");
            }
            if (size == 0 || size <= -1 || size >= 10) {
                throw sizeNode.error("size " + size + " is out of range; give a relative effect in (-1, 10), not 0 "
                        + "(use effect: zero), e.g. 0.03 for +3%");
            }
        }
        return new AttributionSpec.Scenario(effect, size, confounded);
    }

    private static AttributionSpec.Rollback rollback(SpecNode node, int histories) {
        Map<String, SpecNode> m = node == null ? Map.of() : node.mapping(List.of(), List.of("histories", "k", "h",
                "baseline_days", "monitor_days", "phi", "drops", "charts"), "{k: 0.5, h: 5, histories: 200}");
        int n = m.containsKey("histories") ? (int) m.get("histories").integer(1, MAX_HISTORIES) : histories;
        double k = m.containsKey("k") ? m.get("k").number() : CusumDetector.DEFAULT_K;
        double h = m.containsKey("h") ? m.get("h").number() : CusumDetector.DEFAULT_H;
        if (k < 0) {
            throw m.get("k").error("k must be ≥ 0 (sd units); Montgomery's default is 0.5");
        }
        if (h <= 0) {
            throw m.get("h").error("h must be > 0 (sd units); Montgomery's default is 5");
        }
        int baseline = m.containsKey("baseline_days") ? (int) m.get("baseline_days").integer(3, MAX_SIZE) : 28;
        int monitor = m.containsKey("monitor_days") ? (int) m.get("monitor_days").integer(1, MAX_SIZE) : 56;
        double phi = m.containsKey("phi") ? m.get("phi").number() : 0.5;
        if (!(Math.abs(phi) < 1)) {
            throw m.get("phi").error("phi must be in (-1, 1), e.g. 0.5");
        }
        List<Double> drops = m.containsKey("drops") ? ascending(m.get("drops"), 0, 100, "[0.5, 1, 2]")
                : List.of(0.5, 1.0, 2.0);
        List<String> charts = m.containsKey("charts") ? charts(m.get("charts")) : CHARTS;
        return new AttributionSpec.Rollback(n, k, h, baseline, monitor, phi, drops, charts);
    }

    private static List<String> charts(SpecNode node) {
        List<String> out = new ArrayList<>();
        for (SpecNode item : node.list("[residual, raw]")) {
            String c = item.text();
            if (!CHARTS.contains(c)) {
                throw item.error("unknown chart '" + c + "'; use residual (AR(1)-prewhitened CUSUM) or raw");
            }
            if (out.contains(c)) {
                throw item.error("repeats '" + c + "'; list each chart once");
            }
            out.add(c);
        }
        if (out.isEmpty()) {
            throw node.error("the list is empty; write [residual, raw]");
        }
        return out;
    }

    /** A non-empty, strictly ascending list of numbers in [min, max). */
    private static List<Double> ascending(SpecNode node, double min, double max, String example) {
        List<SpecNode> items = node.list(example);
        if (items.isEmpty()) {
            throw node.error("the list is empty; write e.g. " + example);
        }
        List<Double> out = new ArrayList<>();
        for (SpecNode item : items) {
            double x = item.number();
            if (x < min || x >= max) {
                throw item.error("value " + x + " is out of range; use a number in [" + AttributionSpec.plain(min)
                        + ", " + AttributionSpec.plain(max) + ")");
            }
            if (!out.isEmpty() && x <= out.get(out.size() - 1)) {
                throw item.error("values must be strictly ascending; write e.g. " + example);
            }
            out.add(x);
        }
        return out;
    }

    /** A YAML boolean ({@code true}/{@code false}). */
    static boolean bool(SpecNode node) {
        return node.bool();
    }
}
