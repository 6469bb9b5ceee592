package org.gdplayground.scenario;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gdplayground.engine.ParamSpec;
import org.gdplayground.engine.function.GradientMode;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.run.Scenario;
import org.gdplayground.engine.run.Schedules;
import org.jspecify.annotations.Nullable;

/**
 * Prints a {@link ScenarioSpec} back into the parameter language: the canonical, short form (values at their
 * defaults are left out, except the surface, optimizer, learning rate, start and steps, which a teacher's link always
 * shows). Parsing the result gives the same spec back.
 */
public final class ScenarioQuery {

    private ScenarioQuery() {
    }

    /** Name → value pairs in canonical order. */
    public static Map<String, String> toParameters(ScenarioSpec spec, int defaultPoints) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("fn", spec.fn());
        if (spec.expr() != null) {
            p.put(ScenarioParser.DATA.equals(spec.fn()) ? ScenarioParser.DATA : "expr", spec.expr());
        }
        boolean compare = spec.runs().size() > 1 || spec.run().init() != null;
        if (!compare) {
            putRun(p, spec.run(), "");
        } else {
            for (int i = 0; i < spec.runs().size(); i++) {
                putRun(p, spec.runs().get(i), "." + (i + 1));
            }
        }
        if (spec.initMode().equals("given")) {
            p.put("init", joinNumbers(spec.init()));
        } else {
            p.put("initMode", spec.initMode());
        }
        p.put("steps", Integer.toString(spec.steps()));
        if (spec.batch() != null) {
            p.put("batch", Integer.toString(spec.batch()));
            if (!spec.shuffle()) {
                p.put("shuffle", "false");
            }
        } else if (!spec.shuffle()) {
            p.put("shuffle", "false");
        }
        if (spec.seed() != Scenario.DEFAULT_SEED) {
            p.put("seed", Long.toString(spec.seed()));
        }
        if (!spec.grad().equals("analytic")) {
            p.put("grad", spec.grad());
        }
        if (spec.h() != GradientMode.DEFAULT_H) {
            p.put("h", number(spec.h()));
        }
        if (!spec.schedule().equals("constant")) {
            p.put("schedule", spec.schedule());
            for (ParamSpec s : Schedules.specs(spec.schedule())) {
                Double v = spec.scheduleParams().get(s.name());
                if (v != null && v != s.def()) {
                    p.put(s.name(), number(v));
                }
            }
        }
        if (spec.warmup() != 0) {
            p.put("warmup", Integer.toString(spec.warmup()));
        }
        if (spec.tol() != null) {
            p.put("tol", number(spec.tol()));
        }
        if (spec.lossTol() != null) {
            p.put("lossTol", number(spec.lossTol()));
        }
        if (spec.points() != defaultPoints) {
            p.put("points", Integer.toString(spec.points()));
        }
        if (!spec.hide().isEmpty()) {
            p.put("hide", Control.join(spec.hide()));
        }
        if (!spec.lock().isEmpty()) {
            p.put("lock", Control.join(spec.lock()));
        }
        return p;
    }

    /** The query string (without '?'), URL-encoded. */
    public static String toQueryString(ScenarioSpec spec, int defaultPoints) {
        List<String> parts = new ArrayList<>();
        toParameters(spec, defaultPoints).forEach((k, v) -> parts.add(encode(k) + "=" + encode(v)));
        return String.join("&", parts);
    }

    /** Parameters as the multi-valued map the parser takes. */
    public static Map<String, List<String>> asQuery(Map<String, String> parameters) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        parameters.forEach((k, v) -> q.put(k, List.of(v)));
        return q;
    }

    private static void putRun(Map<String, String> p, RunSpec run, String suffix) {
        p.put("opt" + suffix, run.opt());
        p.put("lr" + suffix, number(run.lr()));
        for (ParamSpec s : Optimizers.specs(run.opt())) {
            Double v = run.hyper().get(s.name());
            if (v != null && v != s.def()) {
                p.put(s.name() + suffix, number(v));
            }
        }
        if (run.init() != null) {
            p.put("init" + suffix, joinNumbers(run.init()));
        }
    }

    static String joinNumbers(List<Double> values) {
        List<String> s = new ArrayList<>(values.size());
        values.forEach(v -> s.add(number(v)));
        return String.join(",", s);
    }

    /**
     * The shortest decimal text that parses back to exactly {@code v}: {@code 0.1}, {@code 1e-4}, {@code 500},
     * {@code -1.5}.
     */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return v == 0 && 1 / v < 0 ? "-0" : Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /**
     * Percent-encodes a name or value for a query string. A space becomes {@code %20} (not {@code +}, which only
     * form decoding reads as a space); {@code , ( ) *} stay readable. {@code ^} stays encoded: Tomcat rejects a raw
     * {@code ^} in a request line unless told otherwise, and browsers send it raw.
     */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",")
                .replace("%28", "(").replace("%29", ")").replace("%2A", "*");
    }

    /**
     * A query string decoded leniently.
     *
     * @param parameters every part that decodes, as {@link #parseQueryString} gives them
     * @param errors     one {@link ParamError.Kind#MALFORMED} error per part whose percent-encoding is broken (that
     *                   part is left out of {@code parameters})
     */
    public record Decoded(Map<String, List<String>> parameters, List<ParamError> errors) {
        public Decoded {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            errors = List.copyOf(errors);
        }
    }

    /**
     * The multi-valued map a servlet container makes of a query string (without '?'): names in order of first
     * appearance, repeated names keep every value, {@code +} and {@code %xx} decoded as in a form (UTF-8).
     *
     * @throws IllegalArgumentException for a malformed {@code %} escape
     */
    public static Map<String, List<String>> parseQueryString(String query) {
        Decoded d = decode(query);
        if (!d.errors().isEmpty()) {
            throw new IllegalArgumentException("malformed query part: " + d.errors().getFirst().value());
        }
        return d.parameters();
    }

    /**
     * Decodes a query string (without '?'; null or empty: no parameters) as {@link #parseQueryString} does, but
     * reports a part with a broken {@code %} escape instead of failing: the API reads its parameters this way, so
     * that no container-specific parsing error can escape as a server fault.
     */
    public static Decoded decode(@Nullable String query) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        List<ParamError> errors = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return new Decoded(q, errors);
        }
        for (String part : query.split("&", -1)) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String rawName = eq < 0 ? part : part.substring(0, eq);
            String rawValue = eq < 0 ? "" : part.substring(eq + 1);
            String name = decodeOrNull(rawName);
            String value = decodeOrNull(rawValue);
            if (name == null || value == null) {
                errors.add(ParamError.of(ScenarioParser.abbreviate(name == null ? rawName : name),
                        ScenarioParser.abbreviate(value == null ? rawValue : value),
                        ParamError.Kind.MALFORMED, "%XX (2 hex digits)"));
                continue;
            }
            q.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new Decoded(q, errors);
    }

    private static @Nullable String decodeOrNull(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
