package org.bomoco.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * Colours and shared styling. Algorithm colours follow the colour-blind-safe palette of M. Okabe and K. Ito,
 * "Color Universal Design" (2008), in an order that keeps the first few well apart; the baseline is always black.
 */
public final class Palette {
    private static final Color[] COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x8C6D1F), new Color(0x7F7F7F)};

    /** Colour of baseline points (composite plan). */
    public static final Color BASELINE = Color.BLACK;

    private Palette() {
    }

    /** The colour of the {@code i}-th algorithm (cycles after eight). */
    public static Color colour(int i) {
        return COLOURS[Math.floorMod(i, COLOURS.length)];
    }

    /** {@code c} with the given alpha (0..255). */
    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** White background, light grid, readable fonts, legend outside on the right, English number format. */
    static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Color.GRAY);
        s.setPlotGridLinesColor(new Color(0xE0E0E0));
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setLegendBorderColor(Color.LIGHT_GRAY);
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        s.setLocale(Locale.ROOT);
        s.setAntiAlias(true);
    }
}
