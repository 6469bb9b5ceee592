package org.gdplayground.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A declarative condition over a {@link RunOutcome}; every key given must hold (an empty condition always holds).
 * Keys (as written in a lesson file):
 *
 * <ul>
 *   <li>{@code run}: which run (1-based, default 1); {@code allRuns: true} to require it of every run</li>
 *   <li>{@code status}: {@code converged}, {@code max-steps}, {@code diverged}, {@code running} (one or a list)</li>
 *   <li>{@code finished}: true when the run must have ended (not paused)</li>
 *   <li>{@code diagnosis}: {@code diverging}, {@code oscillating}, {@code plateau}, {@code saddle},
 *       {@code local-minimum}, {@code global-minimum}, {@code none} (one or a list)</li>
 *   <li>{@code lossBelow}, {@code lossAbove}: the final loss (a non-finite loss is above everything)</li>
 *   <li>{@code stepsAtMost}, {@code stepsAtLeast}: the last step k</li>
 *   <li>{@code sinceAtMost}: the diagnosis began at this step or earlier</li>
 *   <li>{@code lrMin}, {@code lrMax}: the learning rate, inclusive</li>
 *   <li>{@code momentumMin}, {@code momentumMax}: the momentum hyper-parameter, inclusive</li>
 *   <li>{@code opt}, {@code fn}, {@code schedule}, {@code batch}, {@code grad}, {@code initMode}, {@code page}
 *       ({@code playground}, {@code compare}, {@code simplenet}): one or a list</li>
 *   <li>{@code hMin}, {@code hMax}: the finite-difference step, inclusive</li>
 *   <li>{@code near} with {@code within}: θ at most {@code within} (default 0.01) from the point</li>
 *   <li>{@code runsAtLeast}: the compare page shows at least this many runs</li>
 * </ul>
 */
public record Condition(Map<String, Object> terms) {

    static final Set<String> KEYS = Set.of("run", "allRuns", "status", "finished", "diagnosis", "lossBelow",
            "lossAbove", "stepsAtMost", "stepsAtLeast", "sinceAtMost", "lrMin", "lrMax", "momentumMin", "momentumMax", "page",
            "opt", "fn", "schedule", "batch", "grad", "initMode", "hMin", "hMax", "near", "within", "runsAtLeast");
    static final Set<String> STATUSES = Set.of("running", "converged", "max-steps", "diverged");
    static final Set<String> DIAGNOSES = Set.of("diverging", "oscillating", "plateau", "saddle", "local-minimum",
            "global-minimum", "too-slow", "unbounded", "none");

    public Condition {
        terms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    /** Reads one from a lesson file's map, naming the first unknown key or bad value. */
    static Condition parse(@Nullable Object raw, String where) {
        if (raw == null) {
            return new Condition(Map.of());
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new LessonFormatException(where + ": a condition is a map of keys, got " + raw);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (!KEYS.contains(key)) {
                throw new LessonFormatException(where + ": unknown condition '" + key + "' (known: "
                        + new java.util.TreeSet<>(KEYS) + ")");
            }
            Object value = switch (key) {
                case "status", "diagnosis", "opt", "fn", "schedule", "batch", "grad", "initMode", "page" -> strings(v, where, key);
                case "finished", "allRuns" -> bool(v, where, key);
                case "near" -> numbers(v, where, key);
                default -> number(v, where, key);
            };
            if (key.equals("status")) {
                requireIn(strings(v, where, key), STATUSES, where, key);
            }
            if (key.equals("diagnosis")) {
                requireIn(strings(v, where, key), DIAGNOSES, where, key);
            }
            out.put(key, value);
        });
        return new Condition(out);
    }

