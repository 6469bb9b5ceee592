package org.gdplayground.dataset;

import java.util.List;
import java.util.Locale;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Why an uploaded file cannot be used, and where: the row (its line number in the file, the header being row 1; 0
 * when the problem is the whole file), the column (its header name and 1-based number, when known) and the offending
 * text. The learner-facing sentence is the message {@code data.error.<code>} with the arguments {0} row, {1} column
 * name, {2} value (shortened), {3}… the code's own.
 */
public final class CsvProblem extends Exception {

    /** Kinds of problem; each has a message {@code data.error.<key>} in English and Korean. */
    public enum Code {
        TOO_LARGE("tooLarge"),
        EMPTY("empty"),
        NOT_UTF8("notUtf8"),
        NO_HEADER("noHeader"),
        SEMICOLON("semicolon"),
        ONE_COLUMN("oneColumn"),
        EMPTY_NAME("emptyName"),
        LONG_NAME("longName"),
        BAD_NAME("badName"),
        DUPLICATE_NAME("duplicateName"),
        TOO_MANY_FEATURES("tooManyFeatures"),
        UNCLOSED_QUOTE("unclosedQuote"),
        NO_ROWS("noRows"),
        TOO_MANY_ROWS("tooManyRows"),
        RAGGED("ragged"),
        EMPTY_CELL("emptyCell"),
        FORMULA("formula"),
        NOT_FINITE("notFinite"),
        NOT_A_NUMBER("notNumber"),
        TOO_BIG("tooBig"),
        TOO_FEW_ROWS("tooFewRows"),
        COLLINEAR("collinear");

        private final String key;

        Code(String key) {
            this.key = key;
        }

        /** The message key suffix and the API's error code. */
        public String key() {
            return key;
        }
    }

    private static final int MAX_ECHO = 40;

    private final Code code;
    private final int row;
    private final @Nullable String column;
    private final int columnNumber;
    private final String value;
    private final List<String> extra;

    CsvProblem(Code code, int row, @Nullable String column, int columnNumber, String value, String... extra) {
        super(code.key() + " at row " + row + (column == null ? "" : ", column '" + column + "'")
                + (value.isEmpty() ? "" : ": '" + shorten(value) + "'"));
        this.code = code;
        this.row = row;
        this.column = column;
        this.columnNumber = columnNumber;
        this.value = shorten(value);
        this.extra = List.of(extra);
    }

    static CsvProblem file(Code code, String... extra) {
        return new CsvProblem(code, 0, null, 0, "", extra);
    }

    public Code code() {
        return code;
    }

    /** Line number in the file (header = 1); 0 for the whole file. */
    public int row() {
        return row;
    }

    /** The column's header name, or null when the problem is not in one column (or the header is unknown). */
    public @Nullable String column() {
        return column;
    }

    /** The column's 1-based number, or 0. */
    public int columnNumber() {
        return columnNumber;
    }

    /** The offending text as found (shortened). */
    public String value() {
        return value;
    }

    public List<String> extra() {
        return extra;
    }

    /** The sentence in the given language, e.g. "Row 7, column 'hours': 'abc' is not a number." */
    public String message(Messages messages, Locale locale) {
        Object[] args = new Object[3 + extra.size()];
        args[0] = Integer.toString(row);
        args[1] = column == null ? Integer.toString(columnNumber) : column;
        args[2] = value;
        for (int i = 0; i < extra.size(); i++) {
            args[3 + i] = extra.get(i);
        }
        return messages.getTranslation("data.error." + code.key(), locale, args);
    }

    private static String shorten(String s) {
        return s.length() <= MAX_ECHO ? s : s.substring(0, MAX_ECHO - 1) + "…";
    }
}
