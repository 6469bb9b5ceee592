package org.gdplayground.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;

/**
 * One bad parameter: which, what was given, why (a message key under {@code param.*}), and what is allowed.
 *
 * @param param   the parameter's public name, e.g. {@code lr} or {@code lr.2}
 * @param value   the value as given (may be empty)
 * @param kind    the kind of problem: the message key suffix
 * @param allowed what is allowed, e.g. {@code (0, ∞)} or {@code one of sgd, adam}
 * @param args    extra message arguments after (param, value, allowed)
 */
public record ParamError(String param, String value, Kind kind, String allowed, List<String> args) {

    /** Kinds of problem; each has a Korean and an English message {@code param.<key>}. */
    public enum Kind {
        UNKNOWN("unknown"),
        DUPLICATE("duplicate", 3),
        NOT_A_NUMBER("notNumber"),
        OUT_OF_RANGE("range"),
        NOT_ONE_OF("oneOf"),
        ARITY("arity"),
        NOT_APPLICABLE("notApplicable"),
        EXPRESSION("expression", 5),
        MISSING("missing"),
        OVER_LIMIT("limit"),
        /** A list ({@code hide}, {@code lock}) that names one item twice; the item is the first extra argument. */
        REPEATED_ITEM("repeatedItem"),
        /** A query part whose percent-encoding is broken (message key in the API bundle, {@code i18n/api}). */
        MALFORMED("malformed"),
        /** {@code data=<id>} names no uploaded data set (message key {@code data.param.unknown}, i18n/seeing). */
        NO_DATA("noData");

        private final String key;
        private final Set<Integer> numericArgs;

        Kind(String key, Integer... numericArgs) {
            this.key = key;
            this.numericArgs = Set.of(numericArgs);
        }

        public String key() {
            return key;
        }

        /**
         * Message argument positions that are counts or flags (passed as numbers, so a message may use
         * {@code {n,choice,…}}); every other argument, in particular a value echoed from the request, is passed as
         * text exactly as given.
         */
        Set<Integer> numericArgs() {
            return numericArgs;
        }
    }

    public ParamError {
        args = List.copyOf(args);
    }

    static ParamError of(String param, String value, Kind kind, String allowed, String... args) {
        return new ParamError(param, value, kind, allowed, List.of(args));
    }

    /**
     * The learner-facing sentence in the given language, naming the field by its label (e.g. "Learning rate γ of
     * run 2") and stating what is allowed: for the page and the link-error list.
     */
    public String message(Messages messages, Locale locale) {
        return format(messages, locale, label(messages, locale), true);
    }

    /**
     * The same sentence naming the parameter by its API name (e.g. {@code lr.2}), for REST clients who wrote that
     * name themselves.
     */
    public String apiMessage(Messages messages, Locale locale) {
        return format(messages, locale, param, false);
    }

    /**
     * The field's label in the given language: {@code param.label.<name>} or a hyper-parameter's {@code hp.<name>.label},
     * with "of run N" for an indexed name; the name itself when it has no label (an unknown name, say).
     */
    public String label(Messages messages, Locale locale) {
        Matcher m = INDEXED.matcher(param);
        String base = m.matches() ? m.group(1) : param;
        @Nullable String key = messages.has("param.label." + base) ? "param.label." + base
                : messages.has("hp." + base + ".label") ? "hp." + base + ".label" : null;
        if (key == null) {
            return param;
        }
        String label = messages.getTranslation(key, locale);
        return m.matches() ? messages.getTranslation("param.ofRun", locale, label, m.group(2)) : label;
    }

