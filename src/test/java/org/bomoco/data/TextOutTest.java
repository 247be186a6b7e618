package org.bomoco.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link TextOut}: exact, locale-free number formatting and CSV quoting. */
class TextOutTest {
    @Test
    void numbersAreShortAndPlain() {
        assertEquals("1", TextOut.number(1.0));
        assertEquals("0.1", TextOut.number(0.1));
        assertEquals("-6.26", TextOut.number(-6.26));
        assertEquals("0.0006", TextOut.number(6e-4));
        assertEquals("123456789012345", TextOut.number(123456789012345.0));
        assertEquals("1.0E-7", TextOut.number(1e-7));
        assertEquals("1.0E15", TextOut.number(1e15));
        assertEquals("0", TextOut.number(0.0));
        assertEquals("-0", TextOut.number(-0.0));
    }

    @Test
    void numbersRoundTripExactly() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            // random bit patterns cover every magnitude; non-finite ones are skipped
            double d = Double.longBitsToDouble(rng.nextLong());
            if (Double.isFinite(d)) {
                assertEquals(Double.doubleToRawLongBits(d),
                        Double.doubleToRawLongBits(Double.parseDouble(TextOut.number(d))), Double.toString(d));
            }
            double u = rng.nextDouble(-1000, 1000);
            assertEquals(u, Double.parseDouble(TextOut.number(u)));
        }
    }

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertEquals("eu-west-1", TextOut.cell("eu-west-1"));
        assertEquals("\"a,b\"", TextOut.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", TextOut.cell("say \"hi\""));
        assertEquals("\"#1\"", TextOut.cell("#1"));
        assertEquals("", TextOut.cell(""));
    }
}
