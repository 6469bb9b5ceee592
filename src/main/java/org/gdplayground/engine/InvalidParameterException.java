package org.gdplayground.engine;

/**
 * A parameter value outside what is allowed. Carries the parts separately (field, value, what is allowed) so that
 * the API and the UI can say the same thing in Korean or English; {@link #getMessage()} is the English sentence,
 * e.g. {@code "beta1 must be in [0, 1), got 1.2"}.
 */
public final class InvalidParameterException extends IllegalArgumentException {

    private final String field;
    private final String value;
    private final String allowed;

    public InvalidParameterException(String field, String value, String allowed) {
        super(field + " must be " + (allowed.startsWith("[") || allowed.startsWith("(") ? "in " : "") + allowed
                + ", got " + value);
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    public InvalidParameterException(String field, double value, String allowed) {
        this(field, formatValue(value), allowed);
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String allowed() {
        return allowed;
    }

    private static String formatValue(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
