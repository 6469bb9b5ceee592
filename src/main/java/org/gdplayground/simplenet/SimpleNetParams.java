package org.gdplayground.simplenet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gdplayground.engine.InvalidParameterException;
import org.gdplayground.engine.Range;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.simplenet.SimpleNet;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.scenario.ScenarioQuery;
import org.jspecify.annotations.Nullable;

/**
 * simpleNet's parameters, for the API ({@code w}, {@code x}, {@code t}, {@code lang}) and the page's link (also
 * {@code opt}, {@code lr}):
 * <ul>
 *   <li>{@code w=w11,w12,w13,w21,w22,w23}: W row by row, six numbers in [−100, 100] (default: the book's W);</li>
 *   <li>{@code x=x1,x2}: the input, two numbers in [−100, 100] (default 0.6,0.9);</li>
 *   <li>{@code t=0,0,1}: the one-hot label, one of 1,0,0 | 0,1,0 | 0,0,1 (default 0,0,1);</li>
 *   <li>{@code opt}: an optimizer key (default sgd); {@code lr}: its learning rate in (0, ∞) (default 0.1).</li>
 * </ul>
 * Every bad parameter is reported (named, with its value and what is allowed); a bad one keeps its default.
 */
public final class SimpleNetParams {

    /** Entries of W and x must lie in here. */
    public static final Range RANGE = Range.closed(-100, 100);
    public static final String DEFAULT_OPT = "sgd";
    public static final double DEFAULT_LR = 0.1;
    /** The allowed labels, as the error message says them. */
    public static final String LABELS = "1,0,0 | 0,1,0 | 0,0,1";
    private static final List<String> API_NAMES = List.of("w", "x", "t", "lang");
    private static final List<String> PAGE_NAMES = List.of("w", "x", "t", "opt", "lr", "lang");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * Parsed values; each is the default where its parameter was absent or bad.
     */
    public record Parsed(double[] w, double[] x, double[] t, String opt, double lr, List<ParamError> errors) {
        public Parsed {
            w = w.clone();
            x = x.clone();
            t = t.clone();
            errors = List.copyOf(errors);
        }

        @Override
        public double[] w() {
            return w.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] t() {
            return t.clone();
        }

        public SimpleNet net() {
            return new SimpleNet(x, t);
        }
    }

    private SimpleNetParams() {
    }

    /** The API's parameters ({@code w}, {@code x}, {@code t}, {@code lang}); any other name is an error. */
    public static Parsed api(Map<String, List<String>> query) {
        return parse(query, API_NAMES);
    }

    /** The page's link parameters ({@code w}, {@code x}, {@code t}, {@code opt}, {@code lr}, {@code lang}). */
    public static Parsed page(Map<String, List<String>> query) {
        return parse(query, PAGE_NAMES);
    }

