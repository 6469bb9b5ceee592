package org.gdplayground.api;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Reading numbers from JSON answers: json-smart gives Double or, for long decimals, BigDecimal. */
final class Json {

    private Json() {
    }

    static double number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).doubleValue();
    }

    static List<Double> numbers(String json, String path) {
        List<Number> list = JsonPath.read(json, path);
        return list.stream().map(Number::doubleValue).toList();
    }

    /** A JSON number within {@code tolerance} of {@code expected}. */
    static Matcher<Object> near(double expected, double tolerance) {
        return new TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && Math.abs(n.doubleValue() - expected) <= tolerance;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a number within " + tolerance + " of " + expected);
            }
        };
    }
}
