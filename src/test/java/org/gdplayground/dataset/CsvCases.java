package org.gdplayground.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gdplayground.dataset.CsvProblem.Code;
import org.jspecify.annotations.Nullable;

/** Malformed files, each with the problem, row and column it must be reported with (shared by unit and API tests). */
public final class CsvCases {

    /** One bad file. {@code column} null: the report names no column by name. */
    public record Bad(String name, byte[] bytes, Code code, int row, @Nullable String column) {
        @Override
        public String toString() {
            return name;
        }
    }

    private CsvCases() {
    }

    static Bad bad(String name, String text, Code code, int row, @Nullable String column) {
        return new Bad(name, text.getBytes(StandardCharsets.UTF_8), code, row, column);
    }

    /** The 20+ malformed files, with limits {@link #LIMITS}. */
    public static List<Bad> all() {
        List<Bad> list = new ArrayList<>();
        list.add(bad("empty", "", Code.EMPTY, 0, null));
        list.add(bad("only blank lines", "\n  \r\n\n", Code.EMPTY, 0, null));
        list.add(bad("header only", "hours,score\n", Code.NO_ROWS, 1, null));
        list.add(bad("header then blank lines", "hours,score\n\n\n", Code.NO_ROWS, 1, null));
        list.add(bad("only one column", "score\n1\n2\n", Code.ONE_COLUMN, 1, null));
        list.add(bad("semicolons", "hours;score\n1;2\n", Code.SEMICOLON, 1, null));
        list.add(bad("no header row", "1,2\n3,4\n", Code.NO_HEADER, 1, null));
        list.add(bad("text cell", "hours,score\n1,2\n2,4\n3,6\n4,8\n5,10\nabc,12\n", Code.NOT_A_NUMBER, 7, "hours"));
        list.add(bad("NaN", "hours,score\n1,NaN\n", Code.NOT_FINITE, 2, "score"));
        list.add(bad("Infinity", "hours,score\n-Infinity,2\n", Code.NOT_FINITE, 2, "hours"));
        list.add(bad("overflowing number", "hours,score\n1e999,2\n", Code.NOT_FINITE, 2, "hours"));
        list.add(bad("formula", "hours,score\n1,=1+1\n", Code.FORMULA, 2, "score"));
        list.add(bad("formula with @", "hours,score\n@SUM(A1),2\n", Code.FORMULA, 2, "hours"));
        list.add(bad("ragged row", "hours,sleep,score\n1,2,3\n4,5\n", Code.RAGGED, 3, null));
        list.add(bad("decimal comma makes a row ragged", "hours,score\n1,5,2\n", Code.RAGGED, 2, null));
        list.add(bad("empty cell", "hours,score\n1,\n", Code.EMPTY_CELL, 2, "score"));
        list.add(bad("duplicate header", "hours,hours,score\n1,2,3\n", Code.DUPLICATE_NAME, 1, "hours"));
        list.add(bad("empty header name", "hours,,score\n1,2,3\n", Code.EMPTY_NAME, 1, null));
        list.add(bad("too many features", "a,b,c,d,y\n1,2,3,4,5\n", Code.TOO_MANY_FEATURES, 1, null));
        list.add(bad("too many rows", "x,y\n1,1\n2,2\n3,3\n4,4\n5,5\n6,6\n7,7\n", Code.TOO_MANY_ROWS, 8, null));
        list.add(bad("too large", "x,y\n" + "1,2\n".repeat(60), Code.TOO_LARGE, 0, null));
        list.add(new Bad("not UTF-8 (Latin-1 header)", new byte[] {'h', (byte) 0xE9, ',', 'y', '\n', '1', ',', '2',
            '\n'}, Code.NOT_UTF8, 1, null));
        list.add(bad("hex number", "x,y\n0x1F,2\n", Code.NOT_A_NUMBER, 2, "x"));
        list.add(bad("thousands separator in quotes", "x,y\n\"1,000\",2\n", Code.NOT_A_NUMBER, 2, "x"));
        list.add(bad("unclosed quote", "\"x,y\n1,2\n", Code.UNCLOSED_QUOTE, 1, null));
        list.add(bad("value too big", "x,y\n1e13,2\n", Code.TOO_BIG, 2, "x"));
        list.add(bad("constant feature", "x,y\n1,2\n1,3\n1,4\n", Code.COLLINEAR, 0, "x"));
        list.add(bad("copied feature", "a,b,y\n1,1,2\n2,2,3\n3,3,5\n", Code.COLLINEAR, 0, "b"));
        list.add(bad("fewer rows than unknowns", "a,b,y\n1,2,3\n4,5,6\n", Code.TOO_FEW_ROWS, 0, null));
        return list;
    }

    /** Small limits so that "too many" cases stay small: 200 bytes, 6 rows, 3 features. */
    public static final DataLimits LIMITS = new DataLimits(200, 6, 3);
}
