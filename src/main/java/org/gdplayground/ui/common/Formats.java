package org.gdplayground.ui.common;

import org.gdplayground.system.NumberText;

/** Compact, locale-independent number text for tables, charts and explanations: the page side of {@link NumberText}. */
public final class Formats {

    private Formats() {
    }

    /** 4 significant digits, as learners read numbers ({@link NumberText}: e-notation for very small or large
     * magnitudes, a true minus "−", ∞ / −∞ / NaN spelled out). */
    public static String num(double v) {
        return num(v, 4);
    }

    /** {@code significant} digits, as learners read numbers ({@link NumberText#of}). */
    public static String num(double v, int significant) {
        return NumberText.of(v, significant);
    }

    /** The same digits with an ASCII '-': for a field's value or anything parsed back. */
    public static String plain(double v, int significant) {
        return NumberText.plain(v, significant);
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
}
