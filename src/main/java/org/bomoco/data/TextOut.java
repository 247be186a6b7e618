package org.bomoco.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Deterministic text output: CSV cells and numbers formatted independently of the locale, {@code '\n'} line ends,
 * and files replaced atomically (written to a temporary file in the same directory, then moved over the target).
 */
final class TextOut {
    /** Magnitudes in {@code [PLAIN_MIN, PLAIN_MAX)} are written without an exponent. */
    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;

    private TextOut() {
    }

    /**
     * Formats a finite double so that {@link Double#parseDouble} gives back exactly the same value: the digits of
     * {@link Double#toString(double)} (the shortest decimal that uniquely distinguishes the value), written in plain
     * notation without trailing zeros when the magnitude is in [1e-6, 1e15), else in Java's exponent notation.
     */
    static String number(double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("cannot write a non-finite number: " + d);
        }
        if (d == 0) {
            return Double.doubleToRawLongBits(d) == 0 ? "0" : "-0";
        }
        double a = Math.abs(d);
        if (a < PLAIN_MIN || a >= PLAIN_MAX) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Quotes a CSV cell (RFC 4180) when it holds a separator, quote, line break, surrounding space or leading '#'. */
    static String cell(String s) {
        boolean quote = s.isEmpty() ? false
                : s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                        || s.charAt(0) == '#' || !s.strip().equals(s);
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Appends one CSV line of already formatted cells (quoting text cells as needed) and a '\n'. */
    static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append('\n');
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target} atomically with {@link AtomicFiles#write(Path, CharSequence)}.
     *
     * @throws UncheckedIOException when the file cannot be written: an I/O failure (exit 1), which the command line
     *     says in words (read-only file system, not a directory), not bad input
     */
    static void writeAtomically(Path target, String text) {
        try {
            AtomicFiles.write(target, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