    private String format(Messages messages, Locale locale, String name, boolean learner) {
        boolean named = kind != Kind.UNKNOWN && kind != Kind.DUPLICATE && kind != Kind.MALFORMED;
        Object[] all = new Object[3 + args.size()];
        all[0] = named ? name : param;
        all[1] = value;
        all[2] = switch (kind) {
            case NOT_A_NUMBER, OUT_OF_RANGE -> allowedText(messages, locale);
            case EXPRESSION -> expectedText(messages, locale);
            default -> allowed;
        };
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean numeric = kind.numericArgs().contains(3 + i) && a.matches("-?\\d{1,18}");
            all[3 + i] = numeric ? (Object) Long.parseLong(a) : a;
        }
        String key = kind == Kind.NO_DATA ? "data.param.unknown" : "param." + kind.key();
        if (learner && (kind == Kind.MISSING || kind == Kind.NOT_APPLICABLE)) {
            // The page names settings by their labels, never as fn=custom or by an optimizer's key.
            all[2] = words(messages, locale, (String) all[2], false);
            if (all.length > 3 && all[3] instanceof String condition) {
                all[3] = words(messages, locale, condition, true);
            }
            if (messages.has(key + ".page")) {
                key = key + ".page";
            }
        }
        if (kind == Kind.OVER_LIMIT && param.equals("expr")) {
            key = "param.limit.length";
        } else if (kind == Kind.MISSING && param.equals("data")) {
            key = "param.missing.data"; // the surface "Your data" chosen before any file was uploaded
        } else if (kind == Kind.OUT_OF_RANGE && !args.isEmpty() && args.getFirst().equals(RUN_INDEX)) {
            key = "param.runIndex";
            all[0] = param;
            all[2] = allowed;
        }
        return messages.getTranslation(key, locale, all);
    }

    /**
     * A setting or a list of names as the page says it: {@code fn=custom} → "Surface is “Your own f(x, y)”"; a
     * condition's bare names ({@code sgd, adam}: the runs' optimizers, or a surface) → "Optimizer is “SGD (gradient
     * descent), Adam”"; a list of what is allowed ({@code momentum, dampening}) → the fields' labels. A name with no
     * label stays as it is.
     */
    static String words(Messages messages, Locale locale, String text, boolean condition) {
        Matcher setting = SETTING.matcher(text);
        if (setting.matches()) {
            return setting(messages, locale, setting.group(1), name(messages, locale, setting.group(1),
                    setting.group(2)));
        }
        if (!NAMES.matcher(text).matches()) {
            return text;
        }
        List<String> out = new java.util.ArrayList<>();
        String[] names = text.split(", ");
        for (String t : names) {
            out.add(condition ? name(messages, locale, messages.has("opt." + t + ".name") ? "opt" : "fn", t)
                    : name(messages, locale, null, t));
        }
        if (!condition) {
            return String.join(", ", out);
        }
        return setting(messages, locale, messages.has("opt." + names[0] + ".name") ? "opt" : "fn",
                String.join(", ", out));
    }

    private static String setting(Messages messages, Locale locale, String param, String value) {
        String label = messages.has("param.label." + param) ? messages.getTranslation("param.label." + param, locale)
                : param;
        return messages.getTranslation("param.setting", locale, label, value);
    }

    /** The label of a value of {@code param}, or (param null) of an allowed name: a field, a hyper-parameter. */
    private static String name(Messages messages, Locale locale, @Nullable String param, String value) {
        List<String> keys = param == null
                ? List.of("hp." + value + ".label", "param.label." + value, "pg.initMode." + value)
                : List.of(param + "." + value + ".name", "pg." + param + "." + value);
        for (String k : keys) {
            if (messages.has(k)) {
                return messages.getTranslation(k, locale);
            }
        }
        return value;
    }

    private static final Pattern SETTING = Pattern.compile("([A-Za-z]+)=([A-Za-z0-9-]+)");
    private static final Pattern NAMES = Pattern.compile("[A-Za-z][A-Za-z0-9-]*(, [A-Za-z][A-Za-z0-9-]*)*");

    /** A range as a phrase: "in (0, ∞)", "a whole number in [1, 1000]", "a finite number"; other text unchanged. */
    private String allowedText(Messages messages, Locale locale) {
        if (allowed.startsWith(WHOLE)) {
            return messages.getTranslation("param.allowed.whole", locale, allowed.substring(WHOLE.length()));
        }
        if (allowed.equals("(-∞, ∞)")) {
            return messages.getTranslation("param.allowed.any", locale);
        }
        if (INTERVAL.matcher(allowed).matches()) {
            return messages.getTranslation("param.allowed.interval", locale, allowed);
        }
        return allowed;
    }

    /** What the expression parser expected, in the page's language (it reports it in English). */
    private String expectedText(Messages messages, Locale locale) {
        for (var e : EXPECTED.entrySet()) {
            Matcher m = e.getKey().matcher(allowed);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return messages.getTranslation("expr.expected." + e.getValue(), locale, groups);
            }
        }
        return allowed;
    }

    /**
     * First extra argument of an {@link Kind#OUT_OF_RANGE} error about a run number (e.g. {@code opt.9} with 8 runs
     * at most), followed by the number: the message then speaks of the run number, not the value.
     */
    static final String RUN_INDEX = "run-index";
    private static final String WHOLE = "whole number in ";
    private static final Pattern INTERVAL = Pattern.compile("[(\\[][^,]+, [^,]+[)\\]]");
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\.(\\d{1,3})");
    /** The parser's English descriptions ({@code ExpressionParser}) and their message keys. */
    private static final Map<Pattern, String> EXPECTED = expected();

    private static Map<Pattern, String> expected() {
        Map<Pattern, String> m = new LinkedHashMap<>();
        m.put(Pattern.compile(Pattern.quote("number, x, y, pi, e, function, '-' or '('")), "operand");
        m.put(Pattern.compile(Pattern.quote("operator (+ - * / ^) or end of input")), "operatorOrEnd");
        m.put(Pattern.compile(Pattern.quote("x, y, pi, e or a function (sin, cos, tan, exp, log, sqrt, abs, tanh)")),
                "names");
        m.put(Pattern.compile("an expression"), "expression");
        m.put(Pattern.compile("'\\)'"), "closingParen");
        m.put(Pattern.compile("'\\(' after ([a-z]+)"), "openingParen");
        m.put(Pattern.compile("at most (\\d+) levels of nesting"), "depth");
        m.put(Pattern.compile("at most (\\d+) characters"), "length");
        m.put(Pattern.compile("a number with at most one decimal point"), "oneDot");
        m.put(Pattern.compile("digits after the exponent 'e'"), "exponent");
        m.put(Pattern.compile("a number of magnitude at most (\\S+)"), "magnitude");
        return Collections.unmodifiableMap(m);
    }
}
