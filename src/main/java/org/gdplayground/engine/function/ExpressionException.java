package org.gdplayground.engine.function;

import org.jspecify.annotations.Nullable;

/**
 * A typed expression that cannot be used. Carries the parts separately ({@link #kind()}, {@link #position()},
 * {@link #found()}, {@link #expected()}) so the UI and the API can explain it in any language;
 * {@link #getMessage()} is the English sentence, e.g. {@code "at position 4: expected ')' but found end of input"}.
 */
public final class ExpressionException extends IllegalArgumentException {

    /** What went wrong. */
    public enum Kind {
        /** Nothing but white space. */
        EMPTY,
        /** More characters than {@link ExpressionLimits#maxLength()}; the position is the first character too many. */
        TOO_LONG,
        /** Nested deeper than {@link ExpressionLimits#maxDepth()}; the position is where the limit was crossed. */
        TOO_DEEP,
        /** A character that is not part of the language, e.g. {@code #} or {@code ,}. */
        UNEXPECTED_CHARACTER,
        /** A valid token in the wrong place, e.g. {@code *} at the start or {@code y} right after {@code x}. */
        UNEXPECTED_TOKEN,
        /** The input ended where more was needed, e.g. after {@code x+}. */
        UNEXPECTED_END,
        /** A function name not followed by {@code (}. */
        EXPECTED_OPENING_PAREN,
        /** A {@code (} that is never closed. */
        EXPECTED_CLOSING_PAREN,
        /** A {@code )} with no matching {@code (}. */
        UNMATCHED_CLOSING_PAREN,
        /** A name that is neither x, y, pi, e nor a function. */
        UNKNOWN_NAME,
        /** A number that is not well formed, e.g. {@code 1e} or {@code 1.2.3}. */
        MALFORMED_NUMBER,
        /** A number too large for a double, e.g. {@code 1e999}. */
        NUMBER_OUT_OF_RANGE
    }

    private final Kind kind;
    private final int position;
    private final @Nullable String found;
    private final String expected;

    /**
     * @param kind     what went wrong
     * @param position 0-based index of the offending character in the text
     * @param found    the offending token or character as typed; null for the end of input or where there is none
     * @param expected what would have been accepted, in English, e.g. {@code "number, x, y, pi, e, function or '('"}
     */
    public ExpressionException(Kind kind, int position, @Nullable String found, String expected) {
        super(message(kind, position, found, expected));
        this.kind = kind;
        this.position = position;
        this.found = found;
        this.expected = expected;
    }

    public Kind kind() {
        return kind;
    }

    /** 0-based index of the offending character in the text. */
    public int position() {
        return position;
    }

    /** The offending token or character as typed; null for the end of input (and for {@code TOO_LONG}). */
    public @Nullable String found() {
        return found;
    }

    /** What would have been accepted, in English. */
    public String expected() {
        return expected;
    }

    private static String message(Kind kind, int position, @Nullable String found, String expected) {
        String at = "at position " + position + ": ";
        String foundText = found == null ? "end of input" : "'" + found + "'";
        return switch (kind) {
            case EMPTY -> "the expression is empty; expected " + expected;
            case TOO_LONG -> "the expression is too long; expected " + expected;
            case TOO_DEEP -> at + "the expression is nested too deeply; expected " + expected;
            case UNEXPECTED_CHARACTER -> at + "unexpected character " + foundText + "; expected " + expected;
            case UNKNOWN_NAME -> at + "unknown name " + foundText + "; expected " + expected;
            case MALFORMED_NUMBER -> at + "malformed number " + foundText + "; expected " + expected;
            case NUMBER_OUT_OF_RANGE -> at + "number " + foundText + " is out of range; expected " + expected;
            case UNMATCHED_CLOSING_PAREN -> at + "')' without a matching '('; expected " + expected;
            case UNEXPECTED_TOKEN, UNEXPECTED_END, EXPECTED_OPENING_PAREN, EXPECTED_CLOSING_PAREN ->
                    at + "expected " + expected + " but found " + foundText;
        };
    }
}