    /** True when every term holds for the outcome. */
    boolean holds(RunOutcome o) {
        if (terms.isEmpty()) {
            return true;
        }
        if (terms.get("runsAtLeast") instanceof Double n && o.runs().size() < n) {
            return false;
        }
        if (!matches(terms.get("fn"), o.fn()) || !matches(terms.get("schedule"), o.schedule())
                || !matches(terms.get("batch"), o.batch()) || !matches(terms.get("grad"), o.grad())
                || !matches(terms.get("initMode"), o.initMode()) || !matches(terms.get("page"), o.page())) {
            return false;
        }
        if (terms.get("hMin") instanceof Double min && o.h() < min) {
            return false;
        }
        if (terms.get("hMax") instanceof Double max && o.h() > max) {
            return false;
        }
        if (Boolean.TRUE.equals(terms.get("allRuns"))) {
            return !o.runs().isEmpty() && o.runs().stream().allMatch(this::holds);
        }
        RunOutcome.Run r = run(o);
        return r != null && holds(r);
    }

    /** The run the condition is about (the first unless {@code run} says otherwise), or null when absent. */
    RunOutcome.@Nullable Run run(RunOutcome o) {
        int index = terms.get("run") instanceof Double d ? (int) Math.round(d) : 1;
        return o.runs().stream().filter(r -> r.index() == index).findFirst().orElse(null);
    }

    private boolean holds(RunOutcome.Run r) {
        if (!matches(terms.get("status"), r.status()) || !matches(terms.get("diagnosis"), r.diagnosis())
                || !matches(terms.get("opt"), r.opt())) {
            return false;
        }
        if (Boolean.TRUE.equals(terms.get("finished")) && !r.finished()) {
            return false;
        }
        boolean finite = Double.isFinite(r.loss());
        if (terms.get("lossBelow") instanceof Double v && !(finite && r.loss() < v)) {
            return false;
        }
        if (terms.get("lossAbove") instanceof Double v && finite && r.loss() <= v) {
            return false;
        }
        if (terms.get("stepsAtMost") instanceof Double v && r.step() > v) {
            return false;
        }
        if (terms.get("stepsAtLeast") instanceof Double v && r.step() < v) {
            return false;
        }
        if (terms.get("sinceAtMost") instanceof Double v && (r.since() < 0 || r.since() > v)) {
            return false;
        }
        if (terms.get("lrMin") instanceof Double v && r.lr() < v * (1 - 1e-12)) {
            return false;
        }
        if (terms.get("lrMax") instanceof Double v && r.lr() > v * (1 + 1e-12)) {
            return false;
        }
        Double m = r.momentum();
        if (terms.get("momentumMin") instanceof Double v && (m == null || m < v - 1e-12)) {
            return false;
        }
        if (terms.get("momentumMax") instanceof Double v && (m == null || m > v + 1e-12)) {
            return false;
        }
        if (terms.get("near") instanceof List<?> point) {
            double within = terms.get("within") instanceof Double w ? w : 0.01;
            if (point.size() != r.theta().size()) {
                return false;
            }
            double d2 = 0;
            for (int i = 0; i < point.size(); i++) {
                double d = r.theta().get(i) - (Double) point.get(i);
                d2 += d * d;
            }
            if (!(Math.sqrt(d2) <= within)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(@Nullable Object allowed, String actual) {
        return !(allowed instanceof List<?> list) || list.contains(actual);
    }

    private static List<String> strings(Object v, String where, String key) {
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        } else {
            out.add(String.valueOf(v));
        }
        if (out.isEmpty()) {
            throw new LessonFormatException(where + ": '" + key + "' needs at least one value");
        }
        return List.copyOf(out);
    }

    private static void requireIn(List<String> values, Set<String> allowed, String where, String key) {
        for (String s : values) {
            if (!allowed.contains(s)) {
                throw new LessonFormatException(where + ": '" + key + "' cannot be '" + s + "' (allowed: "
                        + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private static Boolean bool(Object v, String where, String key) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new LessonFormatException(where + ": '" + key + "' is true or false, got " + v);
    }

    private static Double number(Object v, String where, String key) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new LessonFormatException(where + ": '" + key + "' is a number, got " + v);
    }

    private static List<Double> numbers(Object v, String where, String key) {
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            throw new LessonFormatException(where + ": '" + key + "' is a list of numbers, got " + v);
        }
        return list.stream().map(x -> number(x, where, key)).toList();
    }
}
