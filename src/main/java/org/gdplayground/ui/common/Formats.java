package org.gdplayground.ui.common;

import java.util.Locale;

/** Compact, locale-independent number text for tables, charts and explanations. */
public final class Formats {

    private Formats() {
    }

    /** 4 significant digits; e-notation for very small or large magnitudes; ∞ / −∞ / NaN spelled out. */
    public static String num(double v) {
        return num(v, 4);
    }

    public static String num(double v, int significant) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            String s = String.format(Locale.ROOT, "%." + significant + "g", v);
            if (s.contains("e")) {
                return trimExp(s);
            }
            return stripZeros(s);
        }
        return trimExp(String.format(Locale.ROOT, "%." + (significant - 1) + "e", v));
    }

    /** A vector as (a, b, …). */
    public static String vec(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(num(v[i]));
        }
        return sb.append(')').toString();
    }

    /** "1.2500" → "1.25", "3.000" → "3" (no regular expressions: this runs for every number on every frame). */
    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String trimExp(String s) {
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        mant = stripZeros(mant);
        String exp = s.substring(e + 1);
        int x = Integer.parseInt(exp);
        return mant + "e" + x;
    }
}
