package org.bomoco.web;

import java.util.List;
import java.util.Locale;

/**
 * One colour per algorithm id, the same in every view: the known algorithm families have fixed colours (Okabe–Ito
 * palette, safe for colour-blind readers; Okabe and Ito 2008, "Color Universal Design"), the library suffix
 * ({@code @moea}, {@code @jmetal}) only darkens them; unknown ids get a colour from a hash of the id.
 */
final class AlgorithmColors {
    private static final List<String> FAMILIES = List.of("composite", "nsga2", "nsga3", "moead", "random",
            "smsemoa", "spea2", "epsmoea", "ibea", "weighted-sum", "exact");
    private static final List<String> COLOURS = List.of("#000000", "#0072B2", "#E69F00", "#009E73", "#999999",
            "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#882255", "#44AA99");

    private AlgorithmColors() {
    }

    /** The colour ({@code #rrggbb}) of algorithm {@code id} (a label or resolved id such as {@code nsga2@jmetal}). */
    static String of(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        String base = at < 0 ? lower : lower.substring(0, at);
        int k = FAMILIES.indexOf(base);
        if (k < 0) {
            int h = Math.floorMod(base.hashCode(), 360);
            return hsl(h);
        }
        String c = COLOURS.get(k);
        return lower.endsWith("@jmetal") ? darken(c) : c;
    }

    private static String darken(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16 & 0xff) * 3 / 5;
        int g = (rgb >> 8 & 0xff) * 3 / 5;
        int b = (rgb & 0xff) * 3 / 5;
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String hsl(int hue) {
        java.awt.Color c = java.awt.Color.getHSBColor(hue / 360f, 0.65f, 0.75f);
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
