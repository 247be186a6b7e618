package org.bomoco.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for table cells: NaN prints as an en dash. */
final class Cells {
    /** Printed for a value that does not exist (missing algorithm, test not run). */
    static final String NONE = "–";

    private Cells() {
    }

    /** Four significant digits, plain between 1e-3 and 1e6, else {@code 1.234e+07}. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return NONE;
        }
        if (v == 0 || Double.isInfinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** A p-value: three decimals, {@code <0.001} below. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return NONE;
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Full precision ({@link Double#toString}), NaN as empty, for machine-readable tables. */
    static String exact(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
