package org.gdplayground.system;

import java.util.Locale;

/**
 * The one way numbers are written for learners: the status line, the diagnosis, tables, explanations, the compare
 * summary. Compact and locale-independent (no grouping: "1000", never "1,000"), {@code significant} digits with
 * trailing zeros dropped, e-notation below 1e−4 and from 1e6 on, and a true minus sign (U+2212 "−", also in exponents
 * and −∞), so a status line and the diagnosis beside it never write the same number two ways.
 *
 * <p>Text a program reads back (a field's value, a link, CSV, JSON) uses {@link #plain(double, int)}: the same digits
 * with an ASCII hyphen-minus, which {@link Double#parseDouble} accepts.
 */
public final class NumberText {

    /** The minus sign shown to learners. */
    public static final char MINUS = '\u2212';

    private NumberText() {
    }

    /** {@code v} with {@code significant} digits, as learners read it (true minus). */
    public static String of(double v, int significant) {
        return plain(v, significant).replace('-', MINUS);
    }

    /** The same digits with an ASCII '-' (for field values and anything parsed back). */
    public static String plain(double v, int significant) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
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
        String mant = stripZeros(s.substring(0, e));
        return mant + "e" + Integer.parseInt(s.substring(e + 1));
    }
}
