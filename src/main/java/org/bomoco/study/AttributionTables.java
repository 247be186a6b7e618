package org.bomoco.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

import org.bomoco.causal.AttributionEvaluation;
import org.bomoco.causal.AttributionEvaluation.Row;
import org.bomoco.causal.EffectType;
import org.bomoco.report.Table;

/**
 * The tables of an attribution study, built from its {@link AttributionCells.Results}: {@code attribution}
 * (method × scenario), {@code power} (rejection rate against effect size) and {@code rollback} (detection delay and
 * false alarms). CSV tables carry 6 significant digits; the Markdown/HTML views round for reading.
 */
final class AttributionTables {
    /** Display names of {@link AttributionEvaluation#METHODS}, same order. */
    static final List<String> METHOD_NAMES = List.of("naive correlation", "DiD", "ITS", "synthetic control");

    private AttributionTables() {
    }

    static String methodName(String method) {
        return METHOD_NAMES.get(AttributionEvaluation.METHODS.indexOf(method));
    }

    /** The nominal true effect of a scenario in log points: log(1 + size) (the full effect for a ramp). */
    static double logEffect(AttributionSpec.Scenario s) {
        return s.effect() == EffectType.ZERO ? 0 : Math.log1p(s.size());
    }

    /** Per scenario × method: bias, RMSE, coverage, rejection rate, bias as % of the true effect. */
    static Table attribution(AttributionSpec spec, AttributionCells.Results r, boolean csv) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < spec.scenarios().size(); i++) {
            AttributionSpec.Scenario s = spec.scenarios().get(i);
            double truth = logEffect(s);
            for (Row row : r.scenarios().get(i)) {
                String name = csv ? row.method() : methodName(row.method());
                String pct = truth == 0 ? "–" : csv ? g(100 * row.bias() / truth) : fixed(100 * row.bias() / truth, 1);
                rows.add(List.of(csv ? s.id() : s.label(), name, s.effect().name().toLowerCase(Locale.ROOT),
                        AttributionSpec.plain(s.size()), Boolean.toString(s.confounded()),
                        Integer.toString(row.histories()), csv ? g(row.bias()) : fixed(row.bias(), 4),
                        csv ? g(row.rmse()) : fixed(row.rmse(), 4), csv ? g(row.coverage()) : pct(row.coverage()),
                        csv ? g(row.rejectionRate()) : pct(row.rejectionRate()),
                        truth == 0 ? "false-positive rate" : "power", pct));
            }
        }
        return new Table("attribution", "Attribution methods over simulated histories (bias and RMSE in log points)",
                List.of("scenario", "method", "effect", "size", "confounded", "histories", "bias", "rmse",
                        "coverage", "rejection_rate", "rejection_is", "bias_pct_of_effect"), rows, 6,
                "Bias = mean(estimate − truth) where the truth is the value of the quantity each method estimates "
                        + "(AttributionEvaluation); coverage of 95% intervals; rejection rate = share of 95% "
                        + "intervals excluding 0. bias_pct_of_effect divides the bias by log(1 + size).");
    }

    /** Long form: method × effect size → rejection rate (and bias, RMSE, coverage). */
    static Table powerLong(AttributionSpec spec, AttributionCells.Results r) {
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < AttributionEvaluation.METHODS.size(); m++) {
            for (int i = 0; i < spec.powerSizes().size(); i++) {
                Row row = r.power().get(i).get(m);
                rows.add(List.of(row.method(), AttributionSpec.plain(spec.powerSizes().get(i)),
                        Integer.toString(row.histories()), g(row.rejectionRate()), g(row.bias()), g(row.rmse()),
                        g(row.coverage())));
            }
        }
        return new Table("power", "Power of the attribution methods (level effect, not confounded)",
                List.of("method", "effect_size", "histories", "rejection_rate", "bias", "rmse", "coverage"), rows, 2,
                "Rejection rate at size 0 is the false-positive rate (nominal 5%).");
    }

    /** Wide form for reading: one row per method, one column per effect size. */
    static Table powerWide(AttributionSpec spec, AttributionCells.Results r) {
        List<String> header = new ArrayList<>(List.of("method"));
        spec.powerSizes().forEach(s -> header.add(AttributionSpec.percent(s)));
        List<List<String>> rows = new ArrayList<>();
        for (int m = 0; m < AttributionEvaluation.METHODS.size(); m++) {
            List<String> row = new ArrayList<>(List.of(METHOD_NAMES.get(m)));
            for (int i = 0; i < spec.powerSizes().size(); i++) {
                row.add(pct(r.power().get(i).get(m).rejectionRate()));
            }
            rows.add(row);
        }
        return new Table("power", "Rejection rate against effect size (level effect, not confounded, "
                + spec.histories() + " histories each)", header, rows, 1,
                "At +0% the rejection rate is the false-positive rate (nominal 5%); elsewhere it is the power.");
    }

    /** Per (chart, drop): detection rate, median and p90 delay, false alarms per 1,000 monitored days. */
    static Table rollback(AttributionSpec spec, AttributionCells.Results r, boolean csv) {
        AttributionSpec.Rollback rb = spec.rollback();
        List<List<String>> rows = new ArrayList<>();
        DoubleFunction<String> days = d -> Double.isInfinite(d) ? (csv ? "inf" : "missed") : csv ? g(d)
                : AttributionSpec.plain(d);
        for (AttributionCells.RollbackRow row : r.rollback()) {
            var x = row.result();
            rows.add(List.of(row.chart(), AttributionSpec.plain(rb.k()), AttributionSpec.plain(rb.h()),
                    AttributionSpec.plain(row.dropSd()), Integer.toString(row.series()),
                    csv ? g(x.detectionRate()) : pct(x.detectionRate()), days.apply(x.medianDelayDays()),
                    days.apply(x.p90DelayDays()), csv ? g(x.falseAlarmsPer1000Days())
                            : fixed(x.falseAlarmsPer1000Days(), 2)));
        }
        return new Table("rollback", "Rollback trigger (lower CUSUM) on simulated AR(1) KPI series, φ = "
                + AttributionSpec.plain(rb.phi()) + ", " + rb.baselineDays() + " baseline and " + rb.monitorDays()
                + " monitored days", List.of("chart", "k", "h", "drop_sd", "series", "detection_rate",
                        "median_delay_days", "p90_delay_days", "false_alarms_per_1000_days"), rows, 5,
                "Delay = days from the action to the alarm (0 = same day); missed drops count as infinite. "
                        + "False alarms: on unchanged series, CUSUM restarted after each alarm. residual = CUSUM on "
                        + "AR(1) residuals (Alwan & Roberts 1988); raw = CUSUM on standardised values.");
    }

    /** The headline sentences (console and report), one per line. */
    static List<String> headline(AttributionSpec spec, AttributionCells.Results r) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < spec.scenarios().size(); i++) {
            AttributionSpec.Scenario s = spec.scenarios().get(i);
            List<String> parts = new ArrayList<>();
            for (Row row : r.scenarios().get(i)) {
                String what = s.effect() == EffectType.ZERO ? " (false positives " + pct(row.rejectionRate()) + ")"
                        : " (coverage " + pct(row.coverage()) + ")";
                parts.add(methodName(row.method()) + " " + signed(row.bias()) + what);
            }
            String lead = (s.confounded() ? "With confounding" : "Without confounding") + ", "
                    + (s.effect() == EffectType.ZERO ? "zero effect" : s.effect().name().toLowerCase(Locale.ROOT)
                    + " " + AttributionSpec.percent(s.size()));
            lines.add(lead + ": bias in log points " + String.join("; ", parts) + ".");
        }
        lines.add(powerLine(spec, r));
        rollbackLine(spec, r).ifPresent(lines::add);
        return lines;
    }

    private static String powerLine(AttributionSpec spec, AttributionCells.Results r) {
        List<String> parts = new ArrayList<>();
        for (int m = 0; m < AttributionEvaluation.METHODS.size(); m++) {
            String reached = "not reached by " + AttributionSpec.percent(spec.powerSizes().get(
                    spec.powerSizes().size() - 1));
            for (int i = 0; i < spec.powerSizes().size(); i++) {
                if (spec.powerSizes().get(i) > 0 && r.power().get(i).get(m).rejectionRate() >= 0.8) {
                    reached = "at " + AttributionSpec.percent(spec.powerSizes().get(i));
                    break;
                }
            }
            int zero = spec.powerSizes().indexOf(0.0);
            parts.add(METHOD_NAMES.get(m) + " " + reached + (zero < 0 ? "" : " (false positives at +0%: "
                    + pct(r.power().get(zero).get(m).rejectionRate()) + ")"));
        }
        return "80% power (level effect, not confounded): " + String.join("; ", parts) + ".";
    }

    private static java.util.Optional<String> rollbackLine(AttributionSpec spec, AttributionCells.Results r) {
        List<String> parts = new ArrayList<>();
        for (String chart : spec.rollback().charts()) {
            List<AttributionCells.RollbackRow> rows = r.rollback().stream().filter(x -> x.chart().equals(chart))
                    .toList();
            AttributionCells.RollbackRow mid = rows.get(rows.size() / 2);
            var x = mid.result();
            parts.add(chart + " chart: " + AttributionSpec.plain(mid.dropSd()) + "-sd drop detected in "
                    + pct(x.detectionRate()) + ", median delay " + (Double.isInfinite(x.medianDelayDays()) ? "∞"
                    : AttributionSpec.plain(x.medianDelayDays())) + " days; "
                    + fixed(x.falseAlarmsPer1000Days(), 2) + " false alarms per 1,000 days");
        }
        return java.util.Optional.of("Rollback (CUSUM k = " + AttributionSpec.plain(spec.rollback().k()) + ", h = "
                + AttributionSpec.plain(spec.rollback().h()) + "): " + String.join("; ", parts) + ".");
    }

    static String g(double x) {
        return String.format(Locale.ROOT, "%.6g", x);
    }

    static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x).replace('-', '−');
    }

    /** A signed number with 4 decimals and a true minus sign, e.g. {@code +0.2100}, {@code −0.0003}. */
    static String signed(double x) {
        String s = String.format(Locale.ROOT, "%+.4f", x);
        return s.equals("-0.0000") ? "−0.0000" : s.replace('-', '−');
    }

    /** A share as a whole percentage, e.g. {@code 94%}. */
    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
