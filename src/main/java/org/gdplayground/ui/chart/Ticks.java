package org.gdplayground.ui.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** "Nice" axis ticks (1-2-5 rule, decades on log axes) and their compact labels. */
final class Ticks {

    private Ticks() {
    }

    /**
     * Ticks k·step within [min, max], with step = 1, 2 or 5 × 10ⁿ chosen as the smallest giving at most
     * {@code maxIntervals} intervals over the range. [0, 1] with 5 intervals → 0, 0.2, 0.4, 0.6, 0.8, 1.
     * Empty for a non-finite range; {min} when min == max.
     */
    static double[] linear(double min, double max, int maxIntervals) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            return new double[0];
        }
        if (min == max) {
            return new double[] {min};
        }
        double step = step(min, max, maxIntervals);
        if (!(step > 0) || !Double.isFinite(step)) {
            return new double[0];
        }
        double eps = step * 1e-9;
        long first = (long) Math.ceil((min - eps) / step);
        long last = (long) Math.floor((max + eps) / step);
        if (last - first > 1000) {
            return new double[0];
        }
        double[] ticks = new double[(int) (last - first + 1)];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /** The 1-2-5 step {@link #linear} uses. */
    static double step(double min, double max, int maxIntervals) {
        double raw = (max - min) / Math.max(1, maxIntervals);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
        return nice * mag;
    }

    /**
     * Powers of ten within [min, max] (0 &lt; min &lt; max), every k-th decade so that at most {@code maxTicks} remain.
     * [1e-6, 10] → 1e-6, 1e-5, …, 10. A range inside one decade gets {@link #linear} ticks instead.
     */
    static double[] log(double min, double max, int maxTicks) {
        if (!(min > 0) || !Double.isFinite(max) || min > max) {
            return new double[0];
        }
        int e0 = (int) Math.ceil(Math.log10(min) - 1e-9);
        int e1 = (int) Math.floor(Math.log10(max) + 1e-9);
        if (e1 < e0) {
            return linear(min, max, Math.max(1, maxTicks - 1));
        }
        int count = e1 - e0 + 1;
        int stride = (count + Math.max(1, maxTicks) - 1) / Math.max(1, maxTicks);
        double[] ticks = new double[(count - 1) / stride + 1];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Double.parseDouble("1e" + (e0 + i * stride));
        }
        return ticks;
    }

    /**
     * A compact tick label: plain between 0.001 and 100000 (at most as many decimals as {@code step} needs, trailing
     * zeros dropped: 0.5, 1200), otherwise scientific with up to three significant digits (1e-6, 2.5e7). A step of 0
     * or NaN means "no step known" and keeps up to six significant digits.
     */
    static String format(double v, double step) {
        if (v == 0 || (step > 0 && Math.abs(v) < step * 1e-9)) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            BigDecimal d = new BigDecimal(v);
            if (step > 0 && Double.isFinite(step)) {
                int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
                d = d.setScale(Math.min(decimals, 12), RoundingMode.HALF_UP);
            } else {
                d = d.round(new MathContext(6));
            }
            String s = d.stripTrailingZeros().toPlainString();
            return s.equals("-0") ? "0" : s;
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        String mantissa = d.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return mantissa + "e" + exponent;
    }

    /** {@link #format(double, double)} without a known step. */
    static String format(double v) {
        return format(v, Double.NaN);
    }
}
