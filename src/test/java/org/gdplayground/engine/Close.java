package org.gdplayground.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

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
     * {@code actual} agrees with {@code digits} to the digits given: it lies within one unit of the last given digit
     * (so both a rounded and a truncated print of it pass), e.g. −6.111e-10 for {@code "-6.1e-10"} and −2.5898e13
     * for {@code "-2.58e13"}.
     */
    public static void significant(double actual, String digits) {
        BigDecimal expected = new BigDecimal(digits);
        BigDecimal off = new BigDecimal(actual).subtract(expected).abs();
        assertThat(off.compareTo(expected.ulp())).as("%s agrees with %s to the digits given (off by %s)", actual,
                digits, off).isNegative();
    }
}
