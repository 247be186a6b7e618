package org.bomoco.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * Colours and shared styling. Colours follow the colour-blind-safe palette of M. Okabe and K. Ito,
 * "Color Universal Design" (2008), in an order that keeps the first few well apart; the baseline is always black.
 * An algorithm's colour depends on its label only ({@link #of(String)}), so it is the same in every figure and in
 * the browser workbench, whichever algorithms a plot shows and in whatever order.
 */
public final class Palette {
    private static final Color[] COLOURS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x8C6D1F), new Color(0x7F7F7F)};

    /** Colour of baseline points (composite plan). */
    public static final Color BASELINE = Color.BLACK;

    private static final List<String> FAMILIES = List.of("composite", "nsga2", "nsga3", "moead", "random",
            "smsemoa", "spea2", "epsmoea", "ibea", "weighted-sum", "exact");
    private static final List<Color> FAMILY_COLOURS = List.of(BASELINE, new Color(0x0072B2), new Color(0xE69F00),
            new Color(0x009E73), new Color(0x999999), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00),
            new Color(0xF0E442), new Color(0x882255), new Color(0x44AA99));

    private Palette() {
    }

    /**
     * The colour of the algorithm labelled {@code label} (e.g. {@code nsga2}, {@code nsga2@jmetal}): the known
     * algorithm families have fixed colours (the composite baseline black), the suffix {@code @jmetal} darkens
     * them (so the two libraries' NSGA-II stay apart), and any other label gets a hue from a hash of the part before
     * {@code @}. A function of the label alone.
     */
    public static Color of(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        String base = at < 0 ? lower : lower.substring(0, at);
        int k = FAMILIES.indexOf(base);
        if (k < 0) {
            return Color.getHSBColor(Math.floorMod(base.hashCode(), 360) / 360f, 0.65f, 0.75f);
        }
        Color c = FAMILY_COLOURS.get(k);
        return lower.endsWith("@jmetal") && k > 0 ? new Color(c.getRed() * 3 / 5, c.getGreen() * 3 / 5,
                c.getBlue() * 3 / 5) : c;
    }

    /** {@link #of(String)} as {@code #rrggbb}, for the browser. */
    public static String hex(String label) {
        return String.format(Locale.ROOT, "#%06x", of(label).getRGB() & 0xFFFFFF);
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
