package org.bomoco.study;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.bomoco.causal.EffectType;
import org.bomoco.causal.SimulationSpec;

/**
 * The resolved configuration of a {@code kind: attribution} study (every default filled in), read by
 * {@link AttributionSpecReader}; {@link #toYaml()} is its canonical text, stored as {@code study.yaml} and hashed by
 * {@link StudyFiles#prepare}.
 *
 * @param name        study name (names the default output directory)
 * @param seed        master seed: history chunk c of every scenario and power size uses the c-th
 *                    {@code nextLong()} of {@code new SplittableRandom(seed)} (common random numbers)
 * @param histories   simulated histories per scenario and per power size
 * @param output      output directory
 * @param threads     worker threads from the file (0 = all processors)
 * @param simulation  the base simulation; each scenario sets the effect and the confounding
 * @param scenarios   the attribution scenarios, in table order
 * @param powerSizes  relative level-effect sizes of the power curve (unconfounded), ascending
 * @param rollback    the rollback-trigger evaluation
 * @param sensitivity the learned-sensitivity placement comparison ({@link KpiSensitivity}), or null when the file
 *                    has no {@code sensitivity:} section
 */
public record AttributionSpec(String name, long seed, int histories, Path output, int threads,
                              SimulationSpec simulation, List<Scenario> scenarios, List<Double> powerSizes,
                              Rollback rollback, KpiSensitivity.Settings sensitivity) {

    public AttributionSpec {
        scenarios = List.copyOf(scenarios);
        powerSizes = List.copyOf(powerSizes);
    }

    /**
     * One attribution scenario.
     *
     * @param effect     shape of the true effect
     * @param size       relative size (0 for {@link EffectType#ZERO})
     * @param confounded whether services are selected because their traffic was rising
     */
    public record Scenario(EffectType effect, double size, boolean confounded) {
        /** File-safe id, e.g. {@code level-0.03-confounded}; unique within a study. */
        public String id() {
            return effect.name().toLowerCase(Locale.ROOT) + (effect == EffectType.ZERO ? "" : "-" + plain(size))
                    + (confounded ? "-confounded" : "-unconfounded");
        }

        /** Human label, e.g. {@code level +3%, confounded}. */
        public String label() {
            String what = effect == EffectType.ZERO ? "zero effect"
                    : effect.name().toLowerCase(Locale.ROOT) + " " + percent(size);
            return what + (confounded ? ", confounded" : ", not confounded");
        }

        /** {@code base} with this scenario's effect and confounding. */
        public SimulationSpec apply(SimulationSpec base) {
            return base.withEffect(effect, size).withConfounded(confounded);
        }
    }

    /**
     * The rollback-trigger evaluation ({@link org.bomoco.causal.RollbackEvaluation}).
     *
     * @param histories    drop series and, separately, unchanged series per cell
     * @param k            CUSUM reference value (sd units)
     * @param h            CUSUM threshold (sd units)
     * @param baselineDays pre-action days
     * @param monitorDays  days watched after the action
     * @param phi          AR(1) coefficient of the simulated KPI
     * @param drops        injected drops in marginal-sd units, ascending
     * @param charts       trigger variants: {@code residual} (AR(1)-prewhitened) and/or {@code raw}
     */
    public record Rollback(int histories, double k, double h, int baselineDays, int monitorDays, double phi,
                           List<Double> drops, List<String> charts) {
        public Rollback {
            drops = List.copyOf(drops);
            charts = List.copyOf(charts);
        }
    }

    /** One line for {@code validate}. */
    public String summary() {
        return scenarios.size() + " scenarios × " + histories + " histories ("
                + simulation.services() + " services × " + simulation.days() + " days), power at "
                + powerSizes.size() + " sizes, rollback on " + rollback.histories() + " histories × "
                + rollback.drops().size() + " drops × " + rollback.charts().size() + " charts";
    }

    /** Canonical YAML of the resolved configuration: every key, in README order; itself a valid study file. */
    public String toYaml() {
        SimulationSpec s = simulation;
        StringBuilder y = new StringBuilder();
        y.append("name: ").append(name).append("\nkind: attribution\nseed: ").append(seed)
                .append("\nhistories: ").append(histories).append("\noutput: \"")
                .append(output.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\nthreads: ")
                .append(threads).append("\nsimulation:\n");
        Object[] values = {s.services(), s.days(), s.weeklyAmplitude(), s.trendPerDay(), s.arPhi(), s.arSd(),
            s.shockCount(), s.shockSize(), s.shockLength(), s.surgeRatePerDay(), s.surgeSize(), s.rampDays(),
            s.treatedShare(), s.firstStartDay(), s.cohorts(), s.cohortSpacingDays(), s.decisionLagDays()};
        for (int i = 0; i < values.length; i++) {
            y.append("  ").append(AttributionSpecReader.SIMULATION_KEYS.get(i)).append(": ")
                    .append(values[i] instanceof Double d ? plain(d) : values[i]).append('\n');
        }
        y.append("scenarios:\n");
        for (Scenario sc : scenarios) {
            y.append("  - {effect: ").append(sc.effect().name().toLowerCase(Locale.ROOT)).append(", size: ")
                    .append(plain(sc.size())).append(", confounded: ").append(sc.confounded()).append("}\n");
        }
        y.append("power: ").append(list(powerSizes)).append("\nrollback:\n");
        Rollback r = rollback;
        y.append("  histories: ").append(r.histories()).append("\n  k: ").append(plain(r.k()))
                .append("\n  h: ").append(plain(r.h())).append("\n  baseline_days: ").append(r.baselineDays())
                .append("\n  monitor_days: ").append(r.monitorDays()).append("\n  phi: ").append(plain(r.phi()))
                .append("\n  drops: ").append(list(r.drops())).append("\n  charts: [")
                .append(String.join(", ", r.charts())).append("]\n");
        if (sensitivity != null) {
            y.append("sensitivity:\n");
            sensitivity.canonical().lines().forEach(line -> y.append("  ").append(line).append('\n'));
        }
        return y.toString();
    }

    private static String list(List<Double> values) {
        return "[" + String.join(", ", values.stream().map(AttributionSpec::plain).toList()) + "]";
    }

    /** A double as the shortest decimal that reads back to it, without exponent ({@code 0.03}, {@code 5}). */
    static String plain(double value) {
        String s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A relative size as a signed percentage, e.g. {@code +3%}, {@code +0.5%}. */
    static String percent(double size) {
        String digits = BigDecimal.valueOf(Math.abs(size) * 100).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return (size >= 0 ? "+" : "−") + digits + "%";
    }
}
