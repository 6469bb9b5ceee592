package org.gdplayground.ui.chart;

import java.awt.Color;
import java.util.regex.Pattern;

/**
 * Colours shared by the charts: the Okabe–Ito series colours (distinguishable with the common forms of colour
 * blindness) and the viridis ramp for the contour heat map.
 *
 * <p>Okabe, M. and Ito, K. (2008) "Color Universal Design"; viridis by van der Walt and Smith for matplotlib (2015).
 */
public final class Palette {

    /** Okabe–Ito, ordered so that the first colours read well on white and on viridis; the yellow comes last. */
    private static final String[] SERIES = {
        "#0072b2", // blue
        "#d55e00", // vermillion
        "#009e73", // bluish green
        "#cc79a7", // reddish purple
        "#e69f00", // orange
        "#56b4e9", // sky blue
        "#000000", // black
        "#f0e442", // yellow
    };

    /** viridis sampled at 0, 1/8, …, 1 (matplotlib's values); linear interpolation between them. */
    private static final int[] VIRIDIS = {
        0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaadc32, 0xfde725,
    };

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Palette() {
    }

    /** Series colour {@code i} as {@code #rrggbb}; cycles through {@link #size()} colours, any int is accepted. */
    public static String color(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** Number of distinct series colours before {@link #color(int)} repeats. */
    public static int size() {
        return SERIES.length;
    }

    /** Whether {@code s} is a {@code #rrggbb} colour, the only form the charts accept from callers. */
    static boolean isHexColor(String s) {
        return HEX.matcher(s).matches();
    }

    /** {@code #rrggbb} as an AWT colour; the caller checked {@link #isHexColor}. */
    static Color awt(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    /** viridis at {@code t} ∈ [0, 1] (clamped) as 0xRRGGBB: dark purple at 0, yellow at 1. */
    static int viridis(double t) {
        double u = Math.clamp(t, 0.0, 1.0) * (VIRIDIS.length - 1);
        int i = Math.min((int) u, VIRIDIS.length - 2);
        double f = u - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        int r = mix((a >> 16) & 0xff, (b >> 16) & 0xff, f);
        int g = mix((a >> 8) & 0xff, (b >> 8) & 0xff, f);
        int bl = mix(a & 0xff, b & 0xff, f);
        return (r << 16) | (g << 8) | bl;
    }

    /** {@code rgb} moved towards black by {@code amount} ∈ [0, 1]. */
    static int darker(int rgb, double amount) {
        double k = 1.0 - amount;
        int r = (int) Math.round(((rgb >> 16) & 0xff) * k);
        int g = (int) Math.round(((rgb >> 8) & 0xff) * k);
        int b = (int) Math.round((rgb & 0xff) * k);
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
