package org.gdplayground.ui.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The learning rates of a sweep: log-spaced between two values, or a typed list. */
final class Sweep {

    /** Significant digits a swept lr is rounded to, so that links stay readable (0.000373, not 3.7275937e-4). */
    static final int DIGITS = 3;

    private Sweep() {
    }

    /**
     * {@code count} values from {@code from} to {@code to} (both &gt; 0, either order), equally spaced in log10 and
     * rounded to {@link #DIGITS} significant digits; the end points are kept exactly. 1e-4 … 1 with 5 values gives
     * 1e-4, 0.001, 0.01, 0.1, 1.
     */
    static List<Double> logSpaced(double from, double to, int count) {
        if (!(from > 0) || !(to > 0) || !Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("from and to must be finite and > 0");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be ≥ 1");
        }
        if (count == 1) {
            return List.of(from);
        }
        Set<Double> values = new LinkedHashSet<>();
        double a = Math.log10(from);
        double b = Math.log10(to);
        for (int i = 0; i < count; i++) {
            double v = i == 0 ? from : i == count - 1 ? to : round(Math.pow(10, a + (b - a) * i / (count - 1)));
            values.add(v);
        }
        return List.copyOf(values);
    }

    /** {@code v} rounded to {@link #DIGITS} significant digits (half-even), exactly as its decimal text reads. */
    static double round(double v) {
        return new BigDecimal(v).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN)).doubleValue();
    }

    /**
     * A typed list such as {@code 0.001, 0.01, 0.1} (commas or spaces); null when an item is not a number &gt; 0.
     * Repeated values are kept once.
     */
    static @Nullable List<Double> parseList(String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.trim().split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Double v = positive(part);
            if (v == null) {
                return null;
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** A finite number &gt; 0, or null. */
    static @Nullable Double positive(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return v > 0 && Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether the runs differ only in learning rate (same optimizer and hyper-parameters, shared start). */
    static boolean isSweep(org.gdplayground.scenario.ScenarioSpec s) {
        java.util.List<org.gdplayground.scenario.RunSpec> runs = s.runs();
        org.gdplayground.scenario.RunSpec first = runs.get(0);
        return runs.size() >= 2 && runs.stream().allMatch(r -> r.opt().equals(first.opt())
                && r.hyper().equals(first.hyper()) && r.init() == null)
                && runs.stream().map(org.gdplayground.scenario.RunSpec::lr).distinct().count() == runs.size();
    }
}
