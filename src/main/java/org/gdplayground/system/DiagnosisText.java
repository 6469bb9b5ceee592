package org.gdplayground.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdplayground.engine.diagnosis.Diagnosis;
import org.gdplayground.engine.function.Minimum;

/**
 * The sentence for a run's {@link Diagnosis}, in the reader's language (keys {@code diagnosis.*} in the
 * {@code i18n/messages} bundles). Shared by the REST API and the pages: a page passes its own
 * {@code this::getTranslation}, the API {@link #of(Diagnosis, Messages, Locale)}.
 *
 * <p>Every number comes from the diagnosis' own facts (the engine's records and exact derivatives, and its checked
 * {@link Diagnosis#suggestedLr()}); nothing is estimated again here. Numbers are written by {@link NumberText} (as the
 * status line writes them) with 3 significant digits, trailing zeros dropped, and a true minus sign, e.g.
 * {@code (−1.04, 0)}; every argument reaches the pattern as text, so no locale grouping ("1,000") creeps in.
 */
public final class DiagnosisText {

    /** Looks a key up and fills its arguments: {@code Component::getTranslation} or a {@link Messages} call. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }

    private DiagnosisText() {
    }

    /** The sentence in {@code locale}. */
    public static String of(Diagnosis d, Messages messages, Locale locale) {
        return of(d, (key, args) -> messages.getTranslation(key, locale, args));
    }

    /** The sentence, through {@code t}. */
    public static String of(Diagnosis d, Translator t) {
        String sentence = facts(d, t);
        if (d.hasSuggestion()) {
            String key = d.code() == Diagnosis.Code.DIVERGING ? "diagnosis.suggest.smaller" : "diagnosis.suggest.larger";
            sentence += " " + t.translate(key, num(d.suggestedLr()));
        }
        return sentence;
    }

    private static String facts(Diagnosis d, Translator t) {
        String since = Integer.toString(d.sinceStep());
        return switch (d.details()) {
            case Diagnosis.Diverging v -> diverging(d, v, t);
            case Diagnosis.Oscillating o -> t.translate("diagnosis.oscillating", since,
                    Integer.toString(o.reversals()), Integer.toString(o.window()), num(o.lossRatio()));
            case Diagnosis.Flat f -> t.translate("diagnosis." + d.code().id(), since, point(f.point()),
                    num(f.loss()), num(f.gradNorm()), list(f.eigenvalues()));
            case Diagnosis.AtMinimum m -> minimum(d, m, t);
            case Diagnosis.Crawling c -> t.translate("diagnosis.too-slow", Integer.toString(c.steps()), num(c.lr()),
                    num(100 * c.closed()), num(c.gradNorm()), num(c.moved()));
            case Diagnosis.Unbounded u -> t.translate("diagnosis.unbounded", since, num(u.startLoss()),
                    num(u.loss()));
            case Diagnosis.Nothing n -> t.translate("diagnosis.none");
        };
    }

    private static String diverging(Diagnosis d, Diagnosis.Diverging v, Translator t) {
        if (Double.isNaN(v.lossRatio())) {
            return t.translate("diagnosis.diverging.nonFinite", Integer.toString(v.nonFiniteStep()));
        }
        String since = Integer.toString(d.sinceStep());
        String ratio = num(v.lossRatio());
        Integer over = v.overSteps(); // a number: the English sentence says "1 step" or "7 steps"
        String sentence = Double.isFinite(v.twoOverL()) && v.lr() > v.twoOverL()
                ? t.translate("diagnosis.diverging.lr", since, ratio, over, num(v.lr()), num(v.twoOverL()))
                : t.translate("diagnosis.diverging", since, ratio, over);
        if (v.nonFinite()) {
            sentence += " " + t.translate("diagnosis.diverging.overflow", Integer.toString(v.nonFiniteStep()));
        }
        return sentence;
    }

    private static String minimum(Diagnosis d, Diagnosis.AtMinimum m, Translator t) {
        String suffix = d.ended() ? ".ended" : "";
        String since = Integer.toString(d.sinceStep());
        Minimum at = m.minimum();
        String where = point(at.point());
        String value = num(at.value());
        if (d.code() == Diagnosis.Code.GLOBAL_MINIMUM) {
            return t.translate("diagnosis.global-minimum" + suffix, where, value, since);
        }
        Minimum global = m.global();
        if (global == null) {
            return t.translate("diagnosis.local-minimum.unknown" + suffix, where, value, since);
        }
        String key = m.catalogued() ? "diagnosis.local-minimum" : "diagnosis.local-minimum.unlisted";
        return t.translate(key + suffix, where, value, point(global.point()), num(global.value()), since);
    }

    /** A point as (a, b, …). */
    static String point(double[] p) {
        List<String> parts = new ArrayList<>(p.length);
        for (double x : p) {
            parts.add(num(x));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String point(List<Double> p) {
        double[] a = new double[p.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = p.get(i);
        }
        return point(a);
    }

    private static String list(List<Double> values) {
        List<String> parts = new ArrayList<>(values.size());
        for (double x : values) {
            parts.add(num(x));
        }
        return String.join(", ", parts);
    }

    /** The number as the sentences write it (for tests that read the numbers back). */
    public static String number(double v) {
        return num(v);
    }

    /** 3 significant digits as learners read numbers everywhere ({@link NumberText}): − for minus. */
    static String num(double v) {
        return NumberText.of(v, 3);
    }
}
