package org.bomoco.stats;

import java.util.Locale;

/**
 * One cell of a per-instance results table: the summary of an algorithm's indicator values on an instance and its
 * verdict against the control, printed as {@code "median (IQR) +/−/≈"}.
 *
 * @param instance problem instance name
 * @param algorithm algorithm name
 * @param summary summary of the algorithm's sample (R-7 quartiles)
 * @param verdict against the control; {@link Verdict#CONTROL} for the control's own row
 */
public record TableRow(String instance, String algorithm, Summary summary, Verdict verdict) {
    /** Default number format of {@link #cell()}: four significant digits. */
    public static final String DEFAULT_FORMAT = "%.4g";

    /** {@code "median (IQR) verdict"} with {@link #DEFAULT_FORMAT}, e.g. {@code "0.1235 (0.01000) +"}. */
    public String cell() {
        return cell(DEFAULT_FORMAT);
    }

    /**
     * @param numberFormat a {@link java.util.Formatter} pattern for one double, e.g. {@code "%.3e"}; applied with
     *     {@link Locale#ROOT}
     */
    public String cell(String numberFormat) {
        String text = String.format(Locale.ROOT, numberFormat + " (" + numberFormat + ")", summary.median(),
                summary.iqr());
        return verdict.symbol().isEmpty() ? text : text + " " + verdict.symbol();
    }
}
