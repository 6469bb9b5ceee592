package org.gdplayground.engine;

/**
 * An allowed interval for a numeric parameter, each end open or closed, e.g. {@code [0, 1)} or {@code (0, ∞)}.
 * Used both to validate and to tell the learner what is allowed, so the two never disagree.
 */
public record Range(double min, boolean minClosed, double max, boolean maxClosed) {

    public Range {
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("bad range " + min + ", " + max);
        }
    }

    /** [min, max]. */
    public static Range closed(double min, double max) {
        return new Range(min, true, max, true);
    }

    /** [min, max). */
    public static Range closedOpen(double min, double max) {
        return new Range(min, true, max, false);
    }

    /** (0, ∞). */
    public static Range positive() {
        return new Range(0, false, Double.POSITIVE_INFINITY, false);
    }

    /** [0, ∞). */
    public static Range nonNegative() {
        return new Range(0, true, Double.POSITIVE_INFINITY, false);
    }

    /** True when v is a finite number inside the interval. */
    public boolean contains(double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        boolean aboveMin = minClosed ? v >= min : v > min;
        boolean belowMax = maxClosed ? v <= max : v < max;
        return aboveMin && belowMax;
    }

    /** Interval notation, e.g. {@code [0, 1)}, {@code (0, ∞)}. */
    @Override
    public String toString() {
        return (minClosed ? "[" : "(") + format(min) + ", " + format(max) + (maxClosed ? "]" : ")");
    }

    private static String format(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
