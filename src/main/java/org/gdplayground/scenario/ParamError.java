package org.gdplayground.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gdplayground.system.Messages;

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
        /** A query part whose percent-encoding is broken (message key in the API bundle, {@code i18n/api}). */
        MALFORMED("malformed");

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

    /** The learner-facing sentence in the given language. */
    public String message(Messages messages, Locale locale) {
        Object[] all = new Object[3 + args.size()];
        all[0] = param;
        all[1] = value;
        all[2] = allowed;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean numeric = kind.numericArgs().contains(3 + i) && a.matches("-?\\d{1,18}");
            all[3 + i] = numeric ? (Object) Long.parseLong(a) : a;
        }
        return messages.getTranslation("param." + kind.key(), locale, all);
    }
}