    private static Parsed parse(Map<String, List<String>> query, List<String> names) {
        List<ParamError> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!names.contains(e.getKey())) {
                errors.add(new ParamError(e.getKey(), String.join(",", e.getValue()), Kind.UNKNOWN,
                        String.join(", ", names), List.of()));
            } else if (e.getValue().size() > 1) {
                errors.add(new ParamError(e.getKey(), String.join(", ", e.getValue()), Kind.DUPLICATE, "",
                        List.of(Integer.toString(e.getValue().size()))));
            }
        }
        double[] w = vector(query, "w", SimpleNet.BOOK_W, "W = (w₁₁, w₁₂, w₁₃, w₂₁, w₂₂, w₂₃)", errors);
        double[] x = vector(query, "x", SimpleNet.SEED_X, "x = (x₁, x₂)", errors);
        double[] t = SimpleNet.SEED_T;
        String tRaw = single(query, "t");
        if (tRaw != null) {
            double[] parsed = numbers(tRaw);
            if (parsed == null || !oneHot(parsed)) {
                errors.add(new ParamError("t", tRaw, Kind.NOT_ONE_OF, LABELS, List.of()));
            } else {
                t = parsed;
            }
        }
        String opt = DEFAULT_OPT;
        double lr = DEFAULT_LR;
        if (names.contains("opt")) {
            String o = single(query, "opt");
            if (o != null) {
                if (Optimizers.keys().contains(o)) {
                    opt = o;
                } else {
                    errors.add(new ParamError("opt", o, Kind.NOT_ONE_OF, String.join(", ", Optimizers.keys()),
                            List.of()));
                }
            }
            String l = single(query, "lr");
            if (l != null) {
                Double v = number(l);
                if (v == null) {
                    errors.add(new ParamError("lr", l, Kind.NOT_A_NUMBER, Range.positive().toString(), List.of()));
                } else if (!Range.positive().contains(v)) {
                    errors.add(new ParamError("lr", l, Kind.OUT_OF_RANGE, Range.positive().toString(), List.of()));
                } else {
                    lr = v;
                }
            }
        }
        if (names.contains("lang")) {
            String lang = single(query, "lang");
            if (lang != null && !lang.equals("ko") && !lang.equals("en")) {
                errors.add(new ParamError("lang", lang, Kind.NOT_ONE_OF, "ko, en", List.of()));
            }
        }
        return new Parsed(w, x, t, opt, lr, errors);
    }

    private static double[] vector(Map<String, List<String>> query, String name, double[] def, String what,
            List<ParamError> errors) {
        String raw = single(query, name);
        if (raw == null) {
            return def;
        }
        String[] parts = raw.split(",", -1);
        if (parts.length != def.length) {
            errors.add(new ParamError(name, raw, Kind.ARITY, Integer.toString(def.length),
                    List.of(Integer.toString(parts.length), what)));
            return def;
        }
        double[] v = new double[def.length];
        for (int i = 0; i < parts.length; i++) {
            Double d = number(parts[i]);
            if (d == null) {
                errors.add(new ParamError(name, parts[i].trim(), Kind.NOT_A_NUMBER, RANGE.toString(), List.of()));
                return def;
            }
            if (!RANGE.contains(d)) {
                errors.add(new ParamError(name, parts[i].trim(), Kind.OUT_OF_RANGE, RANGE.toString(), List.of()));
                return def;
            }
            v[i] = d;
        }
        return v;
    }

    private static @Nullable String single(Map<String, List<String>> query, String name) {
        List<String> v = query.get(name);
        return v == null || v.size() != 1 ? null : v.getFirst();
    }

    private static double @Nullable [] numbers(String raw) {
        String[] parts = raw.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Double d = number(parts[i]);
            if (d == null) {
                return null;
            }
            v[i] = d;
        }
        return v;
    }

    private static boolean oneHot(double[] t) {
        try {
            SimpleNet.labelClass(t);
            return true;
        } catch (InvalidParameterException e) {
            return false;
        }
    }

    /** A strict finite decimal number (no hex, no NaN or Infinity words), or null. */
    public static @Nullable Double parseNumber(String raw) {
        return number(raw);
    }

    static @Nullable Double number(String raw) {
        String s = raw.trim();
        if (s.length() > 40 || !NUMBER.matcher(s).matches()) {
            return null;
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? v + 0.0 : null;
    }

    /** The link query (without '?') that reopens this state: w, x, t, opt, lr. */
    public static String query(double[] w, double[] x, double[] t, String opt, double lr) {
        return "w=" + join(w) + "&x=" + join(x) + "&t=" + join(t) + "&opt=" + opt + "&lr="
                + ScenarioQuery.number(lr);
    }

    /** Numbers joined by commas, each in its shortest exact form. */
    public static String join(double[] v) {
        List<String> s = new ArrayList<>(v.length);
        for (double d : v) {
            s.add(ScenarioQuery.number(d));
        }
        return String.join(",", s);
    }
}
