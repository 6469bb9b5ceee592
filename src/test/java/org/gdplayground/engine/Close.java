package org.gdplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;

/** Assertions on doubles used by the engine tests. */
public final class Close {

    /** The relative tolerance of golden values worked by hand. */
    public static final double REL = 1e-12;

    private Close() {
    }

    /** |actual − expected| ≤ 1e-12·|expected| (exact equality when expected is 0). */
    public static void rel(double actual, double expected) {
        rel(actual, expected, REL);
    }

    public static void rel(double actual, double expected, double tol) {
        assertThat(actual).as("expected %s (relative %s)", expected, tol)
                .isCloseTo(expected, within(Math.abs(expected) * tol));
    }

    /** Each component: {@link #rel(double, double)}. */
    public static void rel(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            rel(actual[i], expected[i]);
        }
    }

    /**
     * {@code actual} rounded to as many significant digits as {@code digits} has equals it, e.g. −6.1e-10 for
     * {@code "-6.1e-10"} (agreement "to the digits given").
     */
    public static void significant(double actual, String digits) {
        BigDecimal expected = new BigDecimal(digits);
        BigDecimal rounded = new BigDecimal(actual).round(new MathContext(expected.precision()));
        assertThat(rounded.compareTo(expected)).as("%s to %d digits is %s, expected %s", actual,
                expected.precision(), rounded, digits).isZero();
    }
}
